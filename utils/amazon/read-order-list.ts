import { marketplaceForUrl, type Marketplace } from '../marketplaces';
import { detectProblemPage } from './detect-problem-page';
import { LABELS, type LabelTable } from './labels';
import { parseOrderDate } from './parse-date';
import { parseMoney } from './parse-money';
import { readShipTo } from './read-ship-to';
import { orderListSelectors as s } from './selectors';
import { sameLabel, textOf } from './text';
import type { OrderItem, OrderListResult, OrderSummary, UnrecognizedReason } from './types';

const ORDER_ID = /\b(D?\d{2,3}-\d{7}-\d{7})\b/;
const ASIN = /\/(?:dp|gp\/product)\/([A-Z0-9]{10})(?:[/?]|$)/;

/**
 * Reads an order-history list page (current layout). Never throws: a page that is not an order list says why.
 * An empty year (page shell present, no cards) is recognised with zero orders; no shell and no cards is not.
 */
export function readOrderList(root: ParentNode, url: string): OrderListResult {
  const marketplace = marketplaceForUrl(url);
  if (!marketplace) return { recognized: false, kind: 'order-list', marketplace: 'com', reason: 'unsupported marketplace' };
  const unrecognized = (reason: UnrecognizedReason) =>
    ({ recognized: false, kind: 'order-list', marketplace: marketplace.id, reason }) as const;
  try {
    const problem = detectProblemPage(root, url);
    if (problem) return unrecognized(problem);
    const cards = Array.from(root.querySelectorAll(s.card)).filter((card) => !card.parentElement?.closest(s.card));
    if (cards.length === 0 && !root.querySelector(s.shell)) return unrecognized('layout not recognised');
    const problems: string[] = [];
    const orders: OrderSummary[] = [];
    for (const [index, card] of cards.entries()) {
      const order = readOrderCard(card, marketplace, url);
      if (order) orders.push(order);
      else problems.push(`order card ${index + 1}: no order id`);
    }
    if (cards.length > 0 && orders.length === 0) return unrecognized('layout not recognised');
    return {
      recognized: true,
      kind: 'order-list',
      marketplace: marketplace.id,
      layout: 'current',
      orders,
      orderCount: readOrderCount(root),
      nextPage: absoluteUrl(root.querySelector(s.nextPage)?.getAttribute('href'), url),
      problems,
    };
  } catch {
    return unrecognized('layout not recognised');
  }
}

function readOrderCard(card: Element, marketplace: Marketplace, pageUrl: string): OrderSummary | null {
  const labels = LABELS[marketplace.language];
  const detailHref = card.querySelector(s.detailLink)?.getAttribute('href') ?? null;
  const id = ORDER_ID.exec(textOf(card.querySelector(s.orderId)))?.[1] ?? ORDER_ID.exec(detailHref ?? '')?.[1];
  if (!id) return null;
  const header = card.querySelector(s.header) ?? card;
  const dateText = headerValue(header, labels, 'orderDate');
  const totalText = headerValue(header, labels, 'total');
  return {
    id,
    placedOn: dateText ? parseOrderDate(dateText) : null,
    total: totalText ? parseMoney(totalText) : null,
    digital: id.startsWith('D') || card.querySelector(s.digitalMarker) !== null,
    shipTo: readShipTo(card),
    items: readItems(card),
    status: textOf(card.querySelector(s.status)) || null,
    detailUrl: absoluteUrl(detailHref, pageUrl),
  };
}

/** The value printed under a header label: the row after the label's row. */
function headerValue(header: Element, labels: LabelTable, field: keyof LabelTable): string | null {
  for (const label of Array.from(header.querySelectorAll(s.headerLabel))) {
    if (!sameLabel(textOf(label), labels[field])) continue;
    const value = label.closest('.a-row')?.nextElementSibling ?? label.nextElementSibling;
    const text = textOf(value);
    if (text) return text;
  }
  return null;
}

function readItems(card: Element): OrderItem[] {
  return Array.from(card.querySelectorAll(s.item)).flatMap((box) => {
    const link = box.querySelector(s.itemLink);
    const title = textOf(box.querySelector(s.itemTitle)) || textOf(link) || link?.querySelector('img')?.getAttribute('alt') || '';
    if (!title) return [];
    const asin = ASIN.exec(link?.getAttribute('href') ?? '')?.[1] ?? null;
    const quantity = Number.parseInt(textOf(box.querySelector(s.itemQuantity)), 10);
    return [{ title, asin, quantity: Number.isFinite(quantity) && quantity > 0 ? quantity : 1 }];
  });
}

function readOrderCount(root: ParentNode): number | null {
  const digits = textOf(root.querySelector(s.orderCount)).normalize('NFKC').replace(/[,.]/g, '').match(/\d+/);
  return digits ? Number(digits[0]) : null;
}

function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const resolved = new URL(href, base);
    return resolved.protocol === 'https:' && marketplaceForUrl(resolved.href) ? resolved.href : null;
  } catch {
    return null;
  }
}
