import { marketplaceForUrl } from '../marketplaces';
import { LABELS, type LabelTable } from './labels';
import { sameLabel, textOf } from './text';

export const ORDER_ID = /\b(D?\d{2,3}-\d{7}-\d{7})\b/;

/** The value printed under (or after) a label: the row after the label's row, or the label's next sibling. */
export function valueForLabel(scope: ParentNode, labelSelector: string, field: keyof LabelTable): string | null {
  for (const label of Array.from(scope.querySelectorAll(labelSelector))) {
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
