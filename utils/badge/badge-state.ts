import type { Finding } from '../db/records';

export interface BadgeState {
  text: string;
  color: string;
}

export const BADGE_ALERT_COLOR = '#c40000';
export const BADGE_WARNING_COLOR = '#b35c00';

/** The toolbar badge for the open findings: how many orders need attention, red with any alert, amber otherwise. */
export function badgeState(open: readonly Pick<Finding, 'severity' | 'marketplace' | 'orderId'>[]): BadgeState {
  const needsAttention = open.filter((f) => f.severity !== 'info');
  const orders = new Set(needsAttention.map((f) => `${f.marketplace}|${f.orderId}`));
  if (orders.size === 0) return { text: '', color: BADGE_WARNING_COLOR };
  return {
    text: orders.size > 99 ? '99+' : String(orders.size),
    color: needsAttention.some((f) => f.severity === 'alert') ? BADGE_ALERT_COLOR : BADGE_WARNING_COLOR,
  };
}
