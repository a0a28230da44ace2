import type { AnyPageResult, UnknownPage } from '../amazon/read-page';
import type { PageRequest } from '../messaging/send';

type PageReadRequest = Extract<PageRequest, { read: unknown }>;

/** The request each kind of read is sent as (transactions pages are fetched by the check, never sent by a page). */
const READ_REQUEST_TYPES: { [K in PageReadRequest['read']['kind']]: Extract<PageReadRequest, { read: { kind: K } }>['type'] } = {
  'order-list': 'page:order-list-read',
  'order-detail': 'page:order-detail-read',
  'address-book': 'page:address-book-read',
  devices: 'page:devices-read',
  'login-security': 'page:login-security-read',
};

/** The message a content script sends for what it read; null for a page that is not one we read. */
export function pageReadMessage(read: AnyPageResult | UnknownPage): PageReadRequest | null {
  const type = Object.hasOwn(READ_REQUEST_TYPES, read.kind) ? READ_REQUEST_TYPES[read.kind as keyof typeof READ_REQUEST_TYPES] : null;
  return type ? ({ type, read } as PageReadRequest) : null;
}
