import * as v from 'valibot';
import { marketplaceId } from '../protocol/read-schemas';
import type { MarketplaceId } from '../marketplaces';
import { storedItem, storedItemFamily } from './items';
import type { SentinelDatabase } from './database';
import type { Setting } from './records';

/*
 * What the periodic check keeps between requests, so that a stopped service worker resumes it, and what it says
 * afterwards about each marketplace (the popup shows it: a check that failed is never "all clear").
 */

const WATCHED_LISTS = ['history', 'digital', 'archived', 'devices', 'login-security'] as const;
export type WatchedList = (typeof WATCHED_LISTS)[number];

const CheckStepSchema = v.strictObject({
  marketplace: marketplaceId,
  list: v.picklist(WATCHED_LISTS),
  url: v.string(),
  /** 1 for a list's first page. */
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The history's year filter this page belongs to (the baseline reads the history year by year). */
  year: v.optional(v.pipe(v.number(), v.integer())),
  /** Baseline: the list is followed until a page reaches orders older than this (epoch ms); absent: periodic. */
  since: v.optional(v.number()),
});
export type CheckStep = v.InferOutput<typeof CheckStepSchema>;

/** Why a marketplace's check stopped before its end, or (layout not recognised) ended with a page unread. */
export const CHECK_STOPS = ['network', 'sign-in page', 'robot check', 'redirected', 'page cut short', 'layout not recognised', 'no access'] as const;
export type CheckStop = (typeof CHECK_STOPS)[number];

const CheckStateSchema = v.strictObject({
  startedAt: v.number(),
  queue: v.array(CheckStepSchema),
  failures: v.record(marketplaceId, v.number()),
  stopped: v.record(marketplaceId, v.picklist(CHECK_STOPS)),
  /** A page of the marketplace that was fetched but could not be read: the check goes on, but is not complete. */
  unread: v.optional(v.record(marketplaceId, v.picklist(CHECK_STOPS))),
  requests: v.number(),
  /** Steps done (a retried request counts once): with the queue, the progress bar's "pages done / planned". */
  done: v.optional(v.number()),
  /** The marketplaces this check is the baseline of (their first check: the whole history back 12 or 24 months). */
  baseline: v.optional(v.array(marketplaceId)),
  finishedAt: v.nullable(v.number()),
});
/** A check in progress (or the last one, finished). */
export type CheckState = v.InferOutput<typeof CheckStateSchema>;

export const checkStateItem = storedItem('check', v.nullable(CheckStateSchema), null);

/** When Content & Devices and Login & security were last asked for (read or not: no request every check). */
export const accountPagesAskedAt = storedItemFamily('accountPagesAskedAt', v.nullable(v.number()), null);

/** When a marketplace's baseline check ended with every page read: from then on its checks are incremental. */
export const baselineAt = storedItemFamily('baselineAt', v.nullable(v.number()), null);

const CheckOutcomeSchema = v.strictObject({
  /** When the last check of this marketplace ended. */
  at: v.number(),
  /** null: every page of it was read. */
  problem: v.nullable(v.picklist(CHECK_STOPS)),
  /** When a check of it last ended with every page read. */
  lastCompleteAt: v.nullable(v.number()),
});
export type CheckOutcome = v.InferOutput<typeof CheckOutcomeSchema>;

const checkOutcomeItem = storedItemFamily('checkOutcome', v.nullable(CheckOutcomeSchema), null);

export async function recordCheckOutcome(db: SentinelDatabase, marketplace: MarketplaceId, problem: CheckStop | null, at: number) {
  const item = checkOutcomeItem(marketplace);
  const before = await item.read(db);
  await item.write(db, { at, problem, lastCompleteAt: problem === null ? at : (before?.lastCompleteAt ?? null) });
}

export async function checkOutcomes(db: SentinelDatabase, marketplaces: readonly MarketplaceId[]): Promise<Partial<Record<MarketplaceId, CheckOutcome>>> {
  return outcomesOf(await checkOutcomeItem.written(db), marketplaces);
}

/** The keys the check outcomes are kept under, for a read asked directly (the popup's overview). */
export const checkOutcomeKeys = checkOutcomeItem.keys;

/** The check outcomes of these marketplaces from the rows a read of checkOutcomeKeys gave. */
export function checkOutcomesOf(rows: readonly Setting[], marketplaces: readonly MarketplaceId[]): Partial<Record<MarketplaceId, CheckOutcome>> {
  return outcomesOf(checkOutcomeItem.valuesOf(rows), marketplaces);
}

function outcomesOf(written: ReadonlyMap<string, CheckOutcome | null>, marketplaces: readonly MarketplaceId[]): Partial<Record<MarketplaceId, CheckOutcome>> {
  return Object.fromEntries(marketplaces.flatMap((m) => {
    const outcome = written.get(m);
    return outcome ? [[m, outcome]] : [];
  }));
}
