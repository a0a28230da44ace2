import type { RuleFinding } from './finding';

/**
 * Scores combine: an order with warnings from two or more rules is an alert (a gift card to an unknown address, a
 * burst on a new card). Each finding keeps its own reason; the escalated ones say what they were combined with.
 */
export function combineFindings(findings: readonly RuleFinding[]): RuleFinding[] {
  const byOrder = new Map<string, RuleFinding[]>();
  for (const f of findings) if (f.orderId) byOrder.set(f.orderId, [...(byOrder.get(f.orderId) ?? []), f]);
  return findings.map((finding) => {
    if (!finding.orderId || finding.severity !== 'warning') return finding;
    const others = byOrder.get(finding.orderId)!.filter((f) => f.rule !== finding.rule && f.severity !== 'info');
    if (others.length === 0) return finding;
    return {
      ...finding,
      severity: 'alert',
      reason: {
        en: `${finding.reason.en} Together with ${others.length} other warning sign${others.length > 1 ? 's' : ''} on this order.`,
        ja: `${finding.reason.ja}この注文には他にも${others.length}件の警戒すべき点があります。`,
      },
    };
  });
}
