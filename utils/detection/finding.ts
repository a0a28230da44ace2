import type { Finding } from '../db/records';

/** What a rule produces; the store adds the status and when it was first raised. */
export type RuleFinding = Omit<Finding, 'status' | 'createdAt' | 'answeredAt' | 'notifiedAt'>;

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
): RuleFinding {
  return { id: findingId(rule, marketplace, orderId), rule, marketplace, orderId, subject: null, severity, reason };
}

/** A finding about the account (a setting, a device, an address in the book). */
export function accountFinding(
  rule: string,
  marketplace: Finding['marketplace'],
  subject: string,
  severity: Finding['severity'],
  reason: Finding['reason'],
): RuleFinding {
  return { id: findingId(rule, marketplace, subject), rule, marketplace, orderId: null, subject, severity, reason };
}
