import type { PageResult, ShipTo } from '../amazon/types';
import type { UnknownPage } from '../amazon/read-page';

/** One page as `npm run inspect` prints it: the file, the URL it was read as, and what the reader returned. */
export type InspectedPage = { file: string; url: string | null } & (PageResult | UnknownPage);

const REDACTED = '[redacted]';

function redactShipTo(shipTo: ShipTo | null): ShipTo | null {
  if (!shipTo) return null;
  return { ...shipTo, name: shipTo.name && REDACTED, lines: shipTo.lines.map(() => REDACTED), postalCode: shipTo.postalCode && REDACTED };
}

/**
 * For bug reports: names, street lines and postal codes replaced; what a layout bug needs (ids, dates, amounts,
 * item titles, region, country, which fields were found) stays.
 */
export function redact(page: InspectedPage): InspectedPage {
  if (!page.recognized || !('orders' in page)) return page;
  return { ...page, orders: page.orders.map((order) => ({ ...order, shipTo: redactShipTo(order.shipTo) })) } as InspectedPage;
}
