import type { ChargeKind } from './labels';
import type { MarketplaceId } from '../marketplaces';

export interface Money {
  /** In the currency's units, signed as Amazon prints it (a discount or a charge on the transactions page is negative). */
  amount: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface ShipTo {
  name: string | null;
  /** Street lines and city, as written, without the name, postal code, region or country. */
  lines: string[];
  postalCode: string | null;
  /** Prefecture, state or province. */
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

export type PaymentKind = 'card' | 'gift-card' | 'points' | 'promotion' | 'other';

export interface Payment {
  kind: PaymentKind;
  brand: string | null;
  lastDigits: string | null;
  amount: Money | null;
}

export interface Charge {
  kind: ChargeKind;
  label: string;
  amount: Money;
}

export interface OrderDetail extends OrderSummary {
  payments: Payment[];
  charges: Charge[];
}

export interface Transaction {
  date: string | null;
  amount: Money;
  type: 'charge' | 'refund';
  orderId: string | null;
  instrument: string | null;
}

export type PageKind = 'order-list' | 'order-detail' | 'transactions';

/** Which generation of Amazon's markup a page was read as. */
export type OrderListLayout = 'current' | 'transitional' | 'old' | 'mixed' | 'empty';
export type OrderDetailLayout = 'data-component' | 'old' | 'digital-summary';

/** Why a page could not be read; each is shown to the owner differently, and none of them means "no orders". */
export type UnrecognizedReason = 'sign-in page' | 'robot check' | 'layout not recognised' | 'unsupported marketplace';

interface Unrecognized<K extends PageKind> {
  recognized: false;
  kind: K;
  marketplace: MarketplaceId;
  reason: UnrecognizedReason;
}

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

export interface OrderDetailRead {
  recognized: true;
  kind: 'order-detail';
  marketplace: MarketplaceId;
  layout: OrderDetailLayout;
  orders: [OrderDetail];
  problems: string[];
}

export interface TransactionsRead {
  recognized: true;
  kind: 'transactions';
  marketplace: MarketplaceId;
  transactions: Transaction[];
  /** A next-page URL, or the name of the next-page form button (which carries the page key). */
  nextPage: string | null;
  problems: string[];
}

export type OrderListResult = OrderListRead | Unrecognized<'order-list'>;
export type OrderDetailResult = OrderDetailRead | Unrecognized<'order-detail'>;
export type TransactionsResult = TransactionsRead | Unrecognized<'transactions'>;
export type PageResult = OrderListResult | OrderDetailResult | TransactionsResult;
export type UnrecognizedRead = Unrecognized<PageKind>;
