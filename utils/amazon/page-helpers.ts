import { marketplaceForUrl } from '../marketplaces';
import { LABELS, type LabelTable } from './labels';
import { queryAll } from './query';
import { linesOf, sameLabel, textOf } from './text';

export const ORDER_ID = /\b(D?\d{2,3}-\d{7}-\d{7})\b/;

/** The value printed under (or after) a label: the row after the label's row, or the label's next sibling. */
export function valueForLabel(scope: ParentNode, labelSelector: string, field: keyof LabelTable): string | null {
  for (const label of queryAll(scope, labelSelector)) {
    if (!sameLabel(textOf(label), LABELS[field])) continue;
    const candidates = [label.nextElementSibling, label.closest('.a-row')?.nextElementSibling];
    for (const value of candidates) {
      const text = textOf(value);
      if (text) return text;
    }
  }
  return null;
}

/** An absolute URL on the same marketplace, or null (page links are untrusted: nothing else is kept). */
export function sameMarketplaceUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const resolved = new URL(href, base);
    const page = marketplaceForUrl(base);
    return page && marketplaceForUrl(resolved.href) === page ? resolved.href : null;
  } catch {
    return null;
  }
}

/** Elements not inside another element of the same selector. */
export function outermost(elements: Element[], selector: string): Element[] {
  return elements.filter((el) => !el.parentElement?.closest(selector));
}

/** The value printed after the first label of `labels` inside `scope`, its lines joined; null when none is printed. */
export function fieldValue(scope: ParentNode, labelSelector: string, labels: readonly string[], allLabels: readonly string[]): string | null {
  for (const label of Array.from(scope.querySelectorAll(labelSelector))) {
    if (!sameLabel(textOf(label), labels)) continue;
    const lines = linesAfterLabel(label, labelSelector, allLabels);
    if (lines.length > 0) return lines.join(' ');
  }
  return null;
}

/**
 * The lines printed after a label: its following siblings ("<b>Type:</b> <span>Kindle</span>"); else, when the label
 * is alone in its row, the rows after that row; else the rest of its parent ("<b>Name:</b><br>Jordan Ellis"). Either
 * run stops at the next element that holds another known label, so one field never swallows the next.
 */
export function linesAfterLabel(label: Element, labelSelector: string, allLabels: readonly string[]): string[] {
  const holdsLabel = (el: Element) =>
    [el, ...Array.from(el.querySelectorAll(labelSelector))].some((l) => l.matches(labelSelector) && sameLabel(textOf(l), allLabels));
  const following = (start: Element) => {
    const lines: string[] = [];
    for (let next = start.nextElementSibling; next && !holdsLabel(next); next = next.nextElementSibling) lines.push(...linesOf(next));
    return lines;
  };
  if (label.nextElementSibling) {
    const own = following(label);
    if (own.length > 0) return own;
  }
  const row = label.parentElement?.closest('.a-row, .a-section, div');
  if (row && textOf(row) === textOf(label)) return following(row);
  const parent = label.parentElement;
  if (!parent) return [];
  const lines = linesOf(parent);
  const at = lines.indexOf(textOf(label));
  return at >= 0 ? lines.slice(at + 1) : [];
}
