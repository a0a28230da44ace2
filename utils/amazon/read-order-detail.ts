import { marketplaceForUrl, type Marketplace } from '../marketplaces';
import { boundDetail, boundProblems, noteInto } from './bound';
import { detectProblemPage } from './detect-problem-page';
import { ORDER_ID } from './page-helpers';
import { parseAddressLines } from './parse-address';
import { parseOrderDate } from './parse-date';
import { queryAll, queryFirst } from './query';
import { readItems, readLinkedItems } from './read-items';
import { readCharges, readPayments } from './read-payments';
import { readDisplayAddress } from './read-ship-to';
import { orderDetailSelectors as s } from './selectors';
import { linesOf, textOf } from './text';
import type { OrderDetailLayout, OrderDetailResult, ShipTo, UnrecognizedReason } from './types';

/** Words that introduce the order date where no data-component names it. */
const DATE_LABEL = /ordered on|order placed|digital order|bestellt am|bestellung aufgegeben|commande effectuée|commandé le|注文日/i;
const RECIPIENT_LABEL = /^(recipient|empfänger|destinataire|受取人|お届け先)\s*[:：]?\s*/i;

/**
 * Reads an order-detail page (old `#orderDetails`, the `data-component` layout, the 2026 payment widget) or a legacy
 * digital order summary. Never throws; a page without an order id is not recognised.
 */
export function readOrderDetail(root: ParentNode, url: string): OrderDetailResult {
  const marketplace = marketplaceForUrl(url);
  if (!marketplace) return { recognized: false, kind: 'order-detail', marketplace: 'com', reason: 'unsupported marketplace' };
  const unrecognized = (reason: UnrecognizedReason) => ({ recognized: false, kind: 'order-detail', marketplace: marketplace.id, reason }) as const;
  try {
    const problem = detectProblemPage(root, url);
    if (problem) return unrecognized(problem);
    const container = queryFirst(root, s.container);
    if (!container) return unrecognized('layout not recognised');
    const scope = queryFirst(root, '#orderDetails, #digitalOrderSummaryContainer, #a-page') ?? root;
    const id = readOrderId(scope, url);
    if (!id) return unrecognized('layout not recognised');
    const charges = readCharges(scope, marketplace.currency);
    const total = charges.find((c) => c.kind === 'order-total')?.amount ?? [...charges].reverse().find((c) => c.kind === 'grand-total')?.amount ?? null;
    const layout: OrderDetailLayout = scope.querySelector(s.digitalSummary)
      ? 'digital-summary'
      : scope.querySelector(s.dataComponent)
        ? 'data-component'
        : 'old';
    const problems: string[] = [];
    const order = boundDetail(
      {
        id,
        placedOn: readPlacedOn(scope),
        total,
        digital: id.startsWith('D') || layout === 'digital-summary',
        shipTo: readDetailShipTo(scope, marketplace),
        items: layout === 'digital-summary' ? readLinkedItems(scope) : readItems(scope),
        status: textOf(queryFirst(scope, s.status)) || null,
        // The page's own address; one past LIMITS.url is dropped like any link.
        detailUrl: url,
        payments: readPayments(scope),
        charges,
      },
      noteInto(problems),
    );
    return { recognized: true, kind: 'order-detail', marketplace: marketplace.id, layout, orders: [order], problems: boundProblems(problems) };
  } catch {
    return unrecognized('layout not recognised');
  }
}

function readOrderId(scope: ParentNode, url: string): string | null {
  for (const node of queryAll(scope, s.orderId)) {
    const id = ORDER_ID.exec(textOf(node))?.[1];
    if (id) return id;
  }
  const fromUrl = ORDER_ID.exec(new URL(url).searchParams.get('orderID') ?? new URL(url).searchParams.get('orderId') ?? '')?.[1];
  // A legacy digital summary prints "order number: D01-…" in plain table text (and carries no script to confuse it).
  const summary = scope.querySelector(s.digitalSummary) ?? ((scope as Element).matches?.(s.digitalSummary) ? scope : null);
  return fromUrl ?? ORDER_ID.exec(textOf(summary))?.[1] ?? null;
}

function readPlacedOn(scope: ParentNode): string | null {
  for (const node of queryAll(scope, s.orderDate)) {
    const date = parseOrderDate(textOf(node));
    if (date) return date;
  }
  for (const node of queryAll(scope, 'span, div, td, h1, h2, b')) {
    if (node.childElementCount > 3) continue;
    const text = textOf(node);
    if (text.length < 120 && DATE_LABEL.test(text)) {
      const date = parseOrderDate(text) ?? parseOrderDate(textOf(node.nextElementSibling));
      if (date) return date;
    }
  }
  return null;
}

function readDetailShipTo(scope: ParentNode, marketplace: Marketplace): ShipTo | null {
  const section = queryFirst(scope, s.shippingAddress);
  if (section) {
    const list = section.querySelector(s.displayAddress);
    if (list) return readDisplayAddress(list, marketplace.id);
    const lines = queryAll(section, 'li, .a-row')
      .filter((el) => !queryFirst(el, 'li, .a-row'))
      .flatMap((el) => linesOf(el));
    if (lines.length > 0) return parseAddressLines(lines[0], lines.slice(1), marketplace.id);
  }
  for (const node of queryAll(scope, 'span, div, td, li')) {
    const text = textOf(node);
    if (node.childElementCount <= 2 && text.length < 120 && RECIPIENT_LABEL.test(text)) {
      const name = text.replace(RECIPIENT_LABEL, '').trim() || textOf(node.nextElementSibling);
      if (name) return parseAddressLines(name, [], marketplace.id);
    }
  }
  return null;
}
