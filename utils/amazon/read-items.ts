import { LIMITS } from './limits';
import { queryAll, queryFirst } from './query';
import { itemSelectors as s } from './selectors';
import { textOf, withoutBidi } from './text';
import type { OrderItem } from './types';

const ASIN = /\/(?:dp|gp\/product)\/([A-Z0-9]{10})(?:[/?#]|$)/;

/**
 * The purchased items inside a card or a detail page, each once. Where titles are marked (current list cards, detail
 * pages), each title is one item and its box is the largest ancestor holding no other title; old cards mark only the
 * item box. Titles and the number of items are as printed: the order readers cut them to LIMITS (bound.ts).
 */
export function readItems(container: ParentNode): OrderItem[] {
  const titles = queryAll(container, s.title);
  const boxes = titles.length > 0
    ? titles.map((title, i) => boxOf(title, container, [titles[i - 1], titles[i + 1]]))
    : queryAll(container, s.item).filter((box) => !box.parentElement?.closest(s.item));
  return boxes.flatMap((box) => {
    const titleNode = queryFirst(box, s.title);
    const link = queryFirst(titleNode, s.link) ?? textLink(box) ?? queryFirst(box, s.link);
    const title = textOf(titleNode) || textOf(link) || withoutBidi(link?.querySelector('img')?.getAttribute('alt') ?? '').trim();
    if (!title) return [];
    const asin = ASIN.exec(link?.getAttribute('href') ?? '')?.[1] ?? null;
    // Old cards print the quantity on the image, in the grid column beside the item box.
    const quantityNode = queryFirst(box, s.quantity) ?? queryFirst(box.closest('.a-fixed-left-grid'), s.quantity);
    const quantity = Number.parseInt(textOf(quantityNode).replace(/\D+/g, ''), 10);
    // A quantity past LIMITS is a misread (digits run together), not a quantity: count the item once.
    return [{ title, asin, quantity: Number.isFinite(quantity) && quantity > 0 && quantity <= LIMITS.itemQuantity ? quantity : 1 }];
  });
}

/** Items of a legacy digital summary, a plain table: every product link that carries a title, once. */
export function readLinkedItems(container: ParentNode): OrderItem[] {
  const seen = new Set<string>();
  return queryAll(container, s.link).flatMap((link) => {
    const title = textOf(link);
    const asin = ASIN.exec(link.getAttribute('href') ?? '')?.[1] ?? null;
    const key = `${asin}|${title}`;
    if (!title || seen.has(key)) return [];
    seen.add(key);
    return [{ title, asin, quantity: 1 }];
  });
}

/** Titles are in document order, so an ancestor holds another title exactly when it holds a neighbour. */
function boxOf(title: Element, container: ParentNode, neighbours: (Element | undefined)[]): Element {
  let box = title;
  const holdsAnother = (el: Element) => neighbours.some((n) => n !== undefined && el.contains(n));
  while (box.parentElement && box.parentElement !== container && !holdsAnother(box.parentElement)) box = box.parentElement;
  return box;
}

/** The first product link that carries text (old layouts put an image-only link first). */
function textLink(box: Element): Element | null {
  return queryAll(box, s.link).find((a) => textOf(a) !== '') ?? null;
}
