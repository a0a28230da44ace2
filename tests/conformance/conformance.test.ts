import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../utils/amazon/read-page';
import { parseHtml } from '../helpers/parse-html';
import { SHARED_FIXTURES, sharedFixturesPresent } from '../helpers/shared-fixtures';

/** The oracle format is tests/conformance/README.md: fields a person can see in the page, written from the page. */
interface Expected {
  url?: string;
  kind: string;
  marketplace: string;
  recognized: boolean;
  reason?: string;
  orderCount?: number | null;
  nextPage?: string | null;
  orders?: Record<string, unknown>[];
  transactions?: Record<string, unknown>[];
  /** When the page's own links name another marketplace than `url` (a snippet captured on amazon.ca). */
  inferredMarketplace?: string;
}

const EXPECTED_DIR = resolve(__dirname, 'expected');
const OWN_FIXTURES = resolve(__dirname, '../fixtures/amazon');

function filesUnder(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(suffix))
    .map((f) => join(dir, f))
    .sort();
}

function check(html: string, expected: Expected) {
  const document = parseHtml(html);
  // Without its URL (a saved page given to `npm run inspect`), the kind and marketplace come from the content.
  const inferred = readPage(document, undefined);
  if (expected.recognized) {
    expect({ kind: inferred.kind, marketplace: inferred.marketplace }).toEqual({
      kind: expected.kind,
      marketplace: expected.inferredMarketplace ?? expected.marketplace,
    });
  } else {
    expect(inferred.recognized).toBe(false);
  }
  const read = readPage(document, expected.url);
  expect({ kind: read.kind, marketplace: read.marketplace, recognized: read.recognized }).toEqual({
    kind: expected.kind,
    marketplace: expected.marketplace,
    recognized: expected.recognized,
  });
  if (!read.recognized) {
    expect(read.reason).toBe(expected.reason);
    return;
  }
  if ('orderCount' in expected && 'orderCount' in read) expect(read.orderCount).toBe(expected.orderCount);
  if ('nextPage' in expected && 'nextPage' in read) {
    if (expected.nextPage === null) expect(read.nextPage).toBeNull();
    else expect(read.nextPage).toContain(expected.nextPage);
  }
  if (expected.orders && 'orders' in read) {
    expect(read.orders.map((o) => o.id)).toEqual(expected.orders.map((o) => o.id));
    expected.orders.forEach((order, i) => expect(read.orders[i]).toMatchObject(order));
  }
  if (expected.transactions && 'transactions' in read) {
    expect(read.transactions).toMatchObject(expected.transactions);
  }
}

describe.skipIf(!sharedFixturesPresent)('conformance: every real saved page in ../shared/fixtures/amazon', () => {
  const pages = filesUnder(SHARED_FIXTURES, '.html').map((f) => relative(SHARED_FIXTURES, f));

  it('has an oracle for every page', () => {
    const missing = pages.filter((p) => !existsSync(join(EXPECTED_DIR, p.replace(/\.html$/, '.json'))));
    expect(missing).toEqual([]);
  });

  it.each(pages)('%s', (page) => {
    const oracle = join(EXPECTED_DIR, page.replace(/\.html$/, '.json'));
    if (!existsSync(oracle)) return;
    check(readFileSync(join(SHARED_FIXTURES, page), 'utf8'), JSON.parse(readFileSync(oracle, 'utf8')) as Expected);
  });
});

describe('conformance: the project’s own fixtures', () => {
  const oracles = filesUnder(OWN_FIXTURES, '.expected.json');

  it.each(oracles.map((f) => relative(OWN_FIXTURES, f)))('%s', (oracle) => {
    const html = readFileSync(join(OWN_FIXTURES, oracle.replace(/\.expected\.json$/, '.html')), 'utf8');
    check(html, JSON.parse(readFileSync(join(OWN_FIXTURES, oracle), 'utf8')) as Expected);
  });
});
