import type { Finding } from '../db/records';

/** What a rule produces; the store adds the status and when it was first raised. */
export type RuleFinding = Omit<Finding, 'status' | 'createdAt'>;

export function findingId(rule: string, marketplace: string, orderId: string): string {
  return `${rule}|${marketplace}|${orderId}`;
}
