import type { MarketplaceId } from '../marketplaces';

export interface Money {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface ShipTo {
  name: string | null;
  /** Street lines, as written, without the postal code, region line or country. */
  lines: string[];
  postalCode: string | null;
  /** Prefecture or state. */
  region: string | null;
  country: string | null;
}

export interface OrderItem {
  title: string;
  asin: string | null;
  quantity: number;
}

export interface OrderSummary {
  id: string;
  /** ISO date (YYYY-MM-DD), or null when the page shows none we can read. */
  placedOn: string | null;
  total: Money | null;
  digital: boolean;
  shipTo: ShipTo | null;
  items: OrderItem[];
  status: string | null;
  detailUrl: string | null;
}

export type OrderListLayout = 'current';

export interface OrderListRead {
  recognized: true;
  kind: 'order-list';
  marketplace: MarketplaceId;
  layout: OrderListLayout;
  orders: OrderSummary[];
  /** The number of orders the page says the filter holds, when it says so. */
  orderCount: number | null;
  nextPage: string | null;
  /** Per-order problems that did not stop the page from being read (e.g. a card without an id). */
  problems: string[];
}

export interface UnrecognizedRead {
  recognized: false;
  kind: 'order-list';
  marketplace: MarketplaceId;
  reason: UnrecognizedReason;
}

/** Why a page could not be read; each one is shown to the owner differently. */
export type UnrecognizedReason = 'sign-in page' | 'robot check' | 'layout not recognised' | 'unsupported marketplace';

export type OrderListResult = OrderListRead | UnrecognizedRead;
