import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../utils/amazon/limits';
import { readOrderDetail } from '../../../utils/amazon/read-order-detail';
import { readOrderList } from '../../../utils/amazon/read-order-list';
import { readPage } from '../../../utils/amazon/read-page';
import {
  AddressBookResultSchema,
  DevicesResultSchema,
  LoginSecurityResultSchema,
  OrderDetailResultSchema,
  OrderListResultSchema,
} from '../../../utils/protocol/read-schemas';
import { parseHtml } from '../../helpers/parse-html';

/*
 * Pages far larger than any real one, made from the project's own fixtures: whatever a page holds, a reader hands on
 * only what the background's schema (utils/protocol/read-schemas.ts) accepts, and its problems say what it cut.
 */
const FIXTURES = resolve(__dirname, '../../fixtures/amazon');
const page = (path: string) => parseHtml(readFileSync(join(FIXTURES, path), 'utf8'));

/** Puts `count` copies of `element` right after it, in order; `change` may alter each copy. */
function repeat(element: Element, count: number, change?: (copy: Element, index: number) => void) {
  for (let i = count - 1; i >= 0; i--) {
    const copy = element.cloneNode(true) as Element;
    change?.(copy, i);
    element.after(copy);
  }
}

function passes(schema: v.GenericSchema, result: unknown) {
  const issues = v.safeParse(schema, result).issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`);
  expect(issues).toBeUndefined();
}

function recognized<T extends { recognized: boolean; kind: string }, K extends string>(result: T, kind: K) {
  if (!result.recognized || result.kind !== kind) throw new Error(`not a recognised ${kind}: ${JSON.stringify(result).slice(0, 200)}`);
  return result as Extract<T, { recognized: true; kind: K }>;
}

const LONG = (char: string) => char.repeat(5000);
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

// Pages of extreme size: seconds of parsing on a loaded CI machine (not a timing goal: that is in npm run bench).
describe('readers never hand on more than LIMITS', { timeout: 60_000 }, () => {
  it('an order list of 151 cards, one with 250 items of 5,000-character titles, 30 address lines and a 3,000-character link', () => {
    const doc = page('com/order-list-current-attack.html');
    const [heavy, plain] = Array.from(doc.querySelectorAll('.js-order-card'));
    const item = heavy.querySelector('.item-box')!.closest('li')!;
    item.querySelector('.yohtmlc-product-title a')!.textContent = LONG('T');
    repeat(item, 249);
    heavy.querySelector('a[href*="order-details"]')!.setAttribute('href', `/gp/css/order-details?orderID=113-5520917-6634208&ref=${'x'.repeat(3000)}`);
    heavy.querySelector('.delivery-box__primary-text')!.textContent = LONG('S');
    const lines = Array.from({ length: 30 }, (_, i) => `${i + 1} Long Road`).join('<br>');
    heavy.querySelector('script[type="text/template"]')!.textContent =
      `<div class="a-popover-preload"><span class="a-color-base"><div class="a-row"><h5>${LONG('N')}</h5></div>` +
      `<div class="a-row">${lines}</div><div class="a-row">United States</div></span></div>`;
    repeat(plain.closest('li')!, 149);
    doc.querySelector('.js-yo-main-content')!.insertAdjacentHTML(
      'beforeend',
      `<ul class="a-pagination"><li class="a-last"><a href="/your-orders/orders?startIndex=10&amp;x=${'y'.repeat(3000)}">Next</a></li></ul>`,
    );

    const result = readPage(doc, 'https://www.amazon.com/your-orders/orders?timeFilter=months-3');
    passes(OrderListResultSchema, result);
    const read = recognized(result, 'order-list');
    expect(read.orders).toHaveLength(LIMITS.ordersPerPage);
    const [order] = read.orders;
    expect(order.items).toHaveLength(LIMITS.itemsPerOrder);
    expect(order.items.every((i) => i.title === 'T'.repeat(LIMITS.itemTitle))).toBe(true);
    expect(order.detailUrl).toBeNull();
    expect(order.status).toHaveLength(LIMITS.status);
    expect(order.shipTo?.name).toHaveLength(LIMITS.name);
    expect(order.shipTo?.lines).toEqual(Array.from({ length: LIMITS.addressLines }, (_, i) => `${i + 1} Long Road`));
    expect(read.nextPage).toBeNull();
    const id = '113-5520917-6634208';
    expect(read.problems).toEqual([
      'orders cut to 100',
      `order ${id}: recipient name cut to 200 characters`,
      `order ${id}: address lines cut to 8`,
      `order ${id}: items cut to 200`,
      `order ${id}: item title cut to 1000 characters`,
      `order ${id}: status cut to 500 characters`,
      `order ${id}: detail link over 2000 characters dropped`,
      'next-page link over 2000 characters dropped',
    ]);
  });

  it('an order detail with 500 items, 40 payments, 65 charges and a page address of 3,000 characters', () => {
    const doc = page('co.uk/order-detail-current.html');
    // This block holds both of the order's items: 250 of them make 500 items.
    const items = doc.querySelector('[data-component="purchasedItems"]')!;
    items.querySelector('[data-component="itemTitle"] a')!.textContent = LONG('T');
    repeat(items, 249);
    const payment = doc.querySelector('.pmts-payments-instrument-detail-box-paystationpaymentmethod')!;
    payment.innerHTML = `<span class="a-list-item"><img alt="${LONG('B')}" src="data:,">ending in 3096</span>`;
    repeat(payment, 39, (copy, i) => (copy.querySelector('img')!.nextSibling!.textContent = `ending in ${10 + i}`));
    const charge = doc.querySelector('.od-line-item-row')!;
    charge.querySelector('.od-line-item-row-label span span')!.textContent = `${LONG('L')}:`;
    repeat(charge, 59);

    const url = `https://www.amazon.co.uk/gp/your-account/order-details?orderID=202-6671530-4408129&ref=${'z'.repeat(3000)}`;
    const result = readPage(doc, url);
    passes(OrderDetailResultSchema, result);
    const read = recognized(result, 'order-detail');
    const [order] = read.orders;
    expect(order.items).toHaveLength(LIMITS.itemsPerOrder);
    expect(order.items[0].title).toHaveLength(LIMITS.itemTitle);
    expect(order.payments).toHaveLength(LIMITS.payments);
    expect(order.payments[0]).toEqual({ kind: 'card', brand: 'B'.repeat(LIMITS.paymentBrand), lastDigits: '3096', amount: null });
    expect(order.charges).toHaveLength(LIMITS.charges);
    expect(order.charges[0].label).toHaveLength(LIMITS.chargeLabel);
    expect(order.total).toEqual({ amount: 45.98, currency: 'GBP' });
    expect(order.detailUrl).toBeNull();
    expect(read.problems).toEqual([
      'items cut to 200',
      'item title cut to 1000 characters',
      'detail link over 2000 characters dropped',
      'payments cut to 20',
      'payment brand cut to 100 characters',
      'charges cut to 50',
      'charge label cut to 200 characters',
    ]);
  });

  it('an address book of 252 tiles, the first with 30 address lines', () => {
    const doc = page('com/address-book.html');
    const first = doc.querySelector('#ya-myab-display-address-block-0')!;
    first.querySelector('[id^="address-ui-widgets-FullName"]')!.textContent = LONG('N');
    const lineOne = first.querySelector('[id^="address-ui-widgets-AddressLineOne"]')!.closest('li')!;
    lineOne.querySelector('span[id]')!.textContent = LONG('A');
    repeat(lineOne, 29, (copy, i) => (copy.querySelector('span[id]')!.textContent = `Line ${i + 2}`));
    repeat(doc.querySelector('#ya-myab-display-address-block-1')!.closest('.address-column')!, 250);

    const result = readPage(doc, 'https://www.amazon.com/a/addresses');
    passes(AddressBookResultSchema, result);
    const read = recognized(result, 'address-book');
    expect(read.addresses).toHaveLength(LIMITS.addressBookEntries);
    const [{ address }] = read.addresses;
    expect(address.name).toHaveLength(LIMITS.name);
    expect(address.lines).toHaveLength(LIMITS.addressLines);
    expect(address.lines[0]).toHaveLength(LIMITS.addressLine);
    expect(read.problems).toEqual([
      'addresses cut to 200',
      'address 1: recipient name cut to 200 characters',
      'address 1: address lines cut to 8',
      'address 1: address line cut to 300 characters',
    ]);
  });

  it('a devices page of 253 devices named with 5,000 characters, its problems bounded too', () => {
    const doc = page('com/devices.html');
    const tile = doc.querySelector('.device-tile')!;
    tile.querySelector('.device-name')!.textContent = LONG('D');
    const [name, type] = Array.from(tile.querySelectorAll('.device-details .a-row span:last-child'));
    name.textContent = LONG('D');
    type.textContent = LONG('K');
    repeat(tile, 250);

    const result = readPage(doc, 'https://www.amazon.com/hz/mycd/digital-console/alldevices');
    passes(DevicesResultSchema, result);
    const read = recognized(result, 'devices');
    expect(read.devices).toHaveLength(LIMITS.devices);
    expect(read.devices[0]).toMatchObject({ name: 'D'.repeat(LIMITS.deviceName), type: 'K'.repeat(LIMITS.deviceName) });
    // Two cuts on each of 200 devices: the first 99 problems, then how many more there were.
    expect(read.problems).toHaveLength(LIMITS.problems);
    expect(read.problems.slice(0, 3)).toEqual(['devices cut to 200', 'device 1: name cut to 200 characters', 'device 1: type cut to 200 characters']);
    expect(read.problems.at(-1)).toBe('302 more problems not listed');
  });

  it('Login & security with a 60-character mobile number, a 5,000-character name and e-mail, and 5000 passkeys', () => {
    const doc = page('com/login-security.html');
    const value = (label: string) =>
      Array.from(doc.querySelectorAll('.a-text-bold'))
        .find((l) => l.textContent === label)!
        .closest('.a-column')!
        .querySelectorAll('.a-row span')[1];
    const mobile = `+1 ${'*'.repeat(48)}-555-0142`;
    expect(mobile).toHaveLength(60);
    value('Primary mobile number').textContent = mobile;
    value('Name').textContent = LONG('N');
    value('Email').textContent = `${LONG('e')}@example.com`;
    value('Passkey').textContent = '5000 passkeys';

    const result = readPage(doc, 'https://www.amazon.com/ax/account/manage');
    passes(LoginSecurityResultSchema, result);
    const { snapshot, problems } = recognized(result, 'login-security');
    expect(snapshot.mobile).toBe(mobile.slice(0, LIMITS.mobile));
    // The digits left visible are at the end of the number: read from all of it, not from what is kept.
    expect(snapshot.mobileLastDigits).toBe('0142');
    expect(snapshot.name).toHaveLength(LIMITS.name);
    expect(snapshot.email).toHaveLength(LIMITS.email);
    expect(snapshot.passkeys).toBeNull();
    expect(problems).toEqual([
      'name cut to 200 characters',
      'email cut to 320 characters',
      'mobile cut to 40 characters',
      'passkey: count not read',
    ]);
  });

  it('2-step verification settings with 31 methods', () => {
    const doc = page('co.jp/two-step-settings-after-attack.html');
    repeat(doc.querySelector('h2 + ul > li')!, 30);

    const result = readPage(doc, 'https://www.amazon.co.jp/a/settings/approval');
    passes(LoginSecurityResultSchema, result);
    const read = recognized(result, 'login-security');
    expect(read.snapshot.twoStep.methods).toHaveLength(LIMITS.twoStepMethods);
    expect(read.problems).toEqual(['two-step methods cut to 20']);
  });
});

describe('readers hand on no bidirectional controls', () => {
  const hostile = '\u202eCable\u202c \u2066USB-C\u2069\u200e\u200f\u061c 2 m';

  it('in item titles, statuses and ship-to addresses (including the text/template ones)', () => {
    const doc = page('com/order-list-current-attack.html');
    const card = doc.querySelector('.js-order-card')!;
    card.querySelector('.yohtmlc-product-title a')!.textContent = hostile;
    card.querySelector('.delivery-box__primary-text')!.textContent = `\u202bShipped\u202c`;
    const template = card.querySelector('script[type="text/template"]')!;
    template.textContent = template.textContent!.replaceAll('Jordan Ellis', '\u2067Jordan\u2069 \u202dEllis\u202c');

    const read = recognized(readOrderList(doc, 'https://www.amazon.com/your-orders/orders'), 'order-list');
    const [order] = read.orders;
    expect(order.items[0].title).toBe('Cable USB-C 2 m');
    expect(order.status).toBe('Shipped');
    expect(order.shipTo?.name).toBe('Jordan Ellis');
    expect(JSON.stringify(read)).not.toMatch(BIDI);
  });

  it('in charge labels and a card named only by its logo, read directly and through readPage', () => {
    const doc = page('co.uk/order-detail-current.html');
    doc.querySelector('[data-component="itemTitle"] a')!.textContent = hostile;
    doc.querySelector('.od-line-item-row-label span span')!.textContent = '\u202eItem(s) Subtotal:\u202c';
    doc.querySelector('.pmts-payments-instrument-detail-box-paystationpaymentmethod')!.innerHTML =
      '<span class="a-list-item"><img alt="\u202eMy\u2066Card\u2069" src="data:,">ending in 3096</span>';
    const url = 'https://www.amazon.co.uk/gp/your-account/order-details?orderID=202-6671530-4408129';

    for (const result of [readOrderDetail(doc, url), readPage(doc, url)]) {
      const [order] = recognized(result, 'order-detail').orders;
      expect(order.items[0].title).toBe('Cable USB-C 2 m');
      expect(order.charges[0]).toMatchObject({ kind: 'subtotal', label: 'Item(s) Subtotal' });
      expect(order.payments[0]).toMatchObject({ brand: 'MyCard', lastDigits: '3096' });
      expect(JSON.stringify(result)).not.toMatch(BIDI);
    }
  });
});
