import type { ShipTo } from '../../../utils/amazon/types';
import type { SecuritySnapshot } from '../../../utils/db/records';
import type { MarketplaceId } from '../../../utils/marketplaces';

/** What an attacker does, one class per attack order (see ../../../../shared/docs/threats-and-recovery.md). */
export const ATTACK_CLASSES = [
  'reshipper',
  'locker',
  'drop-flat-same-region',
  'gift-cards',
  'digital-burst',
  'slow-before-install',
  'points-drain',
] as const;
export type AttackClass = (typeof ATTACK_CLASSES)[number];

/** What an attacker changes in the account: scored per attacked owner, by the account findings it gets. */
export const ACCOUNT_CHANGES = ['address-book-add', 'new-device', 'two-step-takeover', 'email-change'] as const;
export type AccountChange = (typeof ACCOUNT_CHANGES)[number];

/** The owner's own places, and the attacker's. */
export type AddressKind =
  | 'home'
  | 'old-home'
  | 'family'
  | 'friend'
  | 'work'
  | 'own-locker'
  | 'hotel'
  | 'client-site'
  | 'attacker-reshipper'
  | 'attacker-locker'
  | 'attacker-drop';

/** One spelling of an address: what the page prints (`printed`) and what the reader reads from it (`read`). */
export interface Spelling {
  /** The rows of the ship-to popover after the name, each row's lines (the last row is the country). */
  rows: string[][];
  read: ShipTo;
}

export interface SimAddress {
  key: string;
  kind: AddressKind;
  /** Owners print the same place in several spellings over the years (re-entered addresses, ZIP+4, full width). */
  spellings: Spelling[];
  /** The owner would enter it as theirs ("addresses entered"): homes, family, work, own lockers. */
  entered: boolean;
  /** Why it exists, for diagnosis ("moved 2025-04 from Ohio", "Amazon Hub Locker near work"). */
  note: string;
}

export interface SimItem {
  title: string;
  asin: string;
  quantity: number;
  /** Unit price in the marketplace's currency. */
  price: number;
}

/** How an order was paid, as its detail page shows it. */
export interface SimPayment {
  card: { brand: string; lastDigits: string } | null;
  /** Amount paid with Amazon points (co.jp) and with gift-card balance. */
  points: number;
  giftCard: number;
}

export type OrderHabit =
  | 'household'
  | 'ebook'
  | 'binge'
  | 'gift-family'
  | 'gift-friend'
  | 'work'
  | 'locker'
  | 'hotel'
  | 'big-purchase'
  | 'business'
  | 'client-site'
  | 'own-gift-card'
  | 'attack';

export interface SimOrder {
  id: string;
  /** 'YYYY-MM-DD', the marketplace's local date as the page prints it. */
  placedOn: string;
  /** In the marketplace's currency (yen whole, others with cents). */
  total: number;
  digital: boolean;
  /** Where a physical order went, and in which spelling; null for digital orders and e-mailed gift cards. */
  shipTo: { address: SimAddress; spelling: number } | null;
  items: SimItem[];
  habit: OrderHabit;
  attack: AttackClass | null;
  payment: SimPayment;
  /** Its detail page was read (the owner opened it), so its payment is known. */
  detailRead: boolean;
}

export interface SimDevice {
  name: string;
  type: string;
  registeredOn: string | null;
  /** Registered by the attacker. */
  attack: boolean;
}

export interface SimAttack {
  classes: AttackClass[];
  accountChanges: AccountChange[];
  /** 'YYYY-MM-DD': the first attack order. */
  startedOn: string;
  /** The attacker's address book entries (added before the install, so already there at first sight). */
  addedAddresses: SimAddress[];
}

export type OwnerProfile = 'household' | 'light' | 'business';

export interface Owner {
  index: number;
  marketplace: MarketplaceId;
  /** The page language: co.jp ja, com en-US, co.uk en-GB, de de-DE, ca en-CA or fr-CA. */
  language: 'ja' | 'en-US' | 'en-GB' | 'de' | 'en-CA' | 'fr-CA';
  profile: OwnerProfile;
  name: string;
  /** Epoch ms: the extension's first read (trust on first use starts here) and the judgement. */
  installAt: number;
  installOn: string;
  /** Years from the oldest order to the install (owner-years of history). */
  years: number;
  addresses: SimAddress[];
  /** Newest first. */
  orders: SimOrder[];
  devices: SimDevice[];
  security: SecuritySnapshot;
  /** The account's address book at first sight. */
  addressBook: SimAddress[];
  /** Orders the attacker moved to the archived list (hidden from the year lists). */
  archived: Set<string>;
  attack: SimAttack | null;
  /** The habits this owner has, for diagnosis ("moved", "hotel", "binge-reader", …). */
  traits: string[];
}
