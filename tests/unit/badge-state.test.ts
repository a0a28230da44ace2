import { describe, expect, it } from 'vitest';
import { BADGE_ALERT_COLOR, BADGE_WARNING_COLOR, badgeState } from '../../utils/badge/badge-state';

const f = (orderId: string, severity: 'alert' | 'warning' | 'info') => ({ orderId, severity, marketplace: 'co.jp' as const });

describe('badgeState', () => {
  it('is empty when nothing needs attention', () => {
    expect(badgeState([])).toEqual({ text: '', color: BADGE_WARNING_COLOR });
    expect(badgeState([f('1', 'info')]).text).toBe('');
  });
  it('counts orders, not findings, and turns red with any alert', () => {
    expect(badgeState([f('1', 'warning'), f('1', 'alert'), f('2', 'warning')])).toEqual({ text: '2', color: BADGE_ALERT_COLOR });
    expect(badgeState([f('1', 'warning')])).toEqual({ text: '1', color: BADGE_WARNING_COLOR });
  });
  it('caps the text at 99+', () => {
    expect(badgeState(Array.from({ length: 120 }, (_, i) => f(String(i), 'alert'))).text).toBe('99+');
  });
});
