import * as v from 'valibot';
import {
  DevicesResultSchema,
  LoginSecurityResultSchema,
  OrderDetailSchema,
  OrderSummarySchema,
  ShipToSchema,
  isoDateOrNull,
  marketplaceId,
  text,
} from '../protocol/read-schemas';
import type {
  AddressBookEntry,
  DeviceEntry,
  Finding,
  KnownAddress,
  LearnedFact,
  MarketplaceState,
  PageRead,
  SecurityRecord,
  SecuritySnapshot,
  Setting,
  StoredOrder,
} from './records';

/*
 * Every stored record as a schema, for what comes from outside the database (a backup file): what a reader saw has
 * the read schemas' bounds; what only the background writes has the fields below. Strict, like the read schemas:
 * a key no record has is refused, not carried into the database.
 */

/** A time as Date.now() gives it. */
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
/**
 * Text only the background writes (ids, rule names, reasons). Far above anything it writes (an address-book
 * finding's id holds a whole address); the bound only keeps a file from putting megabytes into one field.
 */
const storedText = text(10_000);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** Auto-incremented ids: a backup carries them, the import gives them again. */
const autoId = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)));

// The entries of a recognised read (the first option of each variant) are what the stores keep of it.
const device = DevicesResultSchema.options[0].entries.devices.pipe[0].item.entries;
const security = LoginSecurityResultSchema.options[0].entries.snapshot.entries;
const phoneLastDigits = security.twoStep.entries.methods.pipe[0].item.entries.phoneLastDigits.wrapped;

export const StoredOrderSchema = v.strictObject({
  ...OrderSummarySchema.entries,
  marketplace: marketplaceId,
  firstSeenAt: time,
  lastSeenAt: time,
  payments: v.optional(OrderDetailSchema.entries.payments),
  charges: v.optional(OrderDetailSchema.entries.charges),
  archived: v.optional(v.boolean()),
});

export const KnownAddressSchema = v.strictObject({
  id: autoId,
  marketplace: marketplaceId,
  address: ShipToSchema,
  source: v.picklist(['manual', 'answer', 'import']),
  addedAt: time,
});

export const LearnedFactSchema = v.strictObject({
  id: storedText,
  marketplace: marketplaceId,
  kind: v.picklist(['card', 'payment-kind', 'device', 'digital-burst', 'gift-cards', 'high-value']),
  value: storedText,
  addedAt: time,
});

export const AddressBookEntrySchema = v.strictObject({
  id: autoId,
  marketplace: marketplaceId,
  address: ShipToSchema,
  firstSeenAt: time,
  lastSeenAt: time,
});

export const DeviceEntrySchema = v.strictObject({
  id: storedText,
  marketplace: marketplaceId,
  name: device.name,
  type: device.type,
  registeredOn: device.registeredOn,
  firstSeenAt: time,
  lastSeenAt: time,
});

export const SecuritySnapshotSchema = v.strictObject({
  email: security.email,
  mobileLastDigits: security.mobileLastDigits,
  twoStepEnabled: security.twoStep.entries.enabled,
  // Each method as the store writes it: the phone's last digits, "app" for an authenticator, else its kind.
  twoStepMethods: v.pipe(v.array(v.union([phoneLastDigits, v.picklist(['app', 'sms', 'voice', 'other'])])), v.maxLength(security.twoStep.entries.methods.pipe[1].requirement)),
  twoStepAddedOn: isoDateOrNull,
  passkeys: security.passkeys,
});

export const SecurityRecordSchema = v.strictObject({
  marketplace: marketplaceId,
  previous: v.nullable(SecuritySnapshotSchema),
  current: SecuritySnapshotSchema,
  changedAt: time,
  seenAt: time,
});

export const MarketplaceStateSchema = v.strictObject({
  marketplace: marketplaceId,
  firstHistoryAt: v.nullable(time),
  firstAddressBookAt: v.nullable(time),
  firstDevicesAt: v.nullable(time),
  presumedAddresses: v.optional(count),
  rejectedAddresses: v.optional(v.pipe(v.array(ShipToSchema), v.maxLength(1000))),
  signedOutAt: v.optional(time),
  incompleteOrders: v.optional(count),
});

export const FindingSchema = v.strictObject({
  id: storedText,
  rule: storedText,
  marketplace: marketplaceId,
  orderId: v.nullable(OrderSummarySchema.entries.id),
  subject: v.nullable(storedText),
  severity: v.picklist(['alert', 'warning', 'info']),
  reason: v.strictObject({ en: storedText, ja: storedText }),
  status: v.picklist(['open', 'mine', 'not-me', 'withdrawn']),
  createdAt: time,
  answeredAt: v.optional(time),
  notifiedAt: v.optional(time),
  orderView: v.optional(v.pick(StoredOrderSchema, ['placedOn', 'total', 'items', 'shipTo', 'detailUrl'])),
});

export const PageReadSchema = v.strictObject({
  marketplace: marketplaceId,
  at: time,
  recognized: v.boolean(),
  problem: v.nullable(storedText),
  orderCount: count,
});

/** The value is left to the typed settings reader (utils/db/items.ts), which falls back to its default. */
export const SettingSchema = v.strictObject({ key: storedText, value: v.unknown() });

// The compiler checks that each record type and its schema's output are the same type, both ways. The keys are
// compared too: an optional field on one side only would pass both assignability checks.
type Assert<T extends true> = T;
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Same<A, B> = Mutual<A, B> extends true ? Mutual<keyof A, keyof B> : false;
export type StoredOrderMatches = Assert<Same<StoredOrder, v.InferOutput<typeof StoredOrderSchema>>>;
export type KnownAddressMatches = Assert<Same<KnownAddress, v.InferOutput<typeof KnownAddressSchema>>>;
export type LearnedFactMatches = Assert<Same<LearnedFact, v.InferOutput<typeof LearnedFactSchema>>>;
export type AddressBookEntryMatches = Assert<Same<AddressBookEntry, v.InferOutput<typeof AddressBookEntrySchema>>>;
export type DeviceEntryMatches = Assert<Same<DeviceEntry, v.InferOutput<typeof DeviceEntrySchema>>>;
export type SecuritySnapshotMatches = Assert<Same<SecuritySnapshot, v.InferOutput<typeof SecuritySnapshotSchema>>>;
export type SecurityRecordMatches = Assert<Same<SecurityRecord, v.InferOutput<typeof SecurityRecordSchema>>>;
export type MarketplaceStateMatches = Assert<Same<MarketplaceState, v.InferOutput<typeof MarketplaceStateSchema>>>;
export type FindingMatches = Assert<Same<Finding, v.InferOutput<typeof FindingSchema>>>;
export type PageReadMatches = Assert<Same<PageRead, v.InferOutput<typeof PageReadSchema>>>;
export type SettingMatches = Assert<Same<Setting, v.InferOutput<typeof SettingSchema>>>;
