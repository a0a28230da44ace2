import type { OrderSummary, ShipTo } from '../amazon/types';
import type { MarketplaceId } from '../marketplaces';

/** An order as stored: what the reader saw, plus when we first and last saw it. */
export interface StoredOrder extends OrderSummary {
  marketplace: MarketplaceId;
  firstSeenAt: number;
  lastSeenAt: number;
}

export type AddressSource = 'manual';

export interface KnownAddress {
  id?: number;
  marketplace: MarketplaceId;
  address: ShipTo;
  source: AddressSource;
  addedAt: number;
}

export type Severity = 'alert' | 'warning' | 'info';
export type FindingStatus = 'open' | 'mine' | 'not-me';

export interface Finding {
  /** `${rule}|${marketplace}|${orderId}`: one finding per rule and order, whatever how often the page is read. */
  id: string;
  rule: string;
  marketplace: MarketplaceId;
  orderId: string;
  severity: Severity;
  reason: { en: string; ja: string };
  status: FindingStatus;
  createdAt: number;
}

/** The outcome of the last read of a page kind on a marketplace, for the popup's status line. */
export interface PageRead {
  marketplace: MarketplaceId;
  at: number;
  recognized: boolean;
  /** "layout not recognised", "sign-in page", …; null when the page was read. */
  problem: string | null;
  orderCount: number;
}

export interface Setting {
  key: string;
  value: unknown;
}
