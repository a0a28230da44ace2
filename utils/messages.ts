import * as v from 'valibot';
import type { AddressBookResult, DevicesResult, LoginSecurityResult } from './amazon/account-types';
import type { AnyPageResult, UnknownPage } from './amazon/read-page';
import type { OrderDetailResult, OrderListResult, ShipTo } from './amazon/types';
import type { exportBackup } from './background/backup';
import type { IncidentProgress, IncidentView } from './background/incident';
import type { CheckState } from './watch/run-check';
import { SettingsSchema, type Settings } from './background/settings';
import type { DeviceEntry, Finding, KnownAddress, PageRead, StoredOrder } from './db/records';
import { MARKETPLACE_IDS, marketplaceForUrl, type MarketplaceId } from './marketplaces';

/*
 * The one message protocol. Types are named by direction: PageToBackground (content scripts, i.e. code running
 * in an Amazon tab, which a hostile page can influence) and ExtensionPageToBackground (popup, options). The
 * background parses every incoming message with the schemas below before it touches anything.
 */

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const marketplaceId = v.picklist(MARKETPLACE_IDS as MarketplaceId[]);
const marketplaceUrl = v.pipe(v.string(), v.maxLength(2000), v.check((u) => marketplaceForUrl(u) !== undefined));

export const ShipToSchema = v.strictObject({
  name: v.nullable(text(200)),
  lines: v.pipe(v.array(text(300)), v.maxLength(8)),
  postalCode: v.nullable(text(20)),
  region: v.nullable(text(100)),
  country: v.nullable(text(100)),
});

const OrderSummarySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^D?\d{2,3}-\d{7}-\d{7}$/)),
  placedOn: v.nullable(v.pipe(v.string(), v.isoDate())),
  total: v.nullable(
    v.strictObject({
      amount: v.pipe(v.number(), v.finite(), v.minValue(0)),
      currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
    }),
  ),
  digital: v.boolean(),
  shipTo: v.nullable(ShipToSchema),
  items: v.pipe(
    v.array(
      v.strictObject({
        title: text(1000),
        asin: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z0-9]{10}$/))),
        quantity: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
      }),
    ),
    v.maxLength(200),
  ),
  status: v.nullable(text(500)),
  detailUrl: v.nullable(marketplaceUrl),
});

const OrderListResultSchema = v.variant('recognized', [
  v.strictObject({
    recognized: v.literal(true),
    kind: v.literal('order-list'),
    marketplace: marketplaceId,
    layout: v.picklist(['current', 'transitional', 'old', 'mixed', 'empty']),
    orders: v.pipe(v.array(OrderSummarySchema), v.maxLength(100)),
    orderCount: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
    nextPage: v.nullable(marketplaceUrl),
    problems: v.pipe(v.array(text(200)), v.maxLength(100)),
  }),
  v.strictObject({
    recognized: v.literal(false),
    kind: v.literal('order-list'),
    marketplace: marketplaceId,
    reason: v.picklist(['sign-in page', 'robot check', 'layout not recognised', 'unsupported marketplace']),
  }),
]);

const MoneySchema = v.strictObject({ amount: v.pipe(v.number(), v.finite()), currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)) });

const OrderDetailSchema = v.strictObject({
  ...OrderSummarySchema.entries,
  payments: v.pipe(
    v.array(
      v.strictObject({
        kind: v.picklist(['card', 'gift-card', 'points', 'promotion', 'other']),
        brand: v.nullable(text(100)),
        lastDigits: v.nullable(v.pipe(v.string(), v.regex(/^\d{2,4}$/))),
        amount: v.nullable(MoneySchema),
      }),
    ),
    v.maxLength(20),
  ),
  charges: v.pipe(
    v.array(
      v.strictObject({
        kind: v.picklist(['subtotal', 'shipping', 'discount', 'gift-card', 'points', 'total-before-tax', 'tax', 'order-total', 'grand-total', 'other']),
        label: text(200),
        amount: MoneySchema,
      }),
    ),
    v.maxLength(50),
  ),
});

const OrderDetailResultSchema = v.variant('recognized', [
  v.strictObject({
    recognized: v.literal(true),
    kind: v.literal('order-detail'),
    marketplace: marketplaceId,
    layout: v.picklist(['data-component', 'old', 'digital-summary']),
    orders: v.tuple([OrderDetailSchema]),
    problems: v.pipe(v.array(text(200)), v.maxLength(100)),
  }),
  v.strictObject({
    recognized: v.literal(false),
    kind: v.literal('order-detail'),
    marketplace: marketplaceId,
    reason: v.picklist(['sign-in page', 'robot check', 'layout not recognised', 'unsupported marketplace']),
  }),
]);

const REASONS = v.picklist(['sign-in page', 'robot check', 'layout not recognised', 'unsupported marketplace']);
const isoDateOrNull = v.nullable(v.pipe(v.string(), v.isoDate()));

/** An account page read: recognised with its fields, or not, with a reason. */
function accountRead<K extends string, E extends v.ObjectEntries>(kind: K, entries: E) {
  return v.variant('recognized', [
    v.strictObject({ recognized: v.literal(true), kind: v.literal(kind), marketplace: marketplaceId, problems: v.pipe(v.array(text(200)), v.maxLength(100)), ...entries }),
    v.strictObject({ recognized: v.literal(false), kind: v.literal(kind), marketplace: marketplaceId, reason: REASONS }),
  ]);
}

const AddressBookResultSchema = accountRead('address-book', {
  addresses: v.pipe(v.array(v.strictObject({ address: ShipToSchema, isDefault: v.boolean() })), v.maxLength(200)),
});

const DevicesResultSchema = accountRead('devices', {
  devices: v.pipe(v.array(v.strictObject({ name: text(200), type: v.nullable(text(200)), registeredOn: isoDateOrNull })), v.maxLength(200)),
});

const LoginSecurityResultSchema = accountRead('login-security', {
  layout: v.picklist(['login-security', 'two-step-settings']),
  snapshot: v.strictObject({
    name: v.nullable(text(200)),
    email: v.nullable(text(320)),
    mobile: v.nullable(text(40)),
    mobileLastDigits: v.nullable(v.pipe(v.string(), v.regex(/^\d{1,4}$/))),
    twoStep: v.strictObject({
      enabled: v.nullable(v.boolean()),
      methods: v.pipe(
        v.array(
          v.strictObject({
            kind: v.picklist(['sms', 'voice', 'authenticator', 'other']),
            phoneLastDigits: v.nullable(v.pipe(v.string(), v.regex(/^\d{1,4}$/))),
            addedOn: isoDateOrNull,
          }),
        ),
        v.maxLength(20),
      ),
    }),
    passkeys: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000))),
  }),
});

export const PageToBackgroundSchema = v.variant('type', [
  v.strictObject({ type: v.literal('page:order-list-read'), read: OrderListResultSchema }),
  v.strictObject({ type: v.literal('page:order-detail-read'), read: OrderDetailResultSchema }),
  v.strictObject({ type: v.literal('page:address-book-read'), read: AddressBookResultSchema }),
  v.strictObject({ type: v.literal('page:devices-read'), read: DevicesResultSchema }),
  v.strictObject({ type: v.literal('page:login-security-read'), read: LoginSecurityResultSchema }),
  // From the mark on an order card: the owner's answer, for a finding of the marketplace the tab is on.
  v.strictObject({ type: v.literal('page:answer-finding'), id: text(400), answer: v.picklist(['mine', 'not-me']) }),
]);

export const ExtensionPageToBackgroundSchema = v.variant('type', [
  v.strictObject({ type: v.literal('popup:get-overview') }),
  v.strictObject({ type: v.literal('options:list-known-addresses') }),
  v.strictObject({ type: v.literal('options:add-known-address'), marketplace: marketplaceId, address: ShipToSchema }),
  v.strictObject({
    type: v.literal('options:import-known-addresses'),
    marketplace: marketplaceId,
    addresses: v.pipe(v.array(ShipToSchema), v.minLength(1), v.maxLength(100)),
  }),
  v.strictObject({ type: v.literal('options:remove-known-address'), id: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  v.strictObject({ type: v.literal('popup:answer-finding'), id: text(400), answer: v.picklist(['mine', 'not-me']) }),
  v.strictObject({ type: v.literal('popup:get-incident'), marketplace: marketplaceId }),
  v.strictObject({ type: v.literal('popup:update-incident'), marketplace: marketplaceId, toggle: v.optional(text(100)), lockedOut: v.optional(v.boolean()) }),
  v.strictObject({ type: v.literal('popup:check-now') }),
  v.strictObject({ type: v.literal('popup:check-status') }),
  v.strictObject({ type: v.literal('options:get-settings') }),
  v.strictObject({ type: v.literal('options:save-settings'), settings: v.partial(SettingsSchema) }),
  v.strictObject({ type: v.literal('options:list-devices') }),
  v.strictObject({ type: v.literal('options:confirm-device'), marketplace: marketplaceId, name: text(200) }),
  v.strictObject({ type: v.literal('options:forget-device'), id: text(300) }),
  v.strictObject({ type: v.literal('options:export') }),
  // A backup is checked whole by the background (backup.ts) before anything is replaced.
  v.strictObject({ type: v.literal('options:import-backup'), backup: v.unknown() }),
  v.strictObject({ type: v.literal('options:delete-all'), confirmed: v.literal(true) }),
]);

export type PageToBackground = v.InferOutput<typeof PageToBackgroundSchema>;
export type ExtensionPageToBackground = v.InferOutput<typeof ExtensionPageToBackgroundSchema>;

// The compiler checks that what the reader returns is what the schema accepts.
type Assert<T extends true> = T;
export type ReaderMatchesSchema = Assert<OrderListResult extends v.InferOutput<typeof OrderListResultSchema> ? true : false>;
export type ShipToMatchesSchema = Assert<ShipTo extends v.InferOutput<typeof ShipToSchema> ? true : false>;
export type DetailMatchesSchema = Assert<OrderDetailResult extends v.InferOutput<typeof OrderDetailResultSchema> ? true : false>;
export type AddressBookMatchesSchema = Assert<AddressBookResult extends v.InferOutput<typeof AddressBookResultSchema> ? true : false>;
export type DevicesMatchesSchema = Assert<DevicesResult extends v.InferOutput<typeof DevicesResultSchema> ? true : false>;
export type LoginSecurityMatchesSchema = Assert<LoginSecurityResult extends v.InferOutput<typeof LoginSecurityResultSchema> ? true : false>;

/** The open findings on one order of a page just read, for the mark on its card. */
export interface OrderMarks {
  orderId: string;
  findings: { id: string; severity: Finding['severity']; reason: Finding['reason'] }[];
}

/** An address trusted on first use, shown to the owner as "presumed, confirm?". */
export interface PresumedAddress {
  marketplace: MarketplaceId;
  address: ShipTo;
}

export interface FindingView {
  finding: Finding;
  order: StoredOrder | null;
}

export interface Overview {
  findings: FindingView[];
  reads: PageRead[];
  /** Marketplaces the owner has visited but not given any known address for: orders there cannot be judged yet. */
  marketplacesWithoutAddresses: MarketplaceId[];
}

/** What the background answers to each request. */
export interface Replies {
  'page:order-list-read': { stored: number; findings: number; marks: OrderMarks[] };
  'page:answer-finding': { answered: boolean };
  'page:order-detail-read': { stored: number; findings: number };
  'page:address-book-read': { stored: number; findings: number };
  'page:devices-read': { stored: number; findings: number };
  'page:login-security-read': { stored: number; findings: number };
  'popup:answer-finding': { answered: boolean };
  'popup:get-overview': Overview;
  'options:list-known-addresses': { known: KnownAddress[]; presumed: PresumedAddress[] };
  'options:import-known-addresses': { imported: number };
  'popup:get-incident': IncidentView;
  'popup:update-incident': IncidentProgress;
  'popup:check-now': CheckState | null;
  'popup:check-status': CheckState | null;
  'options:get-settings': Settings;
  'options:save-settings': Settings;
  'options:list-devices': { devices: DeviceEntry[]; confirmed: string[] };
  'options:confirm-device': { confirmed: boolean };
  'options:forget-device': { forgotten: boolean };
  'options:export': Awaited<ReturnType<typeof exportBackup>>;
  'options:import-backup': { imported: boolean };
  'options:delete-all': { deleted: true };
  'options:add-known-address': KnownAddress;
  'options:remove-known-address': { removed: boolean };
}

export type Request = PageToBackground | ExtensionPageToBackground;

/** The message a content script sends for what it read; null for a page that is not one we read. */
export function pageReadMessage(read: AnyPageResult | UnknownPage): PageToBackground | null {
  switch (read.kind) {
    case 'order-list':
      return { type: 'page:order-list-read', read };
    case 'order-detail':
      return { type: 'page:order-detail-read', read };
    case 'address-book':
      return { type: 'page:address-book-read', read };
    case 'devices':
      return { type: 'page:devices-read', read };
    case 'login-security':
      return { type: 'page:login-security-read', read };
    default:
      return null;
  }
}
