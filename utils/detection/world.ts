import type { ShipTo } from '../amazon/types';
import type { AddressBookEntry, DeviceEntry, LearnedFact, SecurityRecord, StoredOrder } from '../db/records';
import type { MarketplaceId } from '../marketplaces';

export const DAY = 24 * 60 * 60 * 1000;
/** Orders and addresses younger than this at first sight are not trusted on first use. */
export const TRUST_AGE = 30 * DAY;

/** Everything the rules judge one marketplace with. Built by the background from the store, or by the CLI. */
export interface JudgeInput {
  marketplace: MarketplaceId;
  now: number;
  orders: readonly StoredOrder[];
  /** Addresses the owner confirmed (entered, imported, or answered "this was me"). */
  knownAddresses: readonly ShipTo[];
  /** Of those, the ones the owner entered or imported as his (not learned from "This was me" to one order). */
  enteredAddresses: readonly ShipTo[];
  learned: readonly LearnedFact[];
  /** Orders the owner answered about: theirs, or not. */
  answers: { mine: ReadonlySet<string>; notMine: ReadonlySet<string> };
  /** When the extension first saw this marketplace's order history (trust on first use starts there). */
  firstHistoryAt: number | null;
  /** Addresses the owner said are not theirs when trust on first use presumed them: never presumed again. */
  rejectedAddresses: readonly ShipTo[];
  /** When the periodic check, signed in at its last complete check, was answered with the sign-in page. */
  signedOutAt: number | null;
  addressBook: { entries: readonly AddressBookEntry[]; firstSeenAt: number | null };
  devices: { entries: readonly DeviceEntry[]; firstSeenAt: number | null };
  security: SecurityRecord | null;
}

export function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

export function epochOf(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}
