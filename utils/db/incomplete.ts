import type { StoredOrder } from './records';

/**
 * A physical order whose ship-to shows only the recipient's name: the address was not in what was read (a page cut
 * short, a popover not yet there). The rules cannot judge it, so it must never count as clean.
 */
export function isIncomplete(order: Pick<StoredOrder, 'digital' | 'shipTo'>): boolean {
  return !order.digital && order.shipTo !== null && order.shipTo.lines.length === 0;
}
