import * as v from 'valibot';
import type { AddressBookResult, DevicesResult, LoginSecurityResult } from '../amazon/account-types';
import { LIMITS } from '../amazon/limits';
import type { OrderDetailResult, OrderListResult, ShipTo } from '../amazon/types';
import { MARKETPLACE_IDS, marketplaceForUrl, type MarketplaceId } from '../marketplaces';

/*
 * What a reader hands on, as the background accepts it: every page read, from a content script or the periodic
 * check, passes these schemas before anything is stored. The bounds come from LIMITS, which the readers obey too.
 */

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const marketplaceId = v.picklist(MARKETPLACE_IDS as MarketplaceId[]);
export const marketplaceUrl = v.pipe(v.string(), v.maxLength(LIMITS.url), v.check((u) => marketplaceForUrl(u) !== undefined));

const REASONS = v.picklist(['sign-in page', 'robot check', 'layout not recognised', 'unsupported marketplace']);

/** A page read of one kind: recognised with its fields and what could not be read, or not, with a reason. */
function readResult<K extends string, E extends v.ObjectEntries>(kind: K, entries: E) {
  return v.variant('recognized', [
    v.strictObject({ recognized: v.literal(true), kind: v.literal(kind), marketplace: marketplaceId, problems: v.pipe(v.array(text(LIMITS.problem)), v.maxLength(LIMITS.problems)), ...entries }),
    v.strictObject({ recognized: v.literal(false), kind: v.literal(kind), marketplace: marketplaceId, reason: REASONS }),
  ]);
}

export const ShipToSchema = v.strictObject({
  name: v.nullable(text(LIMITS.name)),
  lines: v.pipe(v.array(text(LIMITS.addressLine)), v.maxLength(LIMITS.addressLines)),
  postalCode: v.nullable(text(LIMITS.postalCode)),
  region: v.nullable(text(LIMITS.region)),
  country: v.nullable(text(LIMITS.country)),
});

export const OrderSummarySchema = v.strictObject({
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
        title: text(LIMITS.itemTitle),
        asin: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z0-9]{10}$/))),
        quantity: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.itemQuantity)),
      }),
    ),
    v.maxLength(LIMITS.itemsPerOrder),
  ),
  status: v.nullable(text(LIMITS.status)),
  detailUrl: v.nullable(marketplaceUrl),
});

export const OrderListResultSchema = readResult('order-list', {
  layout: v.picklist(['current', 'transitional', 'old', 'mixed', 'empty']),
  orders: v.pipe(v.array(OrderSummarySchema), v.maxLength(LIMITS.ordersPerPage)),
  orderCount: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  nextPage: v.nullable(marketplaceUrl),
});

export const MoneySchema = v.strictObject({ amount: v.pipe(v.number(), v.finite()), currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)) });

export const OrderDetailSchema = v.strictObject({
  ...OrderSummarySchema.entries,
  payments: v.pipe(
    v.array(
      v.strictObject({
        kind: v.picklist(['card', 'gift-card', 'points', 'promotion', 'other']),
        brand: v.nullable(text(LIMITS.paymentBrand)),
        lastDigits: v.nullable(v.pipe(v.string(), v.regex(/^\d{2,4}$/))),
        amount: v.nullable(MoneySchema),
      }),
    ),
    v.maxLength(LIMITS.payments),
  ),
  charges: v.pipe(
    v.array(
      v.strictObject({
        kind: v.picklist(['subtotal', 'shipping', 'discount', 'gift-card', 'points', 'total-before-tax', 'tax', 'order-total', 'grand-total', 'other']),
        label: text(LIMITS.chargeLabel),
        amount: MoneySchema,
      }),
    ),
    v.maxLength(LIMITS.charges),
  ),
});

export const OrderDetailResultSchema = readResult('order-detail', {
  layout: v.picklist(['data-component', 'old', 'digital-summary']),
  orders: v.tuple([OrderDetailSchema]),
});

export const isoDateOrNull = v.nullable(v.pipe(v.string(), v.isoDate()));

export const AddressBookResultSchema = readResult('address-book', {
  addresses: v.pipe(v.array(v.strictObject({ address: ShipToSchema, isDefault: v.boolean() })), v.maxLength(LIMITS.addressBookEntries)),
});

export const DevicesResultSchema = readResult('devices', {
  devices: v.pipe(v.array(v.strictObject({ name: text(LIMITS.deviceName), type: v.nullable(text(LIMITS.deviceName)), registeredOn: isoDateOrNull })), v.maxLength(LIMITS.devices)),
});

export const LoginSecurityResultSchema = readResult('login-security', {
  layout: v.picklist(['login-security', 'two-step-settings']),
  snapshot: v.strictObject({
    name: v.nullable(text(LIMITS.name)),
    email: v.nullable(text(LIMITS.email)),
    mobile: v.nullable(text(LIMITS.mobile)),
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
        v.maxLength(LIMITS.twoStepMethods),
      ),
    }),
    passkeys: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.passkeys))),
  }),
});

// The compiler checks that what the reader returns is what the schema accepts.
type Assert<T extends true> = T;
export type ReaderMatchesSchema = Assert<OrderListResult extends v.InferOutput<typeof OrderListResultSchema> ? true : false>;
export type ShipToMatchesSchema = Assert<ShipTo extends v.InferOutput<typeof ShipToSchema> ? true : false>;
export type DetailMatchesSchema = Assert<OrderDetailResult extends v.InferOutput<typeof OrderDetailResultSchema> ? true : false>;
export type AddressBookMatchesSchema = Assert<AddressBookResult extends v.InferOutput<typeof AddressBookResultSchema> ? true : false>;
export type DevicesMatchesSchema = Assert<DevicesResult extends v.InferOutput<typeof DevicesResultSchema> ? true : false>;
export type LoginSecurityMatchesSchema = Assert<LoginSecurityResult extends v.InferOutput<typeof LoginSecurityResultSchema> ? true : false>;
