import { LIMITS } from './limits';
import type { OrderDetail, OrderSummary, ShipTo } from './types';

/*
 * Page text is unbounded, and the background refuses a whole read that holds anything larger than LIMITS
 * (utils/protocol/read-schemas.ts). So every reader cuts what it hands on to LIMITS with these helpers, and says in
 * its problems what it cut: a hostile or broken page loses only its excess, never the read.
 */

/** Records one cut ("items cut to 200"). */
export type Note = (cut: string) => void;

/** A Note that adds each distinct cut once to `problems`, after `prefix` (200 long titles make one entry, not 200). */
export function noteInto(problems: string[], prefix = ''): Note {
  const seen = new Set<string>();
  return (cut) => {
    if (seen.has(cut)) return;
    seen.add(cut);
    problems.push(prefix + cut);
  };
}

function cut(text: string, max: number): string {
  const head = text.slice(0, max);
  // Never leave half of a surrogate pair (an emoji cut in two) at the end.
  return /[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head;
}

export function cutText(text: string, max: number, note: Note, what: string): string {
  if (text.length <= max) return text;
  note(`${what} cut to ${max} characters`);
  return cut(text, max);
}

export function cutNullable(text: string | null, max: number, note: Note, what: string): string | null {
  return text === null ? null : cutText(text, max, note, what);
}

export function cutList<T>(list: readonly T[], max: number, note: Note, what: string): T[] {
  if (list.length <= max) return [...list];
  note(`${what} cut to ${max}`);
  return list.slice(0, max);
}

/** A URL longer than LIMITS.url is dropped, not cut: a cut URL would lead somewhere else. */
export function boundUrl(url: string | null, note: Note, what: string): string | null {
  if (url === null || url.length <= LIMITS.url) return url;
  note(`${what} over ${LIMITS.url} characters dropped`);
  return null;
}

export function boundAddress(shipTo: ShipTo, note: Note): ShipTo {
  return {
    name: cutNullable(shipTo.name, LIMITS.name, note, 'recipient name'),
    lines: cutList(shipTo.lines, LIMITS.addressLines, note, 'address lines').map((line) => cutText(line, LIMITS.addressLine, note, 'address line')),
    postalCode: cutNullable(shipTo.postalCode, LIMITS.postalCode, note, 'postal code'),
    region: cutNullable(shipTo.region, LIMITS.region, note, 'region'),
    country: cutNullable(shipTo.country, LIMITS.country, note, 'country'),
  };
}

/** An order as the schema's OrderSummary: exactly its fields, each within LIMITS. */
export function boundSummary(order: OrderSummary, note: Note): OrderSummary {
  // The schema takes no negative total; no order prints one, so it is a misread, not a total.
  const total = order.total && order.total.amount < 0 ? null : order.total;
  if (order.total && !total) note('total below zero dropped');
  return {
    id: order.id,
    placedOn: order.placedOn,
    total,
    digital: order.digital,
    shipTo: order.shipTo && boundAddress(order.shipTo, note),
    items: cutList(order.items, LIMITS.itemsPerOrder, note, 'items').map((item) => ({
      ...item,
      title: cutText(item.title, LIMITS.itemTitle, note, 'item title'),
    })),
    status: cutNullable(order.status, LIMITS.status, note, 'status'),
    detailUrl: boundUrl(order.detailUrl, note, 'detail link'),
  };
}

export function boundDetail(order: OrderDetail, note: Note): OrderDetail {
  return {
    ...boundSummary(order, note),
    payments: cutList(order.payments, LIMITS.payments, note, 'payments').map((payment) => ({
      ...payment,
      brand: cutNullable(payment.brand, LIMITS.paymentBrand, note, 'payment brand'),
    })),
    charges: cutList(order.charges, LIMITS.charges, note, 'charges').map((charge) => ({
      ...charge,
      label: cutText(charge.label, LIMITS.chargeLabel, note, 'charge label'),
    })),
  };
}

/** Problems within LIMITS too: each cut to LIMITS.problem, and past LIMITS.problems the rest counted in the last. */
export function boundProblems(problems: readonly string[]): string[] {
  const each = problems.map((problem) => cut(problem, LIMITS.problem));
  if (each.length <= LIMITS.problems) return each;
  const kept = LIMITS.problems - 1;
  return [...each.slice(0, kept), `${each.length - kept} more problems not listed`];
}
