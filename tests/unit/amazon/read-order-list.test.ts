import { describe, expect, it } from 'vitest';
import { readOrderList } from '../../../utils/amazon/read-order-list';
import coJpAttack from '../../fixtures/amazon/co.jp/order-list-current-attack.html?raw';
import coJpBenign from '../../fixtures/amazon/co.jp/order-list-current-benign.html?raw';
import comAttack from '../../fixtures/amazon/com/order-list-current-attack.html?raw';
import hostileTitle from '../../fixtures/amazon/co.jp/order-list-hostile-title.html?raw';
import signIn from '../../fixtures/amazon/co.jp/sign-in.html?raw';
import robotCheck from '../../fixtures/amazon/com/robot-check.html?raw';
import { parseHtml } from '../../helpers/parse-html';

const CO_JP = 'https://www.amazon.co.jp/your-orders/orders?timeFilter=months-3';
const COM = 'https://www.amazon.com/your-orders/orders?timeFilter=months-3';

describe('readOrderList, current layout, amazon.co.jp', () => {
  it('reads every field of the attack page, Japanese dates and ￥ amounts included', () => {
    const read = readOrderList(parseHtml(coJpAttack), CO_JP);
    expect(read).toMatchObject({ recognized: true, marketplace: 'co.jp', layout: 'current', orderCount: 3, problems: [] });
    if (!read.recognized) throw new Error('not recognised');
    expect(read.nextPage).toBe('https://www.amazon.co.jp/your-orders/orders?timeFilter=months-3&startIndex=10');
    expect(read.orders).toEqual([
      {
        id: '250-4417283-9920416',
        placedOn: '2026-11-27',
        total: { amount: 9878, currency: 'JPY' },
        digital: false,
        shipTo: {
          name: '佐藤 健一',
          lines: ['大阪市住之江区南港北1-7-89', '関西ロジ倉庫 B棟 受付'],
          postalCode: '559-0034',
          region: '大阪府',
          country: '日本',
        },
        items: [{ title: 'ネオンレーサー DX -Switch', asin: 'B0NEONRCR1', quantity: 1 }],
        status: '発送済み',
        detailUrl: 'https://www.amazon.co.jp/gp/css/order-details?orderID=250-4417283-9920416&ref=ppx_yo2ov_dt_b_fed_order_details',
      },
      {
        id: 'D01-7723410-5520193',
        placedOn: '2026-11-27',
        total: { amount: 6336, currency: 'JPY' },
        digital: true,
        shipTo: null,
        items: [
          { title: '星降る港の事件簿 第1巻', asin: 'B0STARPRT1', quantity: 1 },
          { title: '星降る港の事件簿 第2巻', asin: 'B0STARPRT2', quantity: 1 },
          { title: '星降る港の事件簿 第3巻', asin: 'B0STARPRT3', quantity: 1 },
        ],
        status: 'デジタル注文',
        detailUrl: 'https://www.amazon.co.jp/gp/css/order-details?orderID=D01-7723410-5520193&ref=ppx_yo2ov_dt_b_fed_order_details',
      },
      expect.objectContaining({
        id: '249-3381920-1147782',
        placedOn: '2026-10-03',
        total: { amount: 2480, currency: 'JPY' },
        items: [{ title: '方眼ノート A5 5冊パック', asin: 'B0NOTEA5X5', quantity: 2 }],
      }),
    ]);
  });

  it('reads full-width digits and dashes in an address as printed, and no next page when there is none', () => {
    const read = readOrderList(parseHtml(coJpBenign), CO_JP);
    if (!read.recognized) throw new Error('not recognised');
    expect(read.nextPage).toBeNull();
    expect(read.orders[1].shipTo).toEqual({
      name: '佐藤 健一',
      lines: ['世田谷区太子堂2-14-8', 'コーポ太子堂203'],
      postalCode: '154-0004',
      region: '東京都',
      country: '日本',
    });
  });

  it('keeps a hostile item title as plain text', () => {
    const read = readOrderList(parseHtml(hostileTitle), CO_JP);
    if (!read.recognized) throw new Error('not recognised');
    expect(read.orders[0].items[0].title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('readOrderList, current layout, amazon.com', () => {
  it('reads US dates, dollars, ZIP and state', () => {
    const read = readOrderList(parseHtml(comAttack), COM);
    if (!read.recognized) throw new Error('not recognised');
    expect(read.orders.map((o) => [o.id, o.placedOn, o.total])).toEqual([
      ['113-5520917-6634208', '2026-11-28', { amount: 489, currency: 'USD' }],
      ['113-2210476-8854120', '2026-10-19', { amount: 23.47, currency: 'USD' }],
    ]);
    expect(read.orders[0].shipTo).toEqual({
      name: 'Jordan Ellis',
      lines: ['8800 NW 25th St Ste 120 #JX4471', 'Doral'],
      postalCode: '33172',
      region: 'FL',
      country: 'United States',
    });
  });
});

describe('readOrderList on pages that are not an order list', () => {
  it.each([
    ['a sign-in page', signIn, 'https://www.amazon.co.jp/ap/signin?openid.return_to=x', 'sign-in page'],
    ['a robot check', robotCheck, COM, 'robot check'],
    ['an unknown layout', '<html><body><div id="a-page"><p>Something else entirely</p></div></body></html>', CO_JP, 'layout not recognised'],
    ['cards without any order id', '<section class="your-orders-content-container"><div class="order-card js-order-card">x</div></section>', CO_JP, 'layout not recognised'],
    ['a page on another host', coJpAttack, 'https://www.amazon.co.jp.evil.example/your-orders/orders', 'unsupported marketplace'],
  ])('says why for %s', (_name, html, url, reason) => {
    expect(readOrderList(parseHtml(html), url)).toMatchObject({ recognized: false, reason });
  });

  it('tells an empty year (shell, no cards) apart from a broken layout', () => {
    const read = readOrderList(parseHtml('<section class="your-orders-content-container"><span class="num-orders">0件</span></section>'), CO_JP);
    expect(read).toMatchObject({ recognized: true, orders: [], orderCount: 0 });
  });
});
