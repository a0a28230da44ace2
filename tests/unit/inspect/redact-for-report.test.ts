import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, type AnyPageResult, type UnknownPage } from '../../../utils/amazon/read-page';
import type { ShipTo } from '../../../utils/amazon/types';
import { redact, redactForReport, type InspectedPage, type ReportedPage } from '../../../utils/inspect/inspect-pages';
import { parseHtml } from '../../helpers/parse-html';

const FIXTURES = resolve(__dirname, '../../fixtures/amazon');

/** A fixture read at its oracle's URL (or the given one), as the content script reads it. */
function readFixture(relative: string, url?: string): AnyPageResult | UnknownPage {
  const html = readFileSync(resolve(FIXTURES, relative), 'utf8');
  const pageUrl = url ?? (JSON.parse(readFileSync(resolve(FIXTURES, relative.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string }).url;
  return readPage(parseHtml(html), pageUrl);
}

/** Everything in a read that identifies its owner: what the report must not hold, anywhere. */
function personal(read: AnyPageResult | UnknownPage): string[] {
  const out: string[] = [];
  const address = (a: ShipTo | null) => a && out.push(...[a.name, ...a.lines, a.postalCode].filter((s): s is string => !!s));
  if (!read.recognized) return out;
  switch (read.kind) {
    case 'order-list':
    case 'order-detail':
      for (const order of read.orders) {
        out.push(order.id);
        address(order.shipTo);
        for (const item of order.items) out.push(item.title, ...(item.asin ? [item.asin] : []));
        if ('payments' in order) for (const p of order.payments) if (p.lastDigits) out.push(p.lastDigits);
      }
      break;
    case 'address-book':
      for (const saved of read.addresses) address(saved.address);
      break;
    case 'devices':
      for (const device of read.devices) if (device.name !== device.type) out.push(device.name);
      break;
    case 'login-security': {
      const { name, email, mobile, mobileLastDigits, twoStep } = read.snapshot;
      out.push(...[name, email, mobile, mobileLastDigits].filter((s): s is string => !!s));
      for (const m of twoStep.methods) if (m.phoneLastDigits) out.push(m.phoneLastDigits);
      break;
    }
  }
  return out;
}

const report = (read: AnyPageResult | UnknownPage, url: string | null) => redactForReport({ url, ...read } as ReportedPage);

const FIXTURE_PAGES = [
  'co.jp/order-detail-current-points.html',
  'co.jp/order-list-mixed.html',
  'co.jp/address-book-after-attack.html',
  'co.jp/devices-after-attack.html',
  'co.jp/login-security-after-attack.html',
  'com/order-detail-2026.html',
  'com/order-list-old.html',
  'com/address-book.html',
  'com/login-security.html',
  'co.uk/order-list-current.html',
  'de/order-detail-old.html',
  'ca/order-list-current-fr.html',
  'ca/order-detail-current-fr.html',
];

describe('redactForReport over the project’s own fixtures', () => {
  it.each(FIXTURE_PAGES)('%s: nothing personal anywhere in the JSON; kind, counts, dates, amounts, regions kept', (relative) => {
    const read = readFixture(relative);
    expect(read.recognized).toBe(true);
    const secrets = personal(read);
    expect(secrets.length).toBeGreaterThan(0);
    const redacted = report(read, 'https://example.invalid/');
    const json = JSON.stringify(redacted);
    for (const secret of secrets) expect(json, `${relative} holds ${JSON.stringify(secret)}`).not.toContain(secret);

    // What a layout bug needs.
    expect(redacted).toMatchObject({ kind: read.kind, marketplace: read.marketplace, recognized: true });
    if ('layout' in read) expect(redacted).toHaveProperty('layout', read.layout);
    if (read.recognized) expect(redacted.problems).toHaveLength(read.problems.length);
    // Compared field by field, whatever the kind (the types of a read and its report are the same).
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const [r, k] = [read as any, redacted as any];
    for (const [i, order] of (r.orders ?? []).entries()) {
      const kept = k.orders[i];
      expect(kept).toMatchObject({ placedOn: order.placedOn, total: order.total, digital: order.digital });
      expect(kept.items.map((item: { quantity: number }) => item.quantity)).toEqual(order.items.map((item: { quantity: number }) => item.quantity));
      expect(kept.items.map((item: { title: string }) => item.title)).toEqual(order.items.map((item: { title: string }) => `[title, ${[...item.title].length} characters]`));
      expect(kept.id).toMatch(/^D?#{2,3}-#{7}-#*\d+$/);
      expect(kept.id).toHaveLength(order.id.length);
      if (order.shipTo) {
        expect(kept.shipTo).toMatchObject({ region: order.shipTo.region, country: order.shipTo.country, name: order.shipTo.name && '[redacted]' });
        expect(kept.shipTo.lines).toHaveLength(order.shipTo.lines.length);
      } else expect(kept.shipTo).toBeNull();
      const payments = (list: { kind: string; brand: string | null; amount: unknown; lastDigits: string | null }[] = []) => list.map((p) => [p.kind, p.brand, p.amount, p.lastDigits?.length]);
      const charges = (list: { kind: string; amount: unknown }[] = []) => list.map((c) => [c.kind, c.amount]);
      expect(payments(kept.payments)).toEqual(payments(order.payments));
      expect(charges(kept.charges)).toEqual(charges(order.charges));
    }
    const addresses = (list: { isDefault: boolean; address: ShipTo }[] = []) => list.map((a) => [a.isDefault, a.address.region, a.address.country, a.address.lines.length]);
    expect(addresses(k.addresses)).toEqual(addresses(r.addresses));
    const devices = (list: { type: string | null; registeredOn: string | null }[] = []) => list.map((d) => [d.type, d.registeredOn]);
    expect(devices(k.devices)).toEqual(devices(r.devices));
    if (r.snapshot) {
      expect(k.snapshot.twoStep.enabled).toBe(r.snapshot.twoStep.enabled);
      expect(k.snapshot.twoStep.methods.map((m: { kind: string; addedOn: string | null }) => [m.kind, m.addedOn])).toEqual(r.snapshot.twoStep.methods.map((m: { kind: string; addedOn: string | null }) => [m.kind, m.addedOn]));
      expect(k.snapshot.passkeys).toBe(r.snapshot.passkeys);
    }
  });

  it('numbers order ids by appearance, the same order the same everywhere: its card, its detail link, a problem naming it', () => {
    const read = readFixture('co.jp/order-list-current-attack.html', 'https://www.amazon.co.jp/your-orders/orders?timeFilter=months-3');
    if (read.kind !== 'order-list' || !read.recognized) throw new Error('not read');
    const withProblem = { ...read, problems: [`order ${read.orders[2].id}: item title cut to 1000 characters`] };
    const redacted = report(withProblem, 'https://www.amazon.co.jp/your-orders/orders?timeFilter=months-3');
    if (!('orders' in redacted)) throw new Error('no orders');
    expect(redacted.orders.map((o) => o.id)).toEqual(['###-#######-######1', 'D##-#######-######2', '###-#######-######3']);
    expect(redacted.orders[0].detailUrl).toBe('https://www.amazon.co.jp/gp/css/order-details?orderID=###-#######-######1&ref=redacted');
    expect(redacted.problems).toEqual(['order ###-#######-######3: item title cut to 1000 characters']);
    expect(redacted.url).toBe('https://www.amazon.co.jp/your-orders/orders?timeFilter=months-3');
  });

  it('keeps a URL’s host, path and paging, and replaces every other query value and the fragment', () => {
    const unknown: UnknownPage = { recognized: false, kind: 'unknown', marketplace: 'com', reason: 'robot check' };
    expect(report(unknown, 'https://www.amazon.com/your-orders/search?search=pregnancy+test&page=2#taro').url).toBe('https://www.amazon.com/your-orders/search?search=redacted&page=2');
    expect(report(unknown, 'https://www.amazon.de/ap/signin?openid.return_to=https%3A%2F%2Fwww.amazon.de%2Fyour-orders&openid.mode=checkid_setup').url).toBe(
      'https://www.amazon.de/ap/signin?openid.return_to=redacted&openid.mode=redacted',
    );
    expect(report(unknown, 'not a url').url).toBe('[redacted]');
    expect(report(unknown, null)).toEqual({ url: null, ...unknown });
  });

  it('cleans a kept text of the names, lines and e-mail addresses the page holds elsewhere', () => {
    const read = readFixture('co.jp/order-list-current-attack.html', 'https://www.amazon.co.jp/your-orders/orders?timeFilter=months-3');
    if (read.kind !== 'order-list' || !read.recognized) throw new Error('not read');
    const name = read.orders[0].shipTo!.name!; // 佐藤 健一 — family name alone too
    const family = name.split(' ')[0];
    const statuses = [`${name}様へ配達しました`, `${family}様が受け取りました`, 'Delivered to sato.kenichi@example.jp', `Left at ${read.orders[0].shipTo!.lines[0]}`];
    const orders = read.orders.map((o, i) => ({ ...o, status: statuses[i] ?? o.status }));
    const redacted = report({ ...read, orders: [...orders, { ...orders[0], id: '250-1111111-2222222', status: statuses[3] }] }, null);
    if (!('orders' in redacted)) throw new Error('no orders');
    expect(redacted.orders.map((o) => o.status)).toEqual(['[redacted]様へ配達しました', '[redacted]様が受け取りました', 'Delivered to [redacted]', 'Left at [redacted]']);
  });

  it('fails closed: a string in a field it does not know is replaced, numbers and flags stay', () => {
    const read = readFixture('co.jp/devices-after-attack.html');
    const withNewField = { ...read, devices: 'devices' in read ? read.devices.map((d) => ({ ...d, serialNumber: 'G0W0XXXX1234', wifi: true, battery: 80 })) : [] };
    const redacted = report(withNewField as AnyPageResult, null) as unknown as { devices: { serialNumber: string; wifi: boolean; battery: number }[] };
    expect(redacted.devices[0]).toMatchObject({ serialNumber: '[redacted]', wifi: true, battery: 80 });
  });

  it('a transactions page (read by npm run inspect): order numbers and card digits replaced, dates, amounts and types kept', () => {
    const read: AnyPageResult = {
      recognized: true,
      kind: 'transactions',
      marketplace: 'com',
      transactions: [
        { date: '2026-11-27', amount: { amount: -63.36, currency: 'USD' }, type: 'charge', orderId: '113-5520917-6634208', instrument: 'Prime Visa ****8786' },
        { date: '2026-11-28', amount: { amount: 12, currency: 'USD' }, type: 'refund', orderId: null, instrument: null },
      ],
      nextPage: 'ppw-widget-event:DefaultLoadMoreEvent:{"nextPageKey":"abc"}',
      problems: [],
    };
    const redacted = report(read, null);
    expect(redacted).toMatchObject({
      transactions: [
        { date: '2026-11-27', amount: { amount: -63.36, currency: 'USD' }, type: 'charge', orderId: '###-#######-######1', instrument: 'Prime Visa ****####' },
        { date: '2026-11-28', amount: { amount: 12, currency: 'USD' }, type: 'refund', orderId: null, instrument: null },
      ],
      nextPage: '[redacted]',
    });
  });

  it('a page that was not read keeps its kind, marketplace and reason', () => {
    const read = readFixture('de/sign-in.html');
    expect(read.recognized).toBe(false);
    expect(report(read, null)).toEqual({ url: null, ...read });
  });
});

describe('redact (npm run inspect -- --redact)', () => {
  const inspected = (relative: string) => ({ file: relative, url: null, ...readFixture(relative) }) as InspectedPage;

  it('keeps order ids and item titles, as the README says', () => {
    const page = redact(inspected('co.jp/order-detail-current-points.html'));
    const read = readFixture('co.jp/order-detail-current-points.html');
    if (!('orders' in page) || !('orders' in read)) throw new Error('no orders');
    expect(page.orders[0].id).toBe(read.orders[0].id);
    expect(page.orders[0].items).toEqual(read.orders[0].items);
    expect(page.orders[0].shipTo).toMatchObject({ name: '[redacted]', postalCode: '[redacted]' });
  });

  it('replaces the names, lines and postal codes of account pages too (the address book, the account holder, devices)', () => {
    for (const relative of ['co.jp/address-book-after-attack.html', 'co.jp/login-security-after-attack.html', 'co.jp/devices-after-attack.html']) {
      const read = readFixture(relative);
      const json = JSON.stringify(redact(inspected(relative)));
      const names = personal(read).filter((s) => !/@|\*|^\d+$/.test(s)); // e-mail, the masked mobile and digits stay in --redact
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(json, relative).not.toContain(name);
    }
  });
});
