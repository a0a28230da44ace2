import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const inspect = (...args: string[]) =>
  JSON.parse(execFileSync(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/inspect.ts', ...args], { cwd: ROOT, encoding: 'utf8' }));

describe('npm run inspect', { timeout: 30_000 }, () => {
  it('reads saved pages, with and without --url, and says why a page could not be read', () => {
    const out = inspect(
      'tests/fixtures/amazon/co.jp/order-list-current-attack.html',
      '--url',
      'https://www.amazon.de/your-orders/orders?timeFilter=year-2026&page=1',
      'tests/fixtures/amazon/de/order-list-2026.html',
      'tests/fixtures/amazon/com/robot-check.html',
    );
    expect(out.pages).toHaveLength(3);
    expect(out.pages[0]).toMatchObject({ url: null, kind: 'order-list', marketplace: 'co.jp', recognized: true, problems: [] });
    expect(out.pages[0].orders[0]).toMatchObject({ id: '250-4417283-9920416', placedOn: '2026-11-27', total: { amount: 9878, currency: 'JPY' } });
    expect(out.pages[1]).toMatchObject({ kind: 'order-list', marketplace: 'de', recognized: true, orderCount: 23 });
    expect(out.pages[1].nextPage).toContain('page=2');
    expect(out.pages[2]).toMatchObject({ recognized: false, problems: ['robot check'] });
  });

  it('--redact replaces names, street lines and postal codes, and keeps what a layout bug needs', () => {
    const [page] = inspect('--redact', 'tests/fixtures/amazon/co.jp/order-list-current-attack.html').pages;
    expect(page.orders[0].shipTo).toEqual({ name: '[redacted]', lines: ['[redacted]', '[redacted]'], postalCode: '[redacted]', region: '大阪府', country: '日本' });
    expect(JSON.stringify(page)).not.toMatch(/佐藤|住之江|559-0034/);
    expect(page.orders[0].items[0].title).toBe('ネオンレーサー DX -Switch');
  });

  it('exits with a usage message on bad arguments', () => {
    expect(() => execFileSync(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/inspect.ts'], { cwd: ROOT, stdio: 'pipe' })).toThrow(/usage/);
  });
});

describe('npm run inspect, judging', { timeout: 30_000 }, () => {
  const story = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `tests/fixtures/amazon/co.jp/story-history-${n}.html`);

  it('without --known applies trust on first use, and finds the story’s six alerts', () => {
    const { findings } = inspect('--now', '2026-11-30', ...story, 'tests/fixtures/amazon/co.jp/order-detail-current-points.html');
    const alerts = findings.filter((f: { severity: string }) => f.severity === 'alert').map((f: { orderId: string; rule: string }) => `${f.orderId} ${f.rule}`);
    expect(alerts.sort()).toEqual([
      '250-4417283-9920416 points-or-balance',
      '250-4417283-9920416 unknown-address',
      'D01-2782772-5032501 digital-burst',
      'D01-2907807-2269459 digital-burst',
      'D01-3434599-6846071 digital-burst',
      'D01-4323856-7747165 digital-burst',
      'D01-4977201-8167942 digital-burst',
    ]);
    expect(findings[0]).toMatchObject({ marketplace: 'co.jp', orderId: '250-4417283-9920416', reason: { ja: expect.stringContaining('大阪府') } });
  });

  it('with --known judges against the owner’s addresses given', () => {
    const file = resolve(ROOT, 'tests/fixtures/known-co-jp.json');
    const { findings } = inspect('--now', '2026-11-30', '--known', file, story[0]);
    expect(findings.filter((f: { rule: string }) => f.rule === 'unknown-address').map((f: { reason: { en: string } }) => f.reason.en)).toContain(
      'Shipped to 大阪府大阪市住之江区南港北1-7-89, which is not one of your 2 known addresses (in another region; it looks like a warehouse, forwarder or locker).',
    );
  });
});
