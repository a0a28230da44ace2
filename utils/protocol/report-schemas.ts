import * as v from 'valibot';
import type { UnknownPage } from '../amazon/read-page';
import {
  AddressBookResultSchema,
  DevicesResultSchema,
  LoginSecurityResultSchema,
  marketplaceId,
  marketplaceUrl,
  OrderDetailResultSchema,
  OrderListResultSchema,
} from './read-schemas';

/** A page of a supported marketplace the readers do not read (or a robot check standing in for one). */
export const UnknownPageSchema = v.strictObject({
  recognized: v.literal(false),
  kind: v.literal('unknown'),
  marketplace: v.nullable(marketplaceId),
  reason: v.picklist(['sign-in page', 'robot check', 'layout not recognised', 'unsupported marketplace', 'not an Amazon page we read']),
});

/** Any read a content script can hand on: the kinds it reads (the same schemas as its reads for the store), or none. */
export const AnyTabReadSchema = v.variant('kind', [
  OrderListResultSchema,
  OrderDetailResultSchema,
  AddressBookResultSchema,
  DevicesResultSchema,
  LoginSecurityResultSchema,
  UnknownPageSchema,
]);

/** The content script's answer to `background:read-for-report` (see read-for-report.ts). */
export const TabReadSchema = v.strictObject({ url: marketplaceUrl, read: AnyTabReadSchema });

type Assert<T extends true> = T;
export type UnknownPageMatchesSchema = Assert<UnknownPage extends v.InferOutput<typeof UnknownPageSchema> ? true : false>;
