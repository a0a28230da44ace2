import * as v from 'valibot';
import { MARKETPLACE_IDS, type MarketplaceId } from '../marketplaces';
import { storedItem } from './items';
import type { SentinelDatabase } from './database';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const IssuerSchema = v.strictObject({ name: text(100), regularLine: v.nullable(text(40)), theftLine: v.nullable(text(40)) });

export const SettingsSchema = v.strictObject({
  notifications: v.boolean(),
  issuer: v.nullable(IssuerSchema),
  watched: v.pipe(v.array(v.picklist(MARKETPLACE_IDS as MarketplaceId[])), v.maxLength(MARKETPLACE_IDS.length)),
  checkEveryHours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24)),
  /** How far back a marketplace's first check reads the history. */
  historyMonths: v.picklist([12, 24]),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

const DEFAULTS: Settings = { notifications: true, issuer: null, watched: [...MARKETPLACE_IDS], checkEveryHours: 6, historyMonths: 12 };

/** Each setting is an item of its own (older versions stored them so; a backup carries them so). */
const ITEMS = {
  notifications: storedItem('notifications', SettingsSchema.entries.notifications, DEFAULTS.notifications),
  issuer: storedItem('issuer', SettingsSchema.entries.issuer, DEFAULTS.issuer),
  watched: storedItem('watched', SettingsSchema.entries.watched, DEFAULTS.watched),
  checkEveryHours: storedItem('checkEveryHours', SettingsSchema.entries.checkEveryHours, DEFAULTS.checkEveryHours),
  historyMonths: storedItem('historyMonths', SettingsSchema.entries.historyMonths, DEFAULTS.historyMonths),
};

/** The owner's settings; what was never set has its default. */
export async function readSettings(db: SentinelDatabase): Promise<Settings> {
  return {
    notifications: await ITEMS.notifications.read(db),
    issuer: await ITEMS.issuer.read(db),
    watched: await ITEMS.watched.read(db),
    checkEveryHours: await ITEMS.checkEveryHours.read(db),
    historyMonths: await ITEMS.historyMonths.read(db),
  };
}

export async function saveSettings(db: SentinelDatabase, patch: Partial<Settings>): Promise<Settings> {
  await db.transaction('rw', db.settings, async () => {
    for (const key of Object.keys(patch) as (keyof Settings)[]) {
      if (patch[key] !== undefined) await (ITEMS[key] as { write(db: SentinelDatabase, value: unknown): Promise<void> }).write(db, patch[key]);
    }
  });
  return readSettings(db);
}
