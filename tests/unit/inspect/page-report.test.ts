import { beforeEach, describe, expect, it } from 'vitest';
import { readOrderList } from '../../../utils/amazon/read-order-list';
import type { OrderListRead } from '../../../utils/amazon/types';
import { pageReport } from '../../../utils/inspect/page-report';
import { reportFileName, reportJson } from '../../../utils/inspect/report-file';
import { isOwnExtension } from '../../../utils/messaging/sender';
import { isReadForReport, READ_FOR_REPORT } from '../../../utils/protocol/read-for-report';
import coJpAttack from '../../fixtures/amazon/co.jp/order-list-current-attack.html?raw';
import { POPUP, SELF, testBackground } from '../../helpers/background';
import { parseHtml } from '../../helpers/parse-html';
import { testDatabase } from '../../helpers/test-db';

const CO_JP = 'https://www.amazon.co.jp/your-orders/orders?timeFilter=months-3';
const attackRead = () => readOrderList(parseHtml(coJpAttack), CO_JP) as OrderListRead;
/** What the fixture's page names that identifies someone. */
const PERSONAL = ['佐藤', '住之江', '559-0034', 'ネオンレーサー', '250-4417283-9920416', 'B0NEONRCR1'];

describe('pageReport: the background’s check and redaction of a tab’s answer', () => {
  it('validates and redacts a read: the kind, the orders and the problems stay, nothing personal', () => {
    const report = pageReport(CO_JP, { url: CO_JP, read: attackRead() });
    expect(report).toMatchObject({ readable: true, host: 'www.amazon.co.jp', page: { url: CO_JP, kind: 'order-list', marketplace: 'co.jp', recognized: true, layout: 'current', orderCount: 3, problems: [] } });
    if (!report.readable || !('orders' in report.page)) throw new Error('no orders');
    expect(report.page.orders).toHaveLength(3);
    const json = JSON.stringify(report);
    for (const secret of PERSONAL) expect(json).not.toContain(secret);
  });

  it('a page the readers could not read is reported with its reason as its problem', () => {
    const read = { recognized: false, kind: 'order-list', marketplace: 'co.jp', reason: 'robot check' };
    expect(pageReport(CO_JP, { url: CO_JP, read })).toEqual({ readable: true, host: 'www.amazon.co.jp', page: { url: CO_JP, ...read, problems: ['robot check'] } });
  });

  it.each([
    ['a tab whose URL the browser does not show us (not one of our sites)', null, { url: CO_JP, read: attackRead() }, 'not a supported marketplace'],
    ['a tab on a look-alike host', 'https://www.amazon.co.jp.evil.example/your-orders/orders', { url: CO_JP, read: attackRead() }, 'not a supported marketplace'],
    ['no content script answering', CO_JP, undefined, 'no answer from the page'],
    ['an answer from a tab that moved to another marketplace', CO_JP, { url: 'https://www.amazon.com/your-orders/orders', read: { ...attackRead(), marketplace: 'com' } }, 'no answer from the page'],
    ['an Amazon page the readers do not read', 'https://www.amazon.co.jp/', { url: 'https://www.amazon.co.jp/', read: { recognized: false, kind: 'unknown', marketplace: 'co.jp', reason: 'not an Amazon page we read' } }, 'not a page we read'],
  ])('%s: not readable (the popup says this tab is not an Amazon page Order Sentinel reads)', (_name, tabUrl, reply, why) => {
    expect(pageReport(tabUrl, reply)).toEqual({ readable: false, why });
  });

  it('a read its schema refuses is reported as refused, naming the field and the check, never the value', () => {
    const read = attackRead();
    const broken = { ...read, orders: [{ ...read.orders[0], id: '佐藤 健一' }, ...read.orders.slice(1)], extra: 'ネオンレーサー' };
    const report = pageReport(CO_JP, { url: CO_JP, read: broken });
    expect(report).toMatchObject({ readable: true, page: { url: CO_JP, kind: 'order-list', marketplace: 'co.jp', refused: true } });
    if (!report.readable) throw new Error('not readable');
    const problems = report.page.problems ?? [];
    expect(problems).toContain('read.orders.0.id: regex');
    expect(problems.some((p) => p.startsWith('read.extra'))).toBe(true);
    for (const secret of PERSONAL) expect(JSON.stringify(report)).not.toContain(secret);
  });
});

describe('popup → background: popup:report-page', () => {
  let background: ReturnType<typeof testBackground>;
  beforeEach(() => {
    background = testBackground(testDatabase(), () => Date.UTC(2026, 10, 30, 12));
  });

  it('asks the named tab and answers with the redacted report', async () => {
    background.services.readTab.mockResolvedValue({ url: CO_JP, reply: { url: CO_JP, read: attackRead() } });
    const reply = await background.handle({ type: 'popup:report-page', tabId: 42 }, POPUP);
    expect(background.services.readTab).toHaveBeenCalledWith(42);
    expect(reply).toMatchObject({ readable: true, host: 'www.amazon.co.jp', page: { kind: 'order-list' } });
    for (const secret of PERSONAL) expect(JSON.stringify(reply)).not.toContain(secret);
  });

  it.each([
    ['from a content script', { type: 'popup:report-page', tabId: 42 }, { id: SELF.id, url: CO_JP, frameId: 0, tab: { url: CO_JP } }],
    ['from another extension', { type: 'popup:report-page', tabId: 42 }, { id: 'otherextensionidotherextensionid', url: 'chrome-extension://otherextensionidotherextensionid/popup.html' }],
    ['without a tab id', { type: 'popup:report-page' }, POPUP],
    ['with a tab id that is no tab id', { type: 'popup:report-page', tabId: -1 }, POPUP],
    ['with a field more', { type: 'popup:report-page', tabId: 42, url: CO_JP }, POPUP],
  ])('is dropped %s, and no tab is asked', async (_name, message, sender) => {
    const reply = await background.handle(message, sender);
    expect(reply === undefined || (reply as { dropped?: boolean }).dropped === true).toBe(true);
    expect(background.services.readTab).not.toHaveBeenCalled();
  });
});

describe('background → content script: background:read-for-report', () => {
  it('is exactly its type, nothing more', () => {
    expect(isReadForReport(READ_FOR_REPORT)).toBe(true);
    expect(isReadForReport({ type: 'background:read-for-report' })).toBe(true);
    for (const other of [null, undefined, 'background:read-for-report', [], {}, { type: 'popup:report-page' }, { type: 'background:read-for-report', tabId: 1 }]) {
      expect(isReadForReport(other)).toBe(false);
    }
  });

  it('is answered from our own extension only, never from a tab', () => {
    expect(isOwnExtension({ id: SELF.id, url: `${SELF.baseUrl}background.js` }, SELF)).toBe(true);
    expect(isOwnExtension({ id: SELF.id }, SELF)).toBe(true);
    expect(isOwnExtension({ id: 'otherextensionidotherextensionid', url: 'chrome-extension://otherextensionidotherextensionid/background.js' }, SELF)).toBe(false);
    expect(isOwnExtension({ id: SELF.id, url: CO_JP, frameId: 0, tab: { url: CO_JP } }, SELF)).toBe(false);
    expect(isOwnExtension({ id: SELF.id, url: `${SELF.baseUrl}popup.html`, tab: { url: `${SELF.baseUrl}popup.html` } }, SELF)).toBe(false);
    expect(isOwnExtension({ url: `${SELF.baseUrl}background.js` }, SELF)).toBe(false);
    expect(isOwnExtension({ id: SELF.id, url: 'https://evil.example/' }, SELF)).toBe(false);
  });
});

describe('the saved file', () => {
  it('is named for the host and the local time, and holds the inspect format’s pages', () => {
    expect(reportFileName('www.amazon.co.jp', new Date(2026, 10, 30, 9, 5))).toBe('order-sentinel-report-www.amazon.co.jp-20261130-0905.json');
    const page = { url: null, recognized: false as const, kind: 'unknown' as const, marketplace: 'com' as const, reason: 'robot check' as const, problems: ['robot check'] };
    expect(JSON.parse(reportJson(page, '0.1.0'))).toMatchObject({ report: 'Order Sentinel page report', version: '0.1.0', pages: [page] });
  });
});
