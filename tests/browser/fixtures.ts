import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project's own fixture pages, by path under tests/fixtures/amazon. */
export function ownFixture(relative: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/amazon/${relative}`, import.meta.url)), 'utf8');
}

export const CO_JP_ORDERS = 'https://www.amazon.co.jp/your-orders/orders?timeFilter=months-3';
export const COM_ORDERS = 'https://www.amazon.com/your-orders/orders?timeFilter=months-3';

/** The owners of the project's own fixtures, as a person would type them in the options page. */
export const OWNERS = {
  'co.jp': { marketplace: 'co.jp', name: '佐藤 健一', postalCode: '154-0004', region: '東京都', line1: '世田谷区太子堂2-14-8', line2: 'コーポ太子堂 203', country: '日本' },
  com: { marketplace: 'com', name: 'Jordan Ellis', postalCode: '43215', region: 'OH', line1: '1450 Maple Ave Apt 3', line2: 'Columbus', country: 'United States' },
} as const;

/** A fixture's oracle (`X.expected.json` beside `X.html`): the URL it is served at and the orders it shows. */
export function fixtureOracle(relative: string): { url: string; orderIds: string[] } {
  const oracle = JSON.parse(ownFixture(relative.replace(/\.html$/, '.expected.json'))) as { url: string; orders?: { id: string }[] };
  return { url: oracle.url, orderIds: (oracle.orders ?? []).map((o) => o.id) };
}
