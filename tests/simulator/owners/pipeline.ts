import { mergeOrder } from '../../../utils/db/merge-order';
import { createHash } from 'node:crypto';
import { readPage, type AnyPageResult } from '../../../utils/amazon/read-page';
import type { OrderDetail, OrderSummary, ShipTo } from '../../../utils/amazon/types';
import type { StoredOrder } from '../../../utils/db/records';
import type { RuleFinding } from '../../../utils/detection/finding';
import { judge } from '../../../utils/detection/judge';
import type { JudgeInput } from '../../../utils/detection/world';
import { detailPage } from './detail-page';
import { LOCALES } from './locales';
import { detailPath, listPages } from './list-page';
import { wordsFor } from './page-words';
import type { AccountChange, AttackClass, Owner, OwnerProfile, SimOrder } from './types';

/** Parses HTML into a Document (happy-dom's DOMParser), and starts over between owners (see happy-dom-parser.ts). */
export interface ParseHtml {
  parse: (html: string) => Document;
  reset?: () => void;
}

export const SCENARIOS = ['first-sight', 'entered'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface OrderVerdict {
  id: string;
  placedOn: string;
  flagged: boolean;
  alerted: boolean;
  /** `rule:severity` of each finding on the order. */
  findings: string[];
}

export interface ScenarioResult {
  attackOrders: (OrderVerdict & { attack: AttackClass; total: number; title: string; shipTo: string | null })[];
  /** The owner's own orders that got an alert. */
  falseAlerts: (OrderVerdict & { habit: string; shipTo: string | null })[];
  /** Own orders with any finding. */
  ownFlagged: number;
  account: { change: AccountChange; flagged: boolean; alerted: boolean }[];
  /** Account alerts that are about the owner's own devices or settings. */
  accountFalseAlerts: string[];
}

export interface OwnerResult {
  index: number;
  marketplace: Owner['marketplace'];
  language: Owner['language'];
  profile: OwnerProfile;
  years: number;
  ownOrders: number;
  attackClasses: AttackClass[];
  accountChanges: AccountChange[];
  traits: string[];
  pagesRead: number;
  detailPagesRead: number;
  /** Pages the readers did not recognise, or read with problems. */
  pageProblems: string[];
  /** Simulated orders not read back as simulated (missing, wrong ship-to, total, date, items). */
  readBackProblems: string[];
  scenarios: Record<Scenario, ScenarioResult>;
}

/** A page read, cached by the page's own HTML and URL (the same page read twice is read once). */
export class ReadCache {
  private reads = new Map<string, AnyPageResult>();
  hits = 0;
  misses = 0;
  constructor(private readonly parser: ParseHtml, private readonly limit = 20_000) {}


  read(html: string, url: string): AnyPageResult {
    const key = createHash('sha1').update(url).update('\0').update(html).digest('base64');
    const cached = this.reads.get(key);
    if (cached) {
      this.hits += 1;
      return cached;
    }
    this.misses += 1;
    // A fresh window every few pages: happy-dom holds every parsed document (about 10 MB a list page) until then.
    if (this.misses % 20 === 0) this.parser.reset?.();
    const read = readPage(this.parser.parse(html), url) as AnyPageResult;
    if (this.reads.size >= this.limit) this.reads.delete(this.reads.keys().next().value!);
    this.reads.set(key, read);
    return read;
  }
}

/** Page keys without Amazon's `ref_` tracking parameter, so links and served pages meet. */
function pageKey(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete('ref_');
  params.delete('ref');
  params.delete('ie');
  const query = params.toString();
  return `${url.pathname}${query ? `?${query}` : ''}`;
}

/** The store's own merge (utils/db/page-reads.ts), for one marketplace in memory. */
function upsert(store: Map<string, StoredOrder>, orders: readonly Parameters<typeof mergeOrder>[1][], marketplace: Owner['marketplace'], now: number) {
  for (const order of orders) store.set(order.id, mergeOrder(store.get(order.id), order, marketplace, now));
}

const shipToText = (s: ShipTo | null) => (s ? [s.name, ...s.lines, s.postalCode, s.region, s.country].filter(Boolean).join(', ') : null);

/** Reads every page of the owner's history with the project's readers, and the detail pages the owner opened. */
export function readOwner(owner: Owner, cache: ReadCache) {
  const locale = LOCALES[owner.marketplace];
  const words = wordsFor(owner.language);
  const { pages, firstPages } = listPages(owner, words);
  const served = new Map([...pages].map(([path, html]) => [pageKey(new URL(path, locale.origin)), html]));
  const store = new Map<string, StoredOrder>();
  const pageProblems: string[] = [];
  const listed = new Map<string, OrderSummary>();
  let pagesRead = 0;
  for (const first of firstPages) {
    const seen = new Set<string>();
    for (let url: URL | null = new URL(first, locale.origin); url; ) {
      const key = pageKey(url);
      const html = served.get(key);
      if (html === undefined || seen.has(key)) {
        pageProblems.push(`${key}: ${html === undefined ? 'not served' : 'reached twice'}`);
        break;
      }
      seen.add(key);
      const read = cache.read(html, url.href);
      pagesRead += 1;
      if (!read.recognized || read.kind !== 'order-list') {
        pageProblems.push(`${key}: not read as an order list (${read.recognized ? read.kind : read.reason})`);
        break;
      }
      if (read.problems.length) pageProblems.push(`${key}: ${read.problems.join('; ')}`);
      const archived = url.searchParams.get('timeFilter') === 'archived';
      for (const o of read.orders) listed.set(o.id, o);
      upsert(store, read.orders.map((o) => ({ ...o, archived })), owner.marketplace, owner.installAt);
      url = read.nextPage ? new URL(read.nextPage) : null;
    }
  }
  const truth = new Map(owner.orders.map((o) => [o.id, o]));
  let detailPagesRead = 0;
  for (const order of owner.orders.filter((o) => o.detailRead)) {
    const link = listed.get(order.id)?.detailUrl;
    if (!link) {
      pageProblems.push(`${order.id}: no detail link`);
      continue;
    }
    const url = new URL(link);
    if (pageKey(url) !== pageKey(new URL(detailPath(order), locale.origin))) pageProblems.push(`${order.id}: detail link ${link}`);
    const read = cache.read(detailPage(order, owner, words), url.href);
    detailPagesRead += 1;
    if (!read.recognized || read.kind !== 'order-detail') {
      pageProblems.push(`${order.id}: detail page not read (${read.recognized ? read.kind : read.reason})`);
      continue;
    }
    if (read.problems.length) pageProblems.push(`${order.id} detail: ${read.problems.join('; ')}`);
    upsert(store, read.orders as OrderDetail[], owner.marketplace, owner.installAt);
  }
  return { store, listed, truth, pagesRead, detailPagesRead, pageProblems, readBackProblems: readBack(owner, listed) };
}

/** Every simulated order read back from the list pages with its id, date, total, items and ship-to. */
function readBack(owner: Owner, listed: Map<string, OrderSummary>): string[] {
  const problems: string[] = [];
  const currency = LOCALES[owner.marketplace].currency;
  for (const order of owner.orders) {
    const read = listed.get(order.id);
    if (!read) {
      problems.push(`${order.id}: not read`);
      continue;
    }
    const expected = order.shipTo ? order.shipTo.address.spellings[order.shipTo.spelling].read : null;
    if (JSON.stringify(read.shipTo) !== JSON.stringify(expected)) problems.push(`${order.id}: ship-to ${JSON.stringify(read.shipTo)} ≠ ${JSON.stringify(expected)}`);
    if (read.placedOn !== order.placedOn) problems.push(`${order.id}: placed ${read.placedOn} ≠ ${order.placedOn}`);
    if (read.total?.amount !== order.total || read.total?.currency !== currency) problems.push(`${order.id}: total ${JSON.stringify(read.total)} ≠ ${order.total}`);
    if (read.digital !== order.digital) problems.push(`${order.id}: digital ${read.digital}`);
    if (JSON.stringify(read.items.map((i) => [i.title, i.quantity])) !== JSON.stringify(order.items.map((i) => [i.title, i.quantity]))) problems.push(`${order.id}: items ${JSON.stringify(read.items)}`);
  }
  if (listed.size !== owner.orders.length) problems.push(`${listed.size} orders read, ${owner.orders.length} simulated`);
  return problems;
}

/** The judge input as judgeMarketplace builds it from the store after the first check: nothing answered or learned yet. */
export function judgeInput(owner: Owner, orders: StoredOrder[], scenario: Scenario): JudgeInput {
  const at = owner.installAt;
  const entered = scenario === 'entered' ? owner.addresses.filter((a) => a.entered).map((a) => a.spellings[0].read) : [];
  return {
    marketplace: owner.marketplace,
    now: at,
    orders,
    knownAddresses: entered,
    enteredAddresses: entered,
    learned: [],
    answers: { mine: new Set(), notMine: new Set() },
    firstHistoryAt: at,
    rejectedAddresses: [],
    signedOutAt: null,
    addressBook: {
      entries: owner.addressBook.map((a, i) => ({ id: i + 1, marketplace: owner.marketplace, address: a.spellings[0].read, firstSeenAt: at, lastSeenAt: at })),
      firstSeenAt: at,
    },
    devices: {
      entries: owner.devices.map((d) => ({ id: `${owner.marketplace}|${d.name}`, marketplace: owner.marketplace, name: d.name, type: d.type, registeredOn: d.registeredOn, firstSeenAt: at, lastSeenAt: at })),
      firstSeenAt: at,
    },
    security: { marketplace: owner.marketplace, previous: null, current: owner.security, changedAt: at, seenAt: at },
  };
}

function verdict(order: SimOrder, byOrder: Map<string, RuleFinding[]>): OrderVerdict {
  const found = byOrder.get(order.id) ?? [];
  return {
    id: order.id,
    placedOn: order.placedOn,
    flagged: found.length > 0,
    alerted: found.some((f) => f.severity === 'alert'),
    findings: found.map((f) => `${f.rule}:${f.severity}`),
  };
}

function accountHits(change: AccountChange, owner: Owner, findings: RuleFinding[]): RuleFinding[] {
  const account = findings.filter((f) => !f.orderId);
  switch (change) {
    case 'address-book-add':
      return account.filter((f) => f.rule === 'new-book-address');
    case 'new-device': {
      const names = new Set(owner.devices.filter((d) => d.attack).map((d) => d.name));
      return account.filter((f) => f.rule === 'new-device' && names.has(f.subject ?? ''));
    }
    case 'two-step-takeover':
      return account.filter((f) => f.rule === 'security-change' && !/^email:/.test(f.subject ?? ''));
    case 'email-change':
      return account.filter((f) => f.rule === 'security-change' && /^email:/.test(f.subject ?? ''));
  }
}

export function score(owner: Owner, findings: RuleFinding[]): ScenarioResult {
  const byOrder = new Map<string, RuleFinding[]>();
  for (const f of findings) if (f.orderId) byOrder.set(f.orderId, [...(byOrder.get(f.orderId) ?? []), f]);
  const where = (o: SimOrder) => (o.shipTo ? `${o.shipTo.address.kind}: ${shipToText(o.shipTo.address.spellings[o.shipTo.spelling].read)}` : null);
  const attackOrders = owner.orders.filter((o) => o.attack).map((o) => ({ ...verdict(o, byOrder), attack: o.attack!, total: o.total, title: o.items[0].title, shipTo: where(o) }));
  const own = owner.orders.filter((o) => !o.attack).map((o) => ({ order: o, v: verdict(o, byOrder) }));
  const falseAlerts = own.filter(({ v }) => v.alerted).map(({ order, v }) => ({ ...v, habit: order.habit, shipTo: where(order) }));
  const changes = owner.attack?.accountChanges ?? [];
  const account = changes.map((change) => {
    const hits = accountHits(change, owner, findings);
    return { change, flagged: hits.length > 0, alerted: hits.some((f) => f.severity === 'alert') };
  });
  const explained = new Set(changes.flatMap((c) => accountHits(c, owner, findings)).map((f) => f.id));
  const accountFalseAlerts = findings.filter((f) => !f.orderId && f.severity === 'alert' && !explained.has(f.id)).map((f) => `${f.rule}: ${f.subject}`);
  return { attackOrders, falseAlerts, ownFlagged: own.filter(({ v }) => v.flagged).length, account, accountFalseAlerts };
}

/** One owner through the whole pipeline: pages written, read, stored, judged in both scenarios, scored. */
export function evaluateOwner(owner: Owner, cache: ReadCache): OwnerResult {
  const read = readOwner(owner, cache);
  const orders = [...read.store.values()];
  const scenarios = Object.fromEntries(SCENARIOS.map((s) => [s, score(owner, judge(judgeInput(owner, orders, s)))])) as Record<Scenario, ScenarioResult>;
  return {
    index: owner.index,
    marketplace: owner.marketplace,
    language: owner.language,
    profile: owner.profile,
    years: owner.years,
    ownOrders: owner.orders.filter((o) => !o.attack).length,
    attackClasses: owner.attack?.classes ?? [],
    accountChanges: owner.attack?.accountChanges ?? [],
    traits: owner.traits,
    pagesRead: read.pagesRead,
    detailPagesRead: read.detailPagesRead,
    pageProblems: read.pageProblems,
    readBackProblems: read.readBackProblems,
    scenarios,
  };
}
