import type { Finding } from '../db/records';

export interface BadgeState {
  text: string;
  color: string;
}

export const BADGE_ALERT_COLOR = '#c40000';
export const BADGE_WARNING_COLOR = '#b35c00';

/**
 * The toolbar badge for the open findings: the number of unanswered alerts in red, or, with no alert, of warnings in
 * amber; empty when all is well. Counted per order (or per account finding), not per rule.
 */
export function badgeState(open: readonly Pick<Finding, 'severity' | 'marketplace' | 'orderId' | 'id'>[]): BadgeState {
  const alerts = open.filter((f) => f.severity === 'alert');
  const counted = alerts.length > 0 ? alerts : open.filter((f) => f.severity === 'warning');
  const subjects = new Set(counted.map((f) => (f.orderId ? `${f.marketplace}|${f.orderId}` : f.id)));
  if (subjects.size === 0) return { text: '', color: BADGE_WARNING_COLOR };
  return {
    text: subjects.size > 99 ? '99+' : String(subjects.size),
    color: alerts.length > 0 ? BADGE_ALERT_COLOR : BADGE_WARNING_COLOR,
  };
}
