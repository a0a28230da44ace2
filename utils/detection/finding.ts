import type { Finding } from '../db/records';

/** What a rule produces; the store adds the status and when it was first raised. */
export type RuleFinding = Omit<Finding, 'status' | 'createdAt' | 'answeredAt' | 'notifiedAt'>;

/** The evidence that makes an alert on its own; signs on one order add up to it (combine.ts). */
export const ALERT_EVIDENCE = 2;

/** A rule's finding with how much evidence it is of someone else's order (a warning is 1, an alert ALERT_EVIDENCE). */
export type WeighedFinding = RuleFinding & { evidence: number };

const EVIDENCE_OF: Record<Finding['severity'], number> = { alert: ALERT_EVIDENCE, warning: 1, info: 0 };

export function findingId(rule: string, marketplace: string, subject: string): string {
  return `${rule}|${marketplace}|${subject}`;
}

/** A finding about one order. */
export function orderFinding(
  rule: string,
  marketplace: Finding['marketplace'],
  orderId: string,
  severity: Finding['severity'],
  reason: Finding['reason'],
  evidence = EVIDENCE_OF[severity],
): WeighedFinding {
  return { id: findingId(rule, marketplace, orderId), rule, marketplace, orderId, subject: null, severity, reason, evidence };
}

/** A finding about the account (a setting, a device, an address in the book). */
export function accountFinding(
  rule: string,
  marketplace: Finding['marketplace'],
  subject: string,
  severity: Finding['severity'],
  reason: Finding['reason'],
): WeighedFinding {
  return { id: findingId(rule, marketplace, subject), rule, marketplace, orderId: null, subject, severity, reason, evidence: EVIDENCE_OF[severity] };
}
