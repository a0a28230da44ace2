import * as v from 'valibot';
import {
  AddressBookResultSchema,
  DevicesResultSchema,
  LoginSecurityResultSchema,
  OrderDetailResultSchema,
  OrderListResultSchema,
  ShipToSchema,
  marketplaceId,
  text,
} from './protocol/read-schemas';
import type { AddressBookResult, DevicesResult, LoginSecurityResult } from './amazon/account-types';
import type { AnyPageResult, UnknownPage } from './amazon/read-page';
import type { OrderDetailResult, OrderListResult, ShipTo } from './amazon/types';
import type { exportBackup } from './background/backup';
import type { IncidentProgress, IncidentView } from './background/incident';
import type { CheckState } from './watch/run-check';
import { SettingsSchema, type Settings } from './background/settings';
import type { DeviceEntry, Finding, KnownAddress, PageRead, StoredOrder } from './db/records';
import type { MarketplaceId } from './marketplaces';

/*
 * The one message protocol. Types are named by direction: PageToBackground (content scripts, i.e. code running
 * in an Amazon tab, which a hostile page can influence) and ExtensionPageToBackground (popup, options). The
 * background parses every incoming message with the schemas below before it touches anything.
 */

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
