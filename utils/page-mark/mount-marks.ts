import { orderCards } from '../amazon/read-order-list';
import type { OrderMarks } from '../db/page-reads';
import type { Translate } from '../i18n';
import { ORDER_MARK_CSS, drawOrderMark, type AnswerFinding } from './order-mark';

const HOST_ATTRIBUTE = 'data-order-sentinel-mark';

/**
 * A closed shadow root at the top of a card, created once per card and reused on later reads; the page can neither
 * style nor reach into it.
 */
function markHost(card: Element, orderId: string, css: string): ShadowRoot {
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
 * Draws the background's marks on the cards of this page (the cards the reader read, found once), in the browser's
 * language; an answer goes back to the background. A mark whose card is not on this page is skipped.
 */
export function drawMarks(root: ParentNode, marks: readonly OrderMarks[], language: 'ja' | 'en', t: Translate, onAnswer: AnswerFinding): void {
  const cards = orderCards(root);
  for (const { orderId, findings } of marks) {
    const card = cards.find((c) => c.textContent?.includes(orderId));
    if (!card) continue;
    const shadow = markHost(card, orderId, ORDER_MARK_CSS);
    drawOrderMark(shadow.lastChild as Element, findings.map((f) => ({ findingId: f.id, severity: f.severity, reason: f.reason[language] })), t, onAnswer);
  }
}
