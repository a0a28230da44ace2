import * as v from 'valibot';
import type { SentinelDatabase } from '../db/database';
import { MARKETPLACE_IDS, type MarketplaceId } from '../marketplaces';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const IssuerSchema = v.strictObject({ name: text(100), regularLine: v.nullable(text(40)), theftLine: v.nullable(text(40)) });

export const SettingsSchema = v.strictObject({
  notifications: v.boolean(),
  issuer: v.nullable(IssuerSchema),
  watched: v.pipe(v.array(v.picklist(MARKETPLACE_IDS as MarketplaceId[])), v.maxLength(MARKETPLACE_IDS.length)),
  checkEveryHours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24)),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

const DEFAULTS: Settings = { notifications: true, issuer: null, watched: [...MARKETPLACE_IDS], checkEveryHours: 6 };

/** The owner's settings, each stored under its own key; what was never set has its default. */
export async function readSettings(db: SentinelDatabase): Promise<Settings> {
  const stored = Object.fromEntries((await db.settings.bulkGet(['notifications', 'issuer', 'watched', 'checkEveryHours'])).filter(Boolean).map((s) => [s!.key, s!.value]));
  const parsed = v.safeParse(SettingsSchema, { ...DEFAULTS, ...stored });
  return parsed.success ? parsed.output : DEFAULTS;
}

export async function saveSettings(db: SentinelDatabase, patch: Partial<Settings>): Promise<Settings> {
  await db.settings.bulkPut(Object.entries(patch).map(([key, value]) => ({ key, value })));
  return readSettings(db);
}
