import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../utils/amazon/read-page';
import {
  AddressBookResultSchema,
  DevicesResultSchema,
  LoginSecurityResultSchema,
  OrderDetailResultSchema,
  OrderListResultSchema,
} from '../../utils/protocol/read-schemas';
import { DOMParser as LinkedomParser } from 'linkedom';

// linkedom: the same results as happy-dom on every fixture, at a fraction of the memory, for thousands of parses.
const parseHtml = (html: string) => new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document;

/*
 * Thousands of damaged pages: nodes removed, labels shuffled, documents cut short, hostile titles. The readers must
 * never throw, and every result is either recognised with valid fields or unrecognised with a reason.
 */
const FIXTURES = resolve(__dirname, '../fixtures/amazon');
const pages = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => {
    const oracle = join(FIXTURES, f.replace(/\.html$/, '.expected.json'));
    let url: string | undefined;
    try {
      url = (JSON.parse(readFileSync(oracle, 'utf8')) as { url?: string }).url;
    } catch {
      url = f.startsWith('co.jp') ? 'https://www.amazon.co.jp/your-orders/orders' : 'https://www.amazon.com/your-orders/orders';
    }
    return { file: f, html: readFileSync(join(FIXTURES, f), 'utf8'), url };
  });

const REASONS = ['sign-in page', 'robot check', 'layout not recognised', 'unsupported marketplace', 'not an Amazon page we read'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The background's own schema for each kind of read (transactions have none yet). */
const SCHEMAS = {
  'order-list': OrderListResultSchema,
  'order-detail': OrderDetailResultSchema,
  'address-book': AddressBookResultSchema,
  devices: DevicesResultSchema,
  'login-security': LoginSecurityResultSchema,
};

function assertValid(result: ReturnType<typeof readPage>) {
  // No reader hands on a bidirectional control, wherever on the page (or in its JSON) it came from.
  expect(JSON.stringify(result)).not.toMatch(BIDI_CONTROLS);
  if (result.kind === 'unknown') {
    expect(REASONS).toContain(result.reason);
    return;
  }
  if (result.kind === 'transactions') {
    if (!result.recognized) {
      expect(REASONS).toContain(result.reason);
      return;
    }
    for (const t of result.transactions) {
      expect(Number.isFinite(t.amount.amount)).toBe(true);
      if (t.date !== null) expect(t.date).toMatch(ISO_DATE);
    }
    return;
  }
  // Recognised or not, what a reader hands on must pass the schema the background checks it with.
  expect(v.safeParse(SCHEMAS[result.kind], result).issues).toBeUndefined();
}

const HOSTILE = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ minLength: 1001, maxLength: 4000 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '</script><script>alert(1)</script>', '\u202e\u0000\ufeff', 'Cable \u202egnp.exe\u202c \u2066x\u2069\u200e\u200f\u061c', '注文番号 250-0000000-0000000', '{"__proto__":{"x":1}}', '$-1e309', '￥９９９，９９９，９９９，９９９，９９９'),
);

describe('readers on damaged pages', { timeout: 180_000 }, () => {
  const page = fc.constantFrom(...pages);

  it('never throw when elements are removed', () => {
    fc.assert(
      fc.property(page, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), ({ html, url }, picks) => {
        const document = parseHtml(html);
        for (const pick of picks) {
          const all = document.body.querySelectorAll('*');
          if (all.length > 0) all[pick % all.length].remove();
        }
        assertValid(readPage(document, url));
      }),
      { numRuns: 1200 },
    );
  });

  it('never throw when label texts are shuffled', () => {
    fc.assert(
      fc.property(page, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }), ({ html, url }, swaps) => {
        const document = parseHtml(html);
        const labels = Array.from(document.querySelectorAll('.a-text-caps, .label, .od-line-item-row-label, td, h5'));
        for (const [a, b] of swaps) {
          if (labels.length < 2) break;
          const x = labels[a % labels.length];
          const y = labels[b % labels.length];
          [x.textContent, y.textContent] = [y.textContent, x.textContent];
        }
        assertValid(readPage(document, url));
      }),
      { numRuns: 1200 },
    );
  });

  it('never throw on documents cut short', () => {
    fc.assert(
      fc.property(page, fc.double({ min: 0, max: 1, noNaN: true }), ({ html, url }, fraction) => {
        assertValid(readPage(parseHtml(html.slice(0, Math.floor(html.length * fraction))), url));
      }),
      { numRuns: 1200 },
    );
  });

  it('keep hostile titles as bounded text', () => {
    fc.assert(
      fc.property(page, HOSTILE, ({ html, url }, hostile) => {
        const document = parseHtml(html);
        for (const link of Array.from(document.querySelectorAll('a[href*="/dp/"], a[href*="/gp/product/"], .yohtmlc-product-title'))) {
          link.textContent = hostile;
        }
        const result = readPage(document, url);
        assertValid(result);
        expect(document.querySelector('img[onerror]')).toBeNull();
      }),
      { numRuns: 600 },
    );
  });
});
