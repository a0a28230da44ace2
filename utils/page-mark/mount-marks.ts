import { orderListSelectors } from '../amazon/selectors';
import type { OrderMarks } from '../db/page-reads';
import type { Translate } from '../i18n';
import { ORDER_MARK_CSS, drawOrderMark, type AnswerFinding } from './order-mark';

const HOST_ATTRIBUTE = 'data-order-sentinel-mark';

/**
 * The order card showing an order id, in the current page (content script). The same card selector as the reader.
 */
export function findOrderCard(root: ParentNode, orderId: string): Element | null {
  return (
    Array.from(root.querySelectorAll(orderListSelectors.card))
      .filter((card) => !card.parentElement?.closest(orderListSelectors.card))
      .find((card) => card.textContent?.includes(orderId)) ?? null
  );
}

/**
 * A closed shadow root at the top of a card, created once per card and reused on later reads; the page can neither
 * style nor reach into it. Returns null when the card is not on this page.
 */
export function markHost(root: ParentNode, orderId: string, css: string): ShadowRoot | null {
  const card = findOrderCard(root, orderId);
  if (!card) return null;
  const existing = card.querySelector(`:scope > [${HOST_ATTRIBUTE}]`) as (HTMLElement & { orderSentinelShadow?: ShadowRoot }) | null;
  if (existing?.orderSentinelShadow) return existing.orderSentinelShadow;
  const doc = card.ownerDocument;
  const host = doc.createElement('order-sentinel-mark') as HTMLElement & { orderSentinelShadow?: ShadowRoot };
  host.setAttribute(HOST_ATTRIBUTE, orderId);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style, doc.createElement('div'));
  host.orderSentinelShadow = shadow;
  card.prepend(host);
  return shadow;
}

/**
 * Draws the background's marks on the cards of this page, in the browser's language; an answer goes back to the
 * background. A mark whose card is not on this page is skipped.
 */
export function drawMarks(root: ParentNode, marks: readonly OrderMarks[], language: 'ja' | 'en', t: Translate, onAnswer: AnswerFinding): void {
  for (const { orderId, findings } of marks) {
    const shadow = markHost(root, orderId, ORDER_MARK_CSS);
    if (!shadow) continue;
    drawOrderMark(shadow.lastChild as Element, findings.map((f) => ({ findingId: f.id, severity: f.severity, reason: f.reason[language] })), t, onAnswer);
  }
}
