import type { Currency } from '../marketplaces';
import { CARD_BRANDS, CHARGE_LABELS, PAYMENT_KINDS } from './labels';
import { parseMoney } from './parse-money';
import { queryAll, queryFirst } from './query';
import { orderDetailSelectors as s } from './selectors';
import { textOf, withoutBidi } from './text';
import type { Charge, Payment } from './types';

const LAST_DIGITS = /(?:ending in|endet auf|endet mit|se terminant par|末尾|下4桁|\*{2,}|•{2,}|x{4})\s*[:：]?\s*(\d{2,4})\b/i;

/**
 * The charge lines of an order summary, in page order, each with its kind and signed amount. Rows inside a popover
 * (a refund breakdown, hidden until clicked) are not lines of the summary.
 */
export function readCharges(root: ParentNode, currency: Currency): Charge[] {
  const charges: Charge[] = [];
  const seen = new Set<Element>();
  const summaries = queryAll(root, s.summary).filter((el) => !el.parentElement?.closest(s.summary));
  for (const summary of summaries) {
    for (const row of queryAll(summary, `${s.lineItemRow}, .a-row, tr`)) {
      if (seen.has(row) || row.closest(HIDDEN)) continue;
      const columns = Array.from(row.children).filter((c) => c.matches('.a-column, .a-text-left, .a-text-right, td'));
      // Table rows (legacy digital summary) are charge lines only when the label says so ("Tax Collected:").
      if (row.tagName === 'TR' && (columns.length !== 2 || !/[:：]$/.test(visibleText(columns[0])))) continue;
      const labelNode = row.querySelector(s.lineItemLabel) ?? (columns.length >= 2 ? columns[0] : null);
      const valueNode = row.querySelector(s.lineItemContent) ?? (columns.length >= 2 ? columns[columns.length - 1] : null);
      if (!labelNode || !valueNode) continue;
      const label = visibleText(labelNode);
      const amount = parseMoney(visibleText(valueNode), currency);
      if (!label || !amount) continue;
      seen.add(row);
      charges.push({ kind: chargeKind(label), label: label.replace(/[:：]\s*$/, '').trim(), amount });
    }
  }
  return charges;
}

const HIDDEN = '.a-popover-preload, .a-expander-content, script, template';

/** Text a person sees in the element: without popovers and collapsed panels inside it. */
function visibleText(element: Element): string {
  // Most cells hold neither: then it is all of their text, which the browser gives without a walk.
  const text = queryFirst(element, HIDDEN) ? textOutside(element, HIDDEN) : (element.textContent ?? '');
  return withoutBidi(text).replace(/\s+/g, ' ').trim();
}

/** The element's text, leaving out what is inside elements matching `hidden`. */
function textOutside(element: Element, hidden: string): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) text += child.textContent ?? '';
      else if (child.nodeType === 1 && !(child as Element).matches(hidden)) walk(child);
    }
  };
  walk(element);
  return text;
}

export function chargeKind(label: string): Charge['kind'] {
  const folded = label.normalize('NFKC').replace(/[:：]\s*$/, '').trim();
  return CHARGE_LABELS.find(([, pattern]) => pattern.test(folded))?.[0] ?? 'other';
}

/**
 * The payment instruments shown: the paystation list (2019–2025), the 2026 widget (`data-testid`), or its
 * `__NEXT_DATA__` JSON. Amounts paid by gift card or points are charge lines (readCharges), not guessed here.
 */
export function readPayments(root: ParentNode): Payment[] {
  const payments: Payment[] = [];
  for (const instrument of queryAll(root, s.paymentInstrument)) {
    const text = textOf(instrument);
    const alt = withoutBidi(instrument.querySelector('img')?.getAttribute('alt') ?? '').trim() || null;
    if (text || alt) payments.push(paymentFromText(text, alt));
  }
  const names = Array.from(root.querySelectorAll(s.paymentName));
  names.forEach((name, i) => {
    const digits = textOf(root.querySelectorAll(s.paymentNumber)[i]).match(/\d{2,4}/)?.[0] ?? null;
    payments.push({ ...paymentFromText(textOf(name), null), lastDigits: digits });
  });
  if (payments.length === 0) payments.push(...paymentsFromNextData(root));
  if (payments.length === 0) payments.push(...paymentsFromLabelledCell(root));
  // The 2026 widget can render the same instrument twice (wide and narrow layouts).
  return payments.filter((p, i) => payments.findIndex((q) => JSON.stringify(q) === JSON.stringify(p)) === i);
}

/** An instrument from its printed text; the card's name as printed, else as its logo names it. */
function paymentFromText(text: string, alt: string | null): Payment {
  const kind = PAYMENT_KINDS.find(([, pattern]) => pattern.test(text))?.[0];
  const brand = CARD_BRANDS.find((b) => text.includes(b)) ?? alt;
  const lastDigits = LAST_DIGITS.exec(text)?.[1] ?? null;
  return { kind: kind ?? (brand || lastDigits ? 'card' : 'other'), brand: kind ? null : brand, lastDigits, amount: null };
}

const PAYMENT_LABEL = /^(payment method|zahlungsart|mode de paiement|お支払い方法|支払い方法)\s*[:：]?\s*/i;

/** Legacy digital summaries print "Payment Method:" and the card in one table cell. */
function paymentsFromLabelledCell(root: ParentNode): Payment[] {
  for (const cell of queryAll(root, 'td, .a-row')) {
    const text = textOf(cell);
    if (PAYMENT_LABEL.test(text) && text.length < 120) {
      const payment = paymentFromText(text.replace(PAYMENT_LABEL, ''), null);
      return payment.kind === 'other' && !payment.lastDigits ? [] : [payment];
    }
  }
  return [];
}

/** The 2026 payment widget's server data; read as JSON, never evaluated. */
function paymentsFromNextData(root: ParentNode): Payment[] {
  const script = root.querySelector(s.nextData);
  if (!script?.textContent) return [];
  try {
    const found: Payment[] = [];
    JSON.parse(script.textContent, (key, value: unknown) => {
      if (key === 'paymentMethodDisplayDatumCore' && value && typeof value === 'object') {
        const core = value as { paymentMethodHeader?: unknown; paymentMethodNumber?: { lastDigits?: unknown } };
        const header = typeof core.paymentMethodHeader === 'string' ? withoutBidi(core.paymentMethodHeader) : '';
        const digits = core.paymentMethodNumber?.lastDigits;
        // JSON is as untrusted as markup: only the digits a card number can end in are kept.
        found.push({ ...paymentFromText(header, null), lastDigits: typeof digits === 'string' && /^\d{2,4}$/.test(digits) ? digits : null });
      }
      return value;
    });
    return found;
  } catch {
    return [];
  }
}
