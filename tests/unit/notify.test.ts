import { describe, expect, it, vi } from 'vitest';
import { notifyNewAlerts } from '../../utils/notify/notify-new-alerts';
import { testDatabase } from '../helpers/test-db';

const finding = (id: string, severity: 'alert' | 'warning', marketplace: 'co.jp' | 'com' = 'co.jp') => ({
  id, rule: 'r', marketplace, orderId: id, subject: null, severity, status: 'open' as const, createdAt: 1,
  reason: { en: `reason ${id}`, ja: `理由 ${id}` },
});

async function setup() {
  const db = testDatabase();
  const notifications = { create: vi.fn(async (id: string, _options: { title: string; message: string }) => id) };
  const deps = { db, notifications, iconUrl: 'chrome-extension://x/icon/128.png', language: 'ja' as const, now: 5, t: (key: string, s: string) => `${key}(${s})` };
  return { db, notifications, deps };
}

describe('notifyNewAlerts', () => {
  it('notifies new alerts once, one notification per marketplace, never warnings', async () => {
    const { db, notifications, deps } = await setup();
    await db.findings.bulkPut([finding('1', 'alert'), finding('2', 'alert'), finding('3', 'warning'), finding('4', 'alert', 'com')]);
    expect(await notifyNewAlerts(deps)).toBe(2);
    expect(notifications.create.mock.calls.map(([id, o]) => [id, o.title, o.message])).toEqual([
      ['order-sentinel|co.jp|5', 'notificationTitle(www.amazon.co.jp)', '理由 1 notificationMore(1)'],
      ['order-sentinel|com|5', 'notificationTitle(www.amazon.com)', '理由 4'],
    ]);
    expect(await notifyNewAlerts(deps)).toBe(0);
    expect(notifications.create).toHaveBeenCalledTimes(2);
  });

  it('stays silent when the owner switched notifications off, and does not notify those alerts later', async () => {
    const { db, notifications, deps } = await setup();
    await db.settings.put({ key: 'notifications', value: false });
    await db.findings.put(finding('1', 'alert'));
    expect(await notifyNewAlerts(deps)).toBe(0);
    await db.settings.put({ key: 'notifications', value: true });
    expect(await notifyNewAlerts(deps)).toBe(0);
    expect(notifications.create).not.toHaveBeenCalled();
  });
});
