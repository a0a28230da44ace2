import { ALERT_EVIDENCE, type RuleFinding, type WeighedFinding } from './finding';
import type { RuleId } from './rule';
import { SIGNS } from './signs';

const listOf = (names: string[], and: string) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`);

/**
 * Signs on one order add up: each rule's finding is evidence of someone else's order (a warning 1, more for stronger
 * signs: an unknown address in another region 1.5), and an order whose signs reach ALERT_EVIDENCE together is an alert (a gift
 * card to an unknown address, a burst on a new card). Each finding keeps its own reason; one raised by the others
 * names them. Findings about the account stand alone.
 */
export function combineFindings(findings: readonly WeighedFinding[]): RuleFinding[] {
  const byOrder = new Map<string, WeighedFinding[]>();
  for (const f of findings) if (f.orderId && f.severity !== 'info') byOrder.set(f.orderId, [...(byOrder.get(f.orderId) ?? []), f]);
  return findings.map(({ evidence, ...finding }) => {
    if (!finding.orderId || finding.severity === 'info' || evidence >= ALERT_EVIDENCE) return finding;
    const others = new Map<string, number>();
    for (const f of byOrder.get(finding.orderId)!) if (f.rule !== finding.rule) others.set(f.rule, Math.max(others.get(f.rule) ?? 0, f.evidence));
    const total = evidence + [...others.values()].reduce((a, b) => a + b, 0);
    if (total < ALERT_EVIDENCE) return { ...finding, severity: 'warning' as const };
    const signs = [...others.keys()].map((rule) => SIGNS[rule as RuleId]);
    return {
      ...finding,
      severity: 'alert' as const,
      reason: {
        en: `${finding.reason.en} Together with ${listOf(signs.map((s) => s.en), 'and')} on this order, that is enough for an alert.`,
        ja: `${finding.reason.ja}この注文には${signs.map((s) => s.ja).join('・')}もあり、合わせて危険と判断しました。`,
      },
    };
  });
}
