import { marketplaceForUrl, type Marketplace } from '../marketplaces';
import { boundProblems, boundSummary, boundUrl, cutList, noteInto } from './bound';
import { detectProblemPage } from './detect-problem-page';
import { LIMITS } from './limits';
import { ORDER_ID, sameMarketplaceUrl, valueForLabel } from './page-helpers';
import { queryAll, queryFirst } from './query';
import { parseOrderDate } from './parse-date';
import { parseMoney } from './parse-money';
import { readItems } from './read-items';
import { readShipTo, shipToTemplates } from './read-ship-to';
import { orderListSelectors as s } from './selectors';
import { textOf } from './text';
import type { OrderListLayout, OrderListResult, OrderSummary, UnrecognizedReason } from './types';

type CardLayout = Exclude<OrderListLayout, 'mixed' | 'empty'>;

/**
 * Reads an order-history list page in any layout Amazon has served since 2019, and pages that mix them (current
 * physical cards with old-style digital cards). Never throws. A page is "empty" only with positive evidence (a
 * printed count of 0); a shell whose cards we cannot find, or fewer orders than the page says it holds with no card
 * read, is "layout not recognised" — never a silent "no orders".
 */
export function readOrderList(root: ParentNode, url: string): OrderListResult {
  const marketplace = marketplaceForUrl(url);
  if (!marketplace) return { recognized: false, kind: 'order-list', marketplace: 'com', reason: 'unsupported marketplace' };
  const unrecognized = (reason: UnrecognizedReason) => ({ recognized: false, kind: 'order-list', marketplace: marketplace.id, reason }) as const;
  try {
    const problem = detectProblemPage(root, url);
    if (problem) return unrecognized(problem);
    const cards = orderCards(root);
    const orderCount = readOrderCount(root);
    if (cards.length === 0) {
      return orderCount === 0 && queryFirst(root, s.shell)
        ? { recognized: true, kind: 'order-list', marketplace: marketplace.id, layout: 'empty', orders: [], orderCount, nextPage: null, problems: [] }
        : unrecognized('layout not recognised');
    }
    const problems: string[] = [];
    const note = noteInto(problems);
    const orders: OrderSummary[] = [];
    const layouts = new Set<CardLayout>();
    const templates = shipToTemplates(root);
    // Amazon shows 10 orders a page; cards past LIMITS are not read at all (each costs a full card read).
    for (const [index, card] of cutList(cards, LIMITS.ordersPerPage, note, 'orders').entries()) {
      const order = readOrderCard(card, marketplace, url, templates);
      if (!order) {
        problems.push(`order card ${index + 1}: no order id`);
        continue;
      }
      orders.push(boundSummary(order, noteInto(problems, `order ${order.id}: `)));
      layouts.add(cardLayout(card));
    }
    if (orders.length === 0) return unrecognized('layout not recognised');
    return {
      recognized: true,
      kind: 'order-list',
      marketplace: marketplace.id,
      layout: layouts.size === 1 ? [...layouts][0] : 'mixed',
      orders,
      orderCount,
      nextPage: boundUrl(sameMarketplaceUrl(root.querySelector(s.nextPage)?.getAttribute('href'), url), note, 'next-page link'),
      problems: boundProblems(problems),
    };
  } catch {
    return unrecognized('layout not recognised');
  }
}

/** The page's order cards, outermost only (a card can hold a nested one); the in-page mark looks for them too. */
export function orderCards(root: ParentNode): Element[] {
  return queryAll(root, s.card).filter((card) => !card.parentElement?.closest(s.card));
}

function cardLayout(card: Element): CardLayout {
  if (card.querySelector('.order-header')) return 'current';
  return card.classList.contains('order-card') ? 'transitional' : 'old';
}

function readOrderCard(card: Element, marketplace: Marketplace, pageUrl: string, templates: ReturnType<typeof shipToTemplates>): OrderSummary | null {
  const detailHref = queryFirst(card, s.detailLink)?.getAttribute('href') ?? null;
  const id = ORDER_ID.exec(textOf(queryFirst(card, s.orderId)))?.[1] ?? ORDER_ID.exec(detailHref ?? '')?.[1];
  if (!id) return null;
  const header = queryFirst(card, s.header) ?? card;
  const dateText = valueForLabel(header, s.headerLabel, 'orderDate');
  const totalText = valueForLabel(header, s.headerLabel, 'total');
  return {
    id,
    placedOn: dateText ? parseOrderDate(dateText) : null,
    total: totalText ? parseMoney(totalText, marketplace.currency) : null,
    digital: id.startsWith('D') || queryFirst(card, s.digitalMarker) !== null,
    shipTo: readShipTo(card, marketplace.id, templates),
    items: readItems(card),
    status: s.status.map((selector) => textOf(card.querySelector(selector))).find(Boolean) ?? null,
    detailUrl: sameMarketplaceUrl(detailHref, pageUrl),
  };
}

/** "10 orders", 「304件」, and in 2026 "<b>229 Bestellungen</b>" in the filter label; null when not printed. */
function readOrderCount(root: ParentNode): number | null {
  const text = textOf(root.querySelector(s.orderCount)) || textOf(queryFirst(queryFirst(root, s.orderCountLabel), 'b, strong, .num-orders'));
  const digits = text.normalize('NFKC').replace(/[,.\s]/g, '').match(/\d+/);
  const count = digits ? Number(digits[0]) : NaN;
  // A run of digits too long to count exactly is no count (and would be Infinity past 309 digits).
  return Number.isSafeInteger(count) ? count : null;
}
