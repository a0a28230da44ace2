import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler } from '../../../utils/background/handle-message';
import { createWriter } from '../../../utils/background/writer';
import type { SentinelDatabase } from '../../../utils/db/database';
import { notifyNewAlerts } from '../../../utils/notify/notify-new-alerts';
import { POPUP, SELF } from '../../helpers/background';
import { testDatabase } from '../../helpers/test-db';
import { pageMessage } from '../../helpers/visit';

const NOW = Date.UTC(2026, 10, 30, 1);
const STORY = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `co.jp/story-history-${n}.html`).concat('co.jp/order-detail-current-points.html');
const tab = (url: string) => ({ id: SELF.id, url, frameId: 0, tab: { url } });

/** The background as wired, with notifications counted: each call covers its first finding and "+N more". */
function background(db: SentinelDatabase) {
  const write = createWriter();
  const covered: number[] = [];
  const notifications = {
    create: vi.fn(async (id: string, options: { message: string }) => {
      covered.push(1 + Number(/more\((\d+)\)/.exec(options.message)?.[1] ?? 0));
      return id;
    }),
  };
  const showFindings = async () => void (await notifyNewAlerts({ db, notifications, iconUrl: 'x', language: 'en', now: NOW, t: (key, s) => `${key === 'notificationMore' ? 'more' : key}(${s})` }));
  const handle = createMessageHandler({ db, self: SELF, now: () => NOW, write, showFindings, log: vi.fn(), services: { checkNow: async () => null, reschedule: async () => {}, readTab: async () => ({ url: null, reply: undefined }) } });
  return { handle, write, covered };
}

const snapshot = async (db: SentinelDatabase) => ({
  orders: (await db.orders.toArray()).map(({ lastSeenAt: _l, ...o }) => o),
  findings: (await db.findings.toArray()).map(({ notifiedAt: _n, ...f }) => f),
});

describe('the one writer', { timeout: 60_000 }, () => {
  it('runs jobs one at a time, in the order asked, and a failed job does not stop the next', async () => {
    const write = createWriter();
    const log: string[] = [];
    const slow = write(async () => {
      log.push('a start');
      await new Promise((r) => setTimeout(r, 20));
      log.push('a end');
    });
    const failing = write(async () => {
      log.push('b');
      throw new Error('b failed');
    });
    const fast = write(async () => void log.push('c'));
    await Promise.allSettled([slow, failing, fast]);
    await expect(failing).rejects.toThrow('b failed');
    expect(log).toEqual(['a start', 'a end', 'b', 'c']);
  });

  it('the story read from nine tabs at once ends as read one tab after another, each alert notified once', async () => {
    const sequential = testDatabase();
    const one = background(sequential);
    for (const page of STORY) {
      const { message, url } = pageMessage(page);
      await one.handle(message, tab(url));
    }
    for (let attempt = 0; attempt < 5; attempt++) {
      const db = testDatabase();
      const many = background(db);
      const replies = await Promise.all(STORY.map((page) => pageMessage(page)).map(({ message, url }) => many.handle(message, tab(url))));
      expect(replies.every((r) => r !== undefined)).toBe(true);
      expect(await snapshot(db)).toEqual(await snapshot(sequential));
      const alerts = (await db.findings.toArray()).filter((f) => f.severity === 'alert' && f.status === 'open');
      expect(alerts.length).toBeGreaterThanOrEqual(6);
      expect(many.covered.reduce((a, b) => a + b, 0)).toBe(alerts.length);
      expect(alerts.every((f) => f.notifiedAt === NOW)).toBe(true);
    }
  });

  it('an answer given while the pages are read again is never reverted (30 tries)', async () => {
    for (let attempt = 0; attempt < 30; attempt++) {
      const db = testDatabase();
      const { handle } = background(db);
      const { message, url } = pageMessage('co.jp/story-history-1.html');
      await handle(message, tab(url));
      const id = (await db.findings.toArray()).find((f) => f.severity === 'alert')!.id;
      await Promise.all([
        handle(message, tab(url)),
        handle({ type: 'popup:answer-finding', id, answer: 'not-me' }, POPUP),
        handle(message, tab(url)),
        handle({ type: 'options:add-known-address', marketplace: 'co.jp', address: { name: 'x', lines: ['y'], postalCode: null, region: null, country: null } }, POPUP),
        handle(message, tab(url)),
      ]);
      expect((await db.findings.get(id))?.status).toBe('not-me');
    }
  });

  it('a finding withdrawn and raised again is the same finding: not notified again', async () => {
    const db = testDatabase();
    const { handle, covered } = background(db);
    const { message, url } = pageMessage('co.jp/order-list-current-attack.html', 'https://www.amazon.co.jp/your-orders/orders?timeFilter=months-3');
    const home = { name: '佐藤 健一', lines: ['世田谷区太子堂2-14-8', 'コーポ太子堂 203'], postalCode: '154-0004', region: '東京都', country: '日本' };
    await handle({ type: 'options:add-known-address', marketplace: 'co.jp', address: home }, POPUP);
    await handle(message, tab(url));
    const [finding] = await db.findings.toArray();
    expect(finding).toMatchObject({ status: 'open', notifiedAt: NOW });
    const kansai = (await db.orders.get(['co.jp', finding.orderId!]))!.shipTo!;
    const added = (await handle({ type: 'options:add-known-address', marketplace: 'co.jp', address: kansai }, POPUP)) as { id: number };
    expect((await db.findings.get(finding.id))?.status).toBe('withdrawn');
    await handle({ type: 'options:remove-known-address', id: added.id }, POPUP);
    expect(await db.findings.get(finding.id)).toMatchObject({ status: 'open', createdAt: finding.createdAt, notifiedAt: NOW });
    expect(covered).toEqual([1]);
  });

  it('a repeated read changes nothing but when the orders were last seen', async () => {
    const db = testDatabase();
    const { handle } = background(db);
    const { message, url } = pageMessage('co.jp/story-history-1.html');
    await handle(message, tab(url));
    const before = await snapshot(db);
    await handle(message, tab(url));
    expect(await snapshot(db)).toEqual(before);
  });
});
