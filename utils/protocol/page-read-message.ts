import type { AnyPageResult, UnknownPage } from '../amazon/read-page';
import type { PageRequest } from '../messaging/send';

/** The message a content script sends for what it read; null for a page that is not one we read. */
export function pageReadMessage(read: AnyPageResult | UnknownPage): Extract<PageRequest, { read: unknown }> | null {
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
