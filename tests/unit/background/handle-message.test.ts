import { beforeEach, describe, expect, it } from 'vitest';
import { readOrderList } from '../../../utils/amazon/read-order-list';
import type { OrderListRead } from '../../../utils/amazon/types';
import type { SentinelDatabase } from '../../../utils/db/database';
import type { Overview } from '../../../utils/db/overview';
import { DROPPED } from '../../../utils/protocol/dropped';
import { SELF, testBackground } from '../../helpers/background';
import coJpAttack from '../../fixtures/amazon/co.jp/order-list-current-attack.html?raw';
import { parseHtml } from '../../helpers/parse-html';
import { testDatabase } from '../../helpers/test-db';

const self = SELF;
const CO_JP = 'https://www.amazon.co.jp/your-orders/orders?timeFilter=months-3';
const contentScript = { id: self.id, url: CO_JP, frameId: 0, tab: { url: CO_JP } };
const popup = { id: self.id, url: `${self.baseUrl}popup.html` };
const home = { name: '佐藤 健一', lines: ['世田谷区太子堂2-14-8', 'コーポ太子堂 203'], postalCode: '154-0004', region: '東京都', country: '日本' };

let db: SentinelDatabase;
let background: ReturnType<typeof testBackground>;
let handle: ReturnType<typeof testBackground>['handle'];
let now: number;

beforeEach(() => {
  db = testDatabase();
  now = Date.UTC(2026, 10, 30, 12);
  background = testBackground(db, () => now);
  handle = background.handle;
});

const attackRead = () => readOrderList(parseHtml(coJpAttack), CO_JP) as OrderListRead;
const pageMessage = (read: unknown) => ({ type: 'page:order-list-read', read });

describe('page → background: an order-list read', () => {
  it('stores the orders once, however often the page is read', async () => {
    await handle(pageMessage(attackRead()), contentScript);
    const firstSeen = (await db.orders.get(['co.jp', '250-4417283-9920416']))?.firstSeenAt;
    now += 60_000;
    await handle(pageMessage(attackRead()), contentScript);
    expect(await db.orders.count()).toBe(3);
    const order = await db.orders.get(['co.jp', '250-4417283-9920416']);
    expect(order).toMatchObject({ firstSeenAt: firstSeen, lastSeenAt: now, total: { amount: 9878, currency: 'JPY' } });
    expect(await db.pageReads.get('co.jp')).toMatchObject({ recognized: true, orderCount: 3, at: now });
  });

  it('flags the Kansai order once known addresses exist, and a later known address withdraws it', async () => {
    await handle({ type: 'options:add-known-address', marketplace: 'co.jp', address: home }, popup);
    expect(await handle(pageMessage(attackRead()), contentScript)).toMatchObject({
      stored: 3,
      findings: 1,
      marks: [{ orderId: '250-4417283-9920416', findings: [{ id: 'unknown-address|co.jp|250-4417283-9920416', severity: 'alert' }] }],
    });
    const overview = (await handle({ type: 'popup:get-overview' }, popup)) as Overview;
    expect(overview.findings.map((v: Overview['findings'][number]) => [v.finding.orderId, v.finding.severity, v.order?.total?.amount])).toEqual([
      ['250-4417283-9920416', 'alert', 9878],
    ]);
    expect(overview.marketplacesWithoutAddresses).toEqual([]);
    expect(background.showFindings).toHaveBeenCalled();

    const kansai = overview.findings[0].order!.shipTo!;
    await handle({ type: 'options:add-known-address', marketplace: 'co.jp', address: kansai }, popup);
    // Withdrawn, not deleted: raised again it is the same finding, already notified.
    expect((await db.findings.toArray()).map((f) => f.status)).toEqual(['withdrawn']);
  });

  it('keeps the owner’s answer when the page is read again', async () => {
    await handle({ type: 'options:add-known-address', marketplace: 'co.jp', address: home }, popup);
    await handle(pageMessage(attackRead()), contentScript);
    await db.findings.update('unknown-address|co.jp|250-4417283-9920416', { status: 'not-me' });
    await handle(pageMessage(attackRead()), contentScript);
    expect((await db.findings.get('unknown-address|co.jp|250-4417283-9920416'))?.status).toBe('not-me');
  });

  it('records an unreadable page without touching the orders already stored', async () => {
    await handle(pageMessage(attackRead()), contentScript);
    await handle(pageMessage({ recognized: false, kind: 'order-list', marketplace: 'co.jp', reason: 'layout not recognised' }), contentScript);
    expect(await db.orders.count()).toBe(3);
    expect(await db.pageReads.get('co.jp')).toMatchObject({ recognized: false, problem: 'layout not recognised' });
    const overview = (await handle({ type: 'popup:get-overview' }, popup)) as Overview;
    expect(overview.reads[0].recognized).toBe(false);
  });
});

describe('hostile and malformed messages are dropped, logged, counted and never stored', () => {
  const valid = () => pageMessage(attackRead());
  const withOrder = (patch: Record<string, unknown>) => {
    const read = attackRead();
    return pageMessage({ ...read, orders: [{ ...read.orders[0], ...patch }] });
  };

  it.each<[string, () => unknown, object]>([
    ['not an object', () => 'hello', contentScript],
    ['an unknown type', () => ({ type: 'page:delete-everything' }), contentScript],
    ['an extra field', () => ({ ...valid(), extra: 1 }), contentScript],
    ['an order id that is not one', () => withOrder({ id: '<script>' }), contentScript],
    ['a negative total', () => withOrder({ total: { amount: -5, currency: 'JPY' } }), contentScript],
    ['a huge title', () => withOrder({ items: [{ title: 'x'.repeat(5000), asin: null, quantity: 1 }] }), contentScript],
    ['a detail link off Amazon', () => withOrder({ detailUrl: 'https://evil.example/' }), contentScript],
    ['a prototype-polluting key', () => JSON.parse('{"type":"page:order-list-read","read":{"__proto__":{"x":1}}}'), contentScript],
    ['orders for another marketplace', () => pageMessage({ ...attackRead(), marketplace: 'com' }), contentScript],
    ['a page message from the popup', valid, popup],
    ['a popup request from a content script', () => ({ type: 'popup:get-overview' }), contentScript],
    ['an options write from a content script', () => ({ type: 'options:add-known-address', marketplace: 'co.jp', address: home }), contentScript],
    ['another extension', valid, { ...contentScript, id: 'someoneelsesextensionidxxxxxxxxx' }],
    ['a look-alike host', valid, { ...contentScript, url: 'https://www.amazon.co.jp.evil.example/your-orders/orders', tab: { url: 'https://www.amazon.co.jp.evil.example/' } }],
  ])('%s', async (_name, message, sender) => {
    // Our content script is told it was dropped (so it does not send it again); anyone else gets no reply at all,
    // synchronously, so that another listener may answer.
    const ours = sender === contentScript;
    const answer = background.handleMessage(message(), sender);
    if (ours) expect(await answer).toEqual(DROPPED);
    else expect(answer).toBeUndefined();
    await background.write(async () => {}); // the writer idle: the count is there to see
    expect(await db.orders.count()).toBe(0);
    expect(await db.knownAddresses.count()).toBe(0);
    // A page read refused by the schema is said to the owner ("could not be stored"); nothing else is kept.
    expect((await db.pageReads.toArray()).every((r) => !r.recognized && r.problem === 'read refused')).toBe(true);
    expect(background.log).toHaveBeenCalledTimes(1);
    expect((await db.settings.get('droppedMessages'))?.value).toBe(1);
  });
});

describe('answers from the mark on an order card', () => {
  it('are taken for a finding of the tab’s marketplace, and dropped for another marketplace', async () => {
    await handle({ type: 'options:add-known-address', marketplace: 'co.jp', address: home }, popup);
    await handle(pageMessage(attackRead()), contentScript);
    const id = 'unknown-address|co.jp|250-4417283-9920416';
    const comTab = { id: self.id, url: 'https://www.amazon.com/your-orders/orders', frameId: 0, tab: { url: 'https://www.amazon.com/your-orders/orders' } };
    expect(await handle({ type: 'page:answer-finding', id, answer: 'mine' }, comTab)).toEqual(DROPPED);
    expect((await db.findings.get(id))?.status).toBe('open');
    expect(await handle({ type: 'page:answer-finding', id, answer: 'not-me' }, contentScript)).toEqual({ answered: true });
    expect((await db.findings.get(id))?.status).toBe('not-me');
  });
});

describe('an order read without its address', () => {
  // The attack page as a page cut short inside the game's card would give it: the ship-to templates are missing.
  const withoutTemplates = () => readOrderList(parseHtml(coJpAttack.replace(/<script id="shipToData[\s\S]*?<\/script>/g, '')), CO_JP) as OrderListRead;

  it('is never judged clean: the popup says it could not be read, and a complete read later judges it', async () => {
    await handle({ type: 'options:add-known-address', marketplace: 'co.jp', address: home }, popup);
    const cut = withoutTemplates();
    expect(cut.orders.find((o) => o.id === '250-4417283-9920416')?.shipTo?.lines).toEqual([]);
    await handle(pageMessage(cut), contentScript);
    let overview = (await handle({ type: 'popup:get-overview' }, popup)) as Overview;
    expect(overview.incompleteOrders).toEqual({ 'co.jp': 2 }); // the game and the notebooks, both physical
    expect(overview.findings).toEqual([]);

    await handle(pageMessage(attackRead()), contentScript);
    overview = (await handle({ type: 'popup:get-overview' }, popup)) as Overview;
    expect(overview.incompleteOrders).toEqual({});
    expect(overview.findings.map((v) => v.finding.orderId)).toEqual(['250-4417283-9920416']);

    // Read cut again later: the address read before is kept, not replaced by the name alone.
    await handle(pageMessage(withoutTemplates()), contentScript);
    expect((await db.orders.get(['co.jp', '250-4417283-9920416']))?.shipTo?.lines.length).toBeGreaterThan(0);
    expect(((await handle({ type: 'popup:get-overview' }, popup)) as Overview).findings).toHaveLength(1);
  });
});
