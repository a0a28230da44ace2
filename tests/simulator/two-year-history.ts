import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The pages an amazon.co.jp account with a long order history serves to a background `fetch` (static server HTML, no
 * script run), keyed by path + query, for the local HTTPS stand-in (tests/browser/local-amazon.ts) and for unit-level
 * simulations. Everything is invented: the owner 中村 陽子 (Tokyo), her parents' home in Saitama, and, with `attack`,
 * the story's takeover: within the last 3 days a game shipped to a warehouse in Osaka under another name and 5 e-books.
 *
 * The list markup is the project's own current co.jp layout (`tests/fixtures/amazon/co.jp/order-list-current-*.html`,
 * `empty-year.html`): cards `.js-order-card`, ship-to in `script type="text/template"` popovers, the count in
 * `span.num-orders`, the next page in `ul.a-pagination li.a-last a[href]`. Digital orders are in the main history
 * (ids `D01-…`, as the story fixtures have them); the legacy digital list is served empty (count 0).
 *
 * Deterministic: the same options give the same pages (a seeded generator, no Math.random, no clock).
 */
export interface HistoryOptions {
  /** Epoch ms; the newest orders are just before it. */
  now: number;
  /** How far back the history goes (default 24). */
  months?: number;
  /** The owner's own orders a month (default 4). */
  ordersPerMonth?: number;
  /** Default true: add the story's attack. */
  attack?: boolean;
}

/** An address as the reader reads it from the ship-to popover (the prefecture is `region`, not a line). */
export interface ReadAddress {
  name: string;
  lines: string[];
  postalCode: string;
  region: string;
  country: string;
}

/** One order of the history, as the list pages print it (the ground truth of a simulation). */
export interface SimulatedOrder {
  id: string;
  /** 'YYYY-MM-DD' in Japan time, as the page prints it. */
  placedOn: string;
  /** Epoch ms when it was placed. */
  placedAt: number;
  /** In yen. */
  total: number;
  digital: boolean;
  /** Where a physical order went; null for digital orders. */
  shipTo: 'home' | 'parents' | 'attacker' | null;
  items: { title: string; asin: string; quantity: number }[];
  attack: boolean;
}

export interface SimulatedHistory {
  /** path + query → HTML. */
  pages: Map<string, string>;
  /** Ids of the attack orders (physical and digital), none without `attack`. */
  attackOrderIds: string[];
  /** The owner's home, as the reader reads it. */
  ownerAddress: ReadAddress;
  /** The owner's second own address (her parents' home), as the reader reads it. */
  parentsAddress: ReadAddress;
  /** Every order, newest first. */
  orders: SimulatedOrder[];
  /** 'YYYY-MM-DD'. */
  oldestOrderOn: string;
  /** How many order-history list pages exist in all year filters (an empty year's page counts as one). */
  historyPageCount: number;
}

export const PAGE_SIZE = 10;
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const JST = 9 * HOUR;

const ORDERS_PATH = '/your-orders/orders';
export const DIGITAL_PATH = '/gp/legacy/order-history?orderFilter=digital&digitalOrders=1&unifiedOrders=0';
export const ARCHIVED_PATH = '/your-orders/orders?timeFilter=archived';
export const MONTHS_3_PATH = '/your-orders/orders?timeFilter=months-3';
export const DEVICES_PATH = '/hz/mycd/digital-console/alldevices';
export const LOGIN_SECURITY_PATH = '/ax/account/manage';
export const yearPath = (year: number) => `${ORDERS_PATH}?timeFilter=year-${year}`;

const HOME: ReadAddress = { name: '中村 陽子', region: '東京都', lines: ['世田谷区経堂4-21-6', 'グリーンハイツ経堂 302'], postalCode: '156-0052', country: '日本' };
const PARENTS: ReadAddress = { name: '中村 茂', region: '埼玉県', lines: ['所沢市小手指町2-15-3'], postalCode: '359-1141', country: '日本' };
const WAREHOUSE: ReadAddress = { name: '村井 拓也', region: '大阪府', lines: ['大阪市此花区島屋6-4-17', '此花ロジセンター 4F 受付'], postalCode: '554-0024', country: '日本' };

/** [title, price in yen]. */
const GOODS: [string, number][] = [
  ['ドリップバッグ コーヒー 深煎り 50袋', 1780],
  ['食器用洗剤 詰め替え 1,200ml', 698],
  ['トイレットペーパー ダブル 12ロール', 1280],
  ['単3形 アルカリ乾電池 20本パック', 1090],
  ['USB-C ケーブル 2m 2本組', 1380],
  ['ワイヤレスマウス 静音 2.4GHz', 2480],
  ['ステンレス 水筒 500ml', 2980],
  ['洗濯洗剤 ジェル 詰め替え 超特大', 1580],
  ['文庫本ブックカバー 帆布', 990],
  ['キッチンペーパー 6ロール', 698],
  ['ハンドクリーム 無香料 50g', 780],
  ['折りたたみ傘 軽量 自動開閉', 2680],
  ['ヨガマット 10mm 収納ベルト付き', 3280],
  ['緑茶 ティーバッグ 100袋', 1180],
  ['LED電球 60W形 昼白色 4個', 1980],
  ['ゴミ袋 45L 半透明 100枚', 980],
  ['歯ブラシ やわらかめ 8本', 880],
  ['マスキングテープ 10巻セット', 1200],
  ['ガラス保存容器 5個セット', 2780],
  ['スマホケース 手帳型 ベージュ', 1680],
  ['加湿器 交換用フィルター', 1480],
  ['電気ひざ掛け 洗える', 3480],
  ['モバイルバッテリー 10000mAh', 2990],
  ['ゲルインクボールペン 0.5mm 黒 10本', 760],
  ['観葉植物 ポトス 4号鉢', 2200],
  ['ハーブティー 詰め合わせ 30包', 1620],
  ['バスタオル 今治 2枚組', 2580],
  ['シャンプー 詰め替え 大容量', 1380],
  ['ワイヤレスイヤホン ノイズキャンセリング', 8980],
  ['電気ケトル 0.8L ホワイト', 3980],
];
const GIFTS_FOR_PARENTS: [string, number][] = [
  ['新潟県産コシヒカリ 5kg', 3280],
  ['和菓子 詰め合わせ 12個入', 3240],
  ['敬老の日 花鉢 ミニ胡蝶蘭', 4400],
  ['国産 はちみつ 500g', 2800],
  ['まくら 低反発 カバー付き', 3980],
];
const SERIES = '月影書房の事件簿';
const SERIES_PRICE = 627;
const BOOKS: [string, number][] = [
  ['はじめての家計管理', 1100],
  ['週末キャンプの教科書', 1320],
  ['やさしい統計入門', 2200],
  ['朝の台所 十五分レシピ', 990],
  ['北の町の小さな図書館', 770],
  ['散歩がたのしくなる植物図鑑', 1540],
];
const ATTACK_GAME: [string, number] = ['スターブレイカーズ デラックス -Switch', 9680];
const ATTACK_BOOKS: [string, number][] = [
  ['紅蓮の騎士団 合本版 第1集（1～10巻）', 9900],
  ['紅蓮の騎士団 合本版 第2集（11～20巻）', 9900],
  ['紅蓮の騎士団 合本版 第3集（21～28巻）', 7920],
  ['紅蓮の騎士団 公式ビジュアルブック', 4400],
  ['紅蓮の騎士団 外伝 白銀の章', 1650],
];

/** mulberry32: a small seeded generator in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return h;
}

/** A stable invented ASIN for a title: B0 and 8 of [0-9A-Z]. */
function asinOf(title: string): string {
  const a = hash(title).toString(36).toUpperCase();
  const b = hash(`${title}#`).toString(36).toUpperCase();
  return `B0${(a + b).padStart(8, '0').slice(-8)}`;
}

const digits = (rng: () => number, n: number) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');

function newId(rng: () => number, used: Set<string>, digital: boolean): string {
  for (;;) {
    const prefix = digital ? 'D01' : ['249', '250', '503'][Math.floor(rng() * 3)];
    const id = `${prefix}-${digits(rng, 7)}-${digits(rng, 7)}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/** The Japan-time calendar parts of a moment. */
function jst(ms: number): { year: number; month: number; day: number } {
  const d = new Date(ms + JST);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (ms: number) => {
  const { year, month, day } = jst(ms);
  return `${year}-${pad(month)}-${pad(day)}`;
};
const printedDay = (ms: number) => {
  const { year, month, day } = jst(ms);
  return `${year}年${month}月${day}日`;
};
const slashDay = (ms: number) => {
  const { year, month, day } = jst(ms);
  return `${year}/${pad(month)}/${pad(day)}`;
};
const yen = (amount: number) => `￥${amount.toLocaleString('en-US')}`;

/** `months` calendar months before `now` (UTC), as the check plan counts them. */
function monthsBefore(now: number, months: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, d.getUTCDate());
}

/**
 * The project's own fixture pages, by path under tests/fixtures/amazon. (Not `new URL(path, import.meta.url)`, as
 * tests/browser/fixtures.ts has it: Vite rewrites that form as an asset import, which breaks it under happy-dom.)
 */
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/amazon');
const ownFixture = (relative: string) => readFileSync(join(FIXTURES, relative), 'utf8');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function twoYearHistory(options: HistoryOptions): SimulatedHistory {
  const { now } = options;
  const months = options.months ?? 24;
  const perMonth = options.ordersPerMonth ?? 4;
  const attack = options.attack ?? true;
  if (!Number.isInteger(months) || months < 1 || !Number.isInteger(perMonth) || perMonth < 1) {
    throw new Error('months and ordersPerMonth must be positive integers');
  }

  const used = new Set<string>();
  const own = ownOrders(now, months, perMonth, used);
  const attackOrders = attack ? storyAttack(now, used) : [];
  const orders = [...own, ...attackOrders].sort((a, b) => b.placedAt - a.placedAt);

  const pages = new Map<string, string>();
  const currentYear = jst(now).year;
  const oldest = orders.at(-1);
  const oldestYear = oldest ? jst(oldest.placedAt).year : currentYear;
  const years: number[] = [];
  for (let y = currentYear; y >= oldestYear - 1; y--) years.push(y);

  let historyPageCount = 0;
  for (const year of years) {
    const inYear = orders.filter((o) => jst(o.placedAt).year === year);
    const filter = { value: `year-${year}`, name: `${year}年` };
    const empty = `${year}年に確定された注文はありません。${year > years.at(-1)! ? ` <a class="a-link-normal" href="?timeFilter=year-${year - 1}">${year - 1}年の注文を表示</a>` : ''}`;
    historyPageCount += addList(pages, yearPath(year), inYear, filter, years, empty, now);
  }
  const since3 = monthsBefore(now, 3);
  addList(pages, MONTHS_3_PATH, orders.filter((o) => o.placedAt >= since3), { value: 'months-3', name: '過去3か月' }, years, '過去3か月に確定された注文はありません。', now);
  addList(pages, ARCHIVED_PATH, [], { value: 'archived', name: '非表示にした注文' }, years, '非表示にした注文はありません。', now);
  // Digital orders are printed in the main history (as on today's co.jp and in the story fixtures): the legacy
  // digital list holds none of its own.
  pages.set(DIGITAL_PATH, listPage({ filter: { value: 'digital', name: 'デジタル注文' }, years, count: 0, body: emptyMessage('デジタル注文はありません。'), pagination: '' }));
  pages.set(DEVICES_PATH, ownFixture(attack ? 'co.jp/devices-after-attack.html' : 'co.jp/devices.html'));
  pages.set(LOGIN_SECURITY_PATH, ownFixture(attack ? 'co.jp/login-security-after-attack.html' : 'co.jp/login-security.html'));

  return {
    pages,
    attackOrderIds: attackOrders.map((o) => o.id),
    ownerAddress: structuredClone(HOME),
    parentsAddress: structuredClone(PARENTS),
    orders,
    oldestOrderOn: oldest ? oldest.placedOn : isoDay(now),
    historyPageCount,
  };
}

/**
 * The owner's own orders, evenly spread from `months` months before `now` to 4 days before it: mostly household
 * goods to her home, Kindle books (one a day at most, a series and some single titles), and gifts to her parents
 * (at least twice, more than two months ago, so that a first check presumes that address too).
 */
function ownOrders(now: number, months: number, perMonth: number, used: Set<string>): SimulatedOrder[] {
  const rng = seeded(hash(`own|${now}|${months}|${perMonth}`));
  const n = months * perMonth;
  // 10:00 in Japan on the first day (jitter keeps it on that day): the history covers the whole span.
  const start = monthsBefore(now, months) + HOUR;
  const end = now - 4 * DAY;
  const step = n > 1 ? (end - start) / (n - 1) : 0;
  const twoMonthsAgo = now - 60 * DAY;
  const orders: SimulatedOrder[] = [];
  let lastDigitalDay = '';
  let volume = 1;
  let book = 0;
  for (let k = 0; k < n; k++) {
    const jitter = Math.floor(rng() * Math.min(step * 0.3, 6 * HOUR));
    const placedAt = Math.floor((start + k * step + jitter) / 60_000) * 60_000;
    const placedOn = isoDay(placedAt);
    const digital = k > 0 && rng() < 0.2 && placedOn !== lastDigitalDay;
    if (digital) {
      lastDigitalDay = placedOn;
      const [title, price] = rng() < 0.6 ? [`${SERIES} 第${volume++}巻`, SERIES_PRICE] : BOOKS[book++ % BOOKS.length];
      orders.push({
        id: newId(rng, used, true), placedOn, placedAt, total: price, digital: true, shipTo: null, attack: false,
        items: [{ title, asin: asinOf(title), quantity: 1 }],
      });
      continue;
    }
    const toParents = placedAt < twoMonthsAgo && rng() < 0.1;
    const catalogue = toParents ? GIFTS_FOR_PARENTS : GOODS;
    const count = rng() < 0.2 ? 2 : 1;
    const picks = new Set<number>();
    while (picks.size < count) picks.add(Math.floor(rng() * catalogue.length));
    const items = [...picks].map((i) => ({ title: catalogue[i][0], asin: asinOf(catalogue[i][0]), quantity: rng() < 0.15 ? 2 : 1 }));
    const total = items.reduce((sum, item) => sum + catalogue.find(([t]) => t === item.title)![1] * item.quantity, 0);
    orders.push({ id: newId(rng, used, false), placedOn, placedAt, total, digital: false, shipTo: toParents ? 'parents' : 'home', attack: false, items });
  }
  // At least two orders to her parents 200 to 365 days ago, the oldest physical ones there when chance gave fewer, so
  // that trust on first use finds their address established, whatever the seed (which comes from the clock): chance
  // alone left it first used within the half-year in about one history in twelve. (In a history too short, any two.)
  const withinYear = (o: SimulatedOrder) => o.placedAt > now - 365 * DAY && o.placedAt < now - 200 * DAY;
  const candidates = orders.filter(withinYear).filter((o) => o.shipTo !== null).length >= 2 ? withinYear : () => true;
  for (const order of orders) {
    if (orders.filter((o) => o.shipTo === 'parents' && candidates(o)).length >= 2) break;
    if (order.shipTo !== 'home' || !candidates(order)) continue;
    const [title, price] = GIFTS_FOR_PARENTS[orders.indexOf(order) % GIFTS_FOR_PARENTS.length];
    Object.assign(order, { shipTo: 'parents', items: [{ title, asin: asinOf(title), quantity: 1 }], total: price });
  }
  return orders;
}

/** The story's attack, 2 days before `now`: the game to a warehouse in Osaka, then 5 e-books minutes apart. */
function storyAttack(now: number, used: Set<string>): SimulatedOrder[] {
  const rng = seeded(hash(`attack|${now}`));
  const at = Math.floor((now - 2 * DAY) / 60_000) * 60_000;
  const game: SimulatedOrder = {
    id: newId(rng, used, false), placedAt: at, placedOn: isoDay(at), total: ATTACK_GAME[1], digital: false, shipTo: 'attacker', attack: true,
    items: [{ title: ATTACK_GAME[0], asin: asinOf(ATTACK_GAME[0]), quantity: 1 }],
  };
  const books = ATTACK_BOOKS.map(([title, price], i): SimulatedOrder => {
    const placedAt = at + (i + 1) * 3 * 60_000;
    return { id: newId(rng, used, true), placedAt, placedOn: isoDay(placedAt), total: price, digital: true, shipTo: null, attack: true, items: [{ title, asin: asinOf(title), quantity: 1 }] };
  });
  return [game, ...books];
}

/** Adds a list's pages (10 orders each, newest first; one page, empty, when it has none); returns how many. */
function addList(
  pages: Map<string, string>,
  firstPath: string,
  orders: SimulatedOrder[],
  filter: { value: string; name: string },
  years: number[],
  emptyText: string,
  now: number,
): number {
  const count = Math.max(1, Math.ceil(orders.length / PAGE_SIZE));
  const pathOf = (page: number) => (page === 1 ? firstPath : `${firstPath}&startIndex=${(page - 1) * PAGE_SIZE}`);
  for (let page = 1; page <= count; page++) {
    const onPage = orders.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const body = onPage.length === 0 ? emptyMessage(emptyText) : `  <ul class="a-unstyled-list">\n${onPage.map((o) => card(o, now)).join('')}  </ul>\n`;
    pages.set(pathOf(page), listPage({ filter, years, count: orders.length, body, pagination: count > 1 ? pagination(page, count, pathOf) : '' }));
  }
  return count;
}

function emptyMessage(text: string): string {
  return `    <div class="a-row a-spacing-extra-large a-spacing-top-large">
        <div class="a-section a-spacing-top-medium a-text-center">
            ${text}
        </div>
    </div>
`;
}

/** Amazon's pager: ← (disabled on page 1), the page numbers, 次へ→ (a link, or `a-disabled` without one on the last page). */
function pagination(page: number, count: number, pathOf: (page: number) => string): string {
  const href = (p: number) => escape(pathOf(p));
  const previous = page === 1 ? '<li class="a-disabled">&larr;</li>' : `<li><a href="${href(page - 1)}">&larr;</a></li>`;
  const numbers = Array.from({ length: count }, (_, i) => i + 1)
    .map((p) => `<li class="${p === page ? 'a-selected' : 'a-normal'}"><a href="${href(p)}">${p}</a></li>`)
    .join('');
  const next = page === count ? '<li class="a-disabled a-last">次へ&rarr;</li>' : `<li class="a-last"><a href="${href(page + 1)}">次へ&rarr;</a></li>`;
  return `  <div class="a-row"><div class="a-text-center"><ul class="a-pagination">
    ${previous}${numbers}
    ${next}
  </ul></div></div>
`;
}

function listPage(page: { filter: { value: string; name: string }; years: number[]; count: number; body: string; pagination: string }): string {
  const options = [
    { value: 'last30', name: '過去30日間' },
    { value: 'months-3', name: '過去3か月' },
    ...page.years.map((y) => ({ value: `year-${y}`, name: `${y}年` })),
    { value: 'archived', name: '非表示にした注文' },
  ];
  if (!options.some((o) => o.value === page.filter.value)) options.push(page.filter);
  const select = options.map((o) => `                <option value="${o.value}"${o.value === page.filter.value ? ' selected' : ''}>${o.name}</option>`).join('\n');
  return `<!doctype html>
<!-- Order Sentinel's simulated page (tests/simulator/two-year-history.ts), after the structure of the project's own
     co.jp fixtures. Every person, address, order number, product and ASIN here is invented. -->
<html lang="ja-JP" class="a-no-js">
<head><meta charset="utf-8"><title>Amazon.co.jp：注文履歴</title></head>
<body class="a-m-jp">
<div id="a-page">
<section class="your-orders-content-container aok-relative js-yo-container">
<div class="your-orders-content-container__content js-yo-main-content">
    <div class="a-section a-spacing-medium a-spacing-top-small">
        <ul class="breadcrumbs">
            <li class="breadcrumbs__crumb"><a class="a-link-normal" href="/your-account/ref=ppx_yo2ov_dt_b_ya_link">アカウントサービス</a></li>
            <li class="breadcrumbs__crumb breadcrumbs__crumb--divider">›</li>
            <li class="breadcrumbs__crumb breadcrumbs__crumb--current"><span class="a-color-state">注文履歴</span></li>
        </ul>
    </div>
    <div class="a-row a-spacing-medium">
        <div class="a-column a-span6"><h1>注文履歴</h1></div>
    </div>
    <div class="a-row a-spacing-base">
        <form action="/your-orders/orders" class="js-time-filter-form a-spacing-none" method="get">
            <span class="a-dropdown-container"><select autocomplete="off" class="a-native-dropdown" id="time-filter" name="timeFilter" tabindex="-1">
${select}
            </select><span class="a-button a-button-dropdown" tabindex="-1"><span class="a-button-inner"><span aria-hidden="true" class="a-button-text a-declarative" role="button"><span class="a-dropdown-prompt">${page.filter.name}</span></span><i class="a-icon a-icon-dropdown"></i></span></span></span>
            <label class="a-form-label time-filter__label aok-inline-block a-text-normal" for="time-filter">
                に確定された<span class="num-orders">${page.count}件</span>の注文
            </label>
            <input name="ref_" type="hidden" value="ppx_yo2ov_dt_b_filter_all">
        </form>
    </div>
${page.body}${page.pagination}</div>
</section>
</div>
</body>
</html>
`;
}

function card(order: SimulatedOrder, now: number): string {
  const key = `shippingAddress-${order.id.replace(/\D/g, '')}`;
  const address = order.shipTo === 'home' ? HOME : order.shipTo === 'parents' ? PARENTS : order.shipTo === 'attacker' ? WAREHOUSE : null;
  const recipient = address
    ? `
                <div class="a-column a-span7 a-span-last">
                  <li class="order-header__header-list-item" role="presentation">
                    <div class="yohtmlc-recipient">
                      <div class="a-row a-size-mini"><span class="a-color-secondary a-text-caps">お届け先</span></div>
                      <div class="a-row a-size-base"><div id="shipToInsertionNode-${key}"></div></div>
                    </div>
                  </li>
                </div>`
    : '';
  const status = order.digital ? 'デジタル注文' : now - order.placedAt < 3 * DAY ? '発送済み' : `配達済み ${slashDay(order.placedAt + 2 * DAY)}`;
  const items = order.items
    .map(
      (item) => `              <li><span class="a-list-item">
                <div class="a-fixed-left-grid item-box a-spacing-none"><div class="a-fixed-left-grid-inner" style="padding-left:100px">
                  <div class="a-fixed-left-grid-col a-col-left" style="width:100px;margin-left:-100px;float:left;">
                    <div class="product-image"><a class="a-link-normal" href="/dp/${item.asin}?ref=ppx_yo2ov_dt_b_fed_asin_title" tabindex="-1"><img alt="${escape(item.title)}" src="data:,">${item.quantity > 1 ? `<span class="product-image__qty">${item.quantity}</span>` : ''}</a></div>
                  </div>
                  <div class="a-fixed-left-grid-col a-col-right" style="padding-left:0%;float:left;">
                    <div class="a-row"><div class="yohtmlc-product-title"><a class="a-link-normal" href="/dp/${item.asin}?ref=ppx_yo2ov_dt_b_fed_asin_title">${escape(item.title)}</a></div></div>${order.digital ? '<div class="a-row"><span class="a-size-small a-color-secondary">Kindle版</span></div>' : ''}
                  </div>
                </div></div>
              </span></li>
`,
    )
    .join('');
  const manage = order.digital ? '<div class="a-row"><a class="a-button-text" href="/gp/digital/fiona/manage?ref_=ppx_yo_dt_b_manage_content">コンテンツと端末の管理</a></div>' : '';
  const template = address
    ? `<script id="shipToData-${key}" type="text/template">
    <span class="a-declarative" data-action="a-popover">
        <a href="javascript:void(0)" class="a-popover-trigger a-declarative insert-encrypted-trigger-text">${escape(address.name)}<i class="a-icon a-icon-popover"></i></a>
    </span>
    <div class="a-popover-preload" id="a-popover-${key}">
        <span class="a-color-base">
            <div class="a-row"><h5>${escape(address.name)}</h5></div>
                <div class="a-row">
                    ${escape(address.region + address.lines[0])}${address.lines.slice(1).map((line) => `<br>${escape(line)}`).join('')}
                </div>
                <div class="a-row">
                    〒${address.postalCode}
                </div>
                <div class="a-row">
                    ${escape(address.country)}
                </div>
        </span>
    </div>
</script>
<script>
    var insertionNode = document.getElementById("shipToInsertionNode-" + "${key}");
    if (insertionNode !== null) {
        var encryptedDataNode = document.getElementById("shipToData-" + "${key}");
        insertionNode.innerHTML = encryptedDataNode.innerHTML;
    }
</script>
`
    : '';
  return `  <li class="order-card__list">
    <div class="order-card js-order-card">
      <div class="a-box-group a-spacing-base">
        <div class="a-box a-color-offset-background order-header"><div class="a-box-inner">
          <div class="a-fixed-right-grid"><div class="a-fixed-right-grid-inner" style="padding-right:290px">
            <ul class="order-header__header-list" role="presentation">
              <div class="a-fixed-right-grid-col a-col-left" style="padding-right:0%;float:left;"><div class="a-row">
                <div class="a-column a-span3">
                  <li class="order-header__header-list-item" role="presentation">
                    <div class="a-row a-size-mini"><span class="a-color-secondary a-text-caps">注文日</span></div>
                    <div class="a-row"><span class="a-size-base a-color-secondary aok-break-word">${printedDay(order.placedAt)}</span></div>
                  </li>
                </div>
                <div class="a-column a-span2">
                  <li class="order-header__header-list-item" role="presentation">
                    <div class="a-row a-size-mini"><span class="a-color-secondary a-text-caps">合計</span></div>
                    <div class="a-row"><span class="a-size-base a-color-secondary aok-break-word">${yen(order.total)}</span></div>
                  </li>
                </div>${recipient}
              </div></div>
              <div class="a-text-right a-fixed-right-grid-col a-col-right" style="width:290px;margin-right:-290px;float:left;">
                <div class="a-row a-size-mini"><li class="order-header__header-list-item" role="presentation">
                  <div class="yohtmlc-order-id"><span class="a-color-secondary a-text-caps">注文番号</span> <span class="a-color-secondary" dir="ltr">${order.id}</span></div>
                </li></div>
                <div class="a-row"><li class="order-header__header-list-item yohtmlc-order-level-connections" role="presentation">
                  <a class="a-link-normal" href="/gp/css/order-details?orderID=${order.id}&amp;ref=ppx_yo2ov_dt_b_fed_order_details">注文内容を表示</a>
                  <i class="a-icon a-icon-text-separator" role="img"></i>
                  <a class="a-link-normal" href="/gp/shared-cs/ajax/invoice/invoice.html?orderId=${order.id}">領収書等</a>
                </li></div>
              </div>
            </ul>
          </div></div>
        </div></div>
        <div class="a-box delivery-box"><div class="a-box-inner">
          <div class="a-row"><div class="yohtmlc-shipment-status-primaryText"><h3><span class="a-size-medium delivery-box__primary-text a-text-bold">${status}</span></h3></div></div>
          <ul class="a-unordered-list a-nostyle a-vertical" role="list">
${items}          </ul>${manage}
        </div></div>
      </div>
${template}    </div>
  </li>
`;
}
