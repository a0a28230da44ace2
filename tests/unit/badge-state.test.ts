import { describe, expect, it } from 'vitest';
import { BADGE_ALERT_COLOR, BADGE_WARNING_COLOR, badgeState } from '../../utils/badge/badge-state';

const f = (orderId: string | null, severity: 'alert' | 'warning' | 'info', id = `r|co.jp|${orderId}`) => ({ orderId, severity, marketplace: 'co.jp' as const, id });

describe('badgeState', () => {
  it('is empty when nothing needs attention', () => {
    expect(badgeState([])).toEqual({ text: '', color: BADGE_WARNING_COLOR });
    expect(badgeState([f('1', 'info')]).text).toBe('');
  });
  it('counts unanswered alerts in red, per order, and account findings each', () => {
    expect(badgeState([f('1', 'alert'), f('1', 'alert', 'other|co.jp|1'), f('2', 'warning'), f(null, 'alert', 'security-change|co.jp|2sv')])).toEqual({ text: '2', color: BADGE_ALERT_COLOR });
  });
  it('counts warnings in amber when there is no alert', () => {
    expect(badgeState([f('1', 'warning'), f('2', 'warning'), f('2', 'info')])).toEqual({ text: '2', color: BADGE_WARNING_COLOR });
  });
  it('caps the text at 99+', () => {
    expect(badgeState(Array.from({ length: 120 }, (_, i) => f(String(i), 'alert'))).text).toBe('99+');
  });
});
