import { orderListSelectors } from '../amazon/selectors';

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
