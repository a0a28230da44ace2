import type { Charge, OrderSummary, Payment, ShipTo } from '../amazon/types';
import type { JudgeBasis } from '../detection/judge';
import type { Localized } from '../localized';
import type { MarketplaceId } from '../marketplaces';

/** An order as stored: what the readers saw (list, and detail page when visited), and when we first and last saw it. */
export interface StoredOrder extends OrderSummary {
  marketplace: MarketplaceId;
  firstSeenAt: number;
  lastSeenAt: number;
  /** From the order-detail page, once the owner has opened it. */
  payments?: Payment[];
  charges?: Charge[];
  /** Seen in the "archived orders" view. */
  archived?: boolean;
}

/** Where a known address came from. Only the owner makes an address known; the address book alone does not. */
export type AddressSource = 'manual' | 'answer' | 'import';

export interface KnownAddress {
  id?: number;
  marketplace: MarketplaceId;
  address: ShipTo;
  source: AddressSource;
  addedAt: number;
}

/** What the owner told us is theirs besides addresses: a card, a way of paying, a device. */
export interface LearnedFact {
  /** `${marketplace}|${kind}|${value}` */
  id: string;
  marketplace: MarketplaceId;
  kind: 'card' | 'payment-kind' | 'device' | 'digital-burst' | 'gift-cards' | 'high-value';
  value: string;
  addedAt: number;
}

/** An address seen in the account's address book, and when it first appeared there. */
export interface AddressBookEntry {
  id?: number;
  marketplace: MarketplaceId;
  address: ShipTo;
  firstSeenAt: number;
  lastSeenAt: number;
}

export interface DeviceEntry {
  /** `${marketplace}|${name}` */
  id: string;
  marketplace: MarketplaceId;
  name: string;
  type: string | null;
  registeredOn: string | null;
  firstSeenAt: number;
  lastSeenAt: number;
}

export interface SecuritySnapshot {
  email: string | null;
  mobileLastDigits: string | null;
  twoStepEnabled: boolean | null;
  /** Last digits of the phones 2SV codes go to, and whether an authenticator app is set ("app"). */
  twoStepMethods: string[];
  twoStepAddedOn: string | null;
  passkeys: number | null;
}

export interface SecurityRecord {
  marketplace: MarketplaceId;
  previous: SecuritySnapshot | null;
  current: SecuritySnapshot;
  changedAt: number;
  seenAt: number;
}

/** When we first read each kind of page of a marketplace: the line between "was already there" and "new". */
export interface MarketplaceState {
  marketplace: MarketplaceId;
  firstHistoryAt: number | null;
  firstAddressBookAt: number | null;
  firstDevicesAt: number | null;
  /** How many addresses trust on first use presumes, as of the last judgement (the popup reads it, no scan). */
  presumedAddresses?: number;
  /** Addresses trust on first use presumed and the owner rejected: never presumed again. */
  rejectedAddresses?: ShipTo[];
  /** When Amazon answered the check with its sign-in page after a complete (signed-in) check. */
  signedOutAt?: number;
  /** Physical orders whose ship-to address could not be read (only the name): never judged clean, read again. */
  incompleteOrders?: number;
}

export type Severity = 'alert' | 'warning' | 'info';
/** `withdrawn`: the rules no longer produce it; kept so that it is never notified twice. */
export type FindingStatus = 'open' | 'mine' | 'not-me' | 'withdrawn';

export interface Finding {
  /** `${rule}|${marketplace}|${orderId or subject}`: one finding per rule and subject, however often pages are read. */
  id: string;
  rule: string;
  marketplace: MarketplaceId;
  /** The order it is about; null for account-level findings (settings changed, device or address added). */
  orderId: string | null;
  /** What an account-level finding is about (a device name, an address, a setting). */
  subject: string | null;
  severity: Severity;
  reason: Localized;
  status: FindingStatus;
  createdAt: number;
  answeredAt?: number;
  /** When the owner was notified of it (alerts only; once per finding). */
  notifiedAt?: number;
  /**
   * What the popup shows of its order, kept with it so the popup reads no order (findings.ts). Absent on account
   * findings, and on findings stored before it was kept until their order is judged again.
   */
  orderView?: OrderView;
}

/** What the popup shows of an order. */
export type OrderView = Pick<StoredOrder, 'placedOn' | 'total' | 'items' | 'shipTo' | 'detailUrl'>;

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

/**
 * What a read judges besides the orders it wrote, as the last whole judgement left it: every order of the half-year
 * window, those without a date or answered about, and the older ones the rules compare recent ones with (its
 * witnesses, judge-basis.ts). One record, read in one request: reading its ~500 orders as records cost a read 12-14 ms.
 */
export interface JudgeWindowRecord {
  marketplace: MarketplaceId;
  orders: StoredOrder[];
}

/**
 * What the last judgement of a marketplace's whole history leaves for the next page read, so that it judges only the
 * orders that can have changed (utils/db/judge-changes.ts). Derived from the other tables: never in a backup, and
 * rebuilt by every whole judgement. Each read spends the basis's presumptionSlack by the orders it wrote.
 */
export interface JudgeBasisRecord extends JudgeBasis {
  marketplace: MarketplaceId;
  /** When the whole history was last judged. */
  judgedWholeAt: number;
  /** The UTC day ('YYYY-MM-DD') it holds for: the baseline's cut-off and the rules' windows move with the day. */
  day: string;
  /** Everything the rules see besides the orders, as JSON: when any of it changes, the whole history is judged. */
  world: string;
  /** The orders of its window (JudgeWindowRecord) that reads wrote since, as stored: the window is their base. */
  written: StoredOrder[];
  /** Incomplete orders (no address read) outside the window, for the popup's count. */
  incompleteOutside: number;
  /** The findings the rules produced, with the order each is about (null: the account's). */
  produced: { id: string; orderId: string | null }[];
}
