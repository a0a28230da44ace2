import { orderFinding } from '../finding';
import { defineRule, type Rule } from '../rule';
import { DAY, epochOf } from '../world';

export const ARCHIVED_ORDER_RULE = 'archived-order';

/**
 * A recent order found among archived orders: attackers archive what they bought to hide it. A warning for orders
 * placed within 60 days of when we saw them archived. False-positive guard: owners archive old orders routinely, so
 * older archived orders are not flagged.
 */
const detect: Rule = ({ input }) =>
  input.orders.flatMap((order) => {
    if (!order.archived || !order.placedOn || order.lastSeenAt - epochOf(order.placedOn) > 60 * DAY) return [];
    return [
      orderFinding(ARCHIVED_ORDER_RULE, input.marketplace, order.id, 'warning', {
        en: `This recent order (${order.placedOn}) is hidden in your archived orders; attackers archive orders to hide them.`,
        ja: `この最近の注文（${order.placedOn}）は「非表示にした注文」に移されています。乗っ取り犯は注文を隠すためにこの操作をします。`,
      }),
    ];
  });

export const archivedOrderRule = defineRule({
  id: ARCHIVED_ORDER_RULE,
  detect,
  // Archiving is the owner's own doing or not; the answer is kept on the finding, nothing general is learned.
  learn: () => [],
});
