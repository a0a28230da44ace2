import { addressOneLine } from '../format/address';
import { formatDate, formatMoney } from '../format/format';
import { marketplaceById, type MarketplaceId } from '../marketplaces';

/**
 * A plain-text account of the incident that the owner pastes into Amazon's chat, an e-mail to the card company or a
 * police report: what was detected and when, each suspicious order (id, date, total, ship-to, items, why), and what
 * changed in the account. Plain text only, one fact per line, no trailing spaces; the same input always gives the
 * same text (orders sorted by date, then id).
 */

export interface IncidentShipTo {
  name: string | null;
  lines: string[];
  postalCode: string | null;
  region: string | null;
  country: string | null;
}

export interface IncidentOrder {
  id: string;
  /** ISO date (YYYY-MM-DD). */
  placedOn: string | null;
  total: { amount: number; currency: string } | null;
  shipTo: IncidentShipTo | null;
  items: { title: string; quantity: number }[];
  /** Why the order looks suspicious, in the summary's language. */
  reasons: string[];
}

export interface IncidentInput {
  marketplace: MarketplaceId;
  language: 'ja' | 'en';
  /** Epoch milliseconds. */
  detectedAt: number;
  orders: IncidentOrder[];
  /** What changed in the account, in the summary's language. */
  accountChanges: string[];
  /** IANA time zone for the detection time; the runtime's own when omitted. */
  timeZone?: string;
}

const TEXT = {
  ja: {
    title: 'Amazon アカウントへの不正アクセスについて（概要）',
    marketplace: 'マーケットプレイス',
    detected: '検知日時',
    orders: (n: number) => `不審な注文（${n}件）`,
    noOrders: '不審な注文：見つかっていません',
    order: '注文番号',
    placedOn: '注文日',
    total: '合計',
    shipTo: 'お届け先',
    items: '商品',
    reasons: '不審な点',
    changes: 'アカウントの変更',
    noChanges: 'アカウントの変更：確認されていません',
    colon: '：',
    closing: '上記の注文とアカウントの変更は、私が行ったものではありません。第三者にアカウントを乗っ取られたものと考えています。',
  },
  en: {
    title: 'Unauthorised access to my Amazon account: summary',
    marketplace: 'Marketplace',
    detected: 'Detected',
    orders: (n: number) => `Suspicious orders (${n})`,
    noOrders: 'Suspicious orders: none found',
    order: 'Order',
    placedOn: 'Placed on',
    total: 'Total',
    shipTo: 'Ship to',
    items: 'Items',
    reasons: 'Why it is suspicious',
    changes: 'Changes to the account',
    noChanges: 'Changes to the account: none found',
    colon: ': ',
    closing: 'I did not place these orders or make these account changes; someone else took over my account.',
  },
} as const;

/** One line: page strings can carry line breaks and runs of spaces, which would break the layout. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The ship-to address on one line, in its country's order (an American address reads the same in a Japanese summary). */
export function shipToLine(shipTo: IncidentShipTo): string {
  return addressOneLine(shipTo);
}

function detectedText(epochMs: number, language: 'ja' | 'en', timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(epochMs));
}

function byDateThenId(a: IncidentOrder, b: IncidentOrder): number {
  if (a.placedOn !== b.placedOn) {
    if (a.placedOn === null) return 1;
    if (b.placedOn === null) return -1;
    return a.placedOn < b.placedOn ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function incidentSummary(input: IncidentInput): string {
  const text = TEXT[input.language];
  const field = (label: string, value: string) => `${label}${text.colon}${value}`;
  const host = marketplaceById(input.marketplace)?.host ?? input.marketplace;
  const out: string[] = [
    text.title,
    field(text.marketplace, host),
    field(text.detected, detectedText(input.detectedAt, input.language, input.timeZone)),
    '',
  ];

  const orders = [...input.orders].sort(byDateThenId);
  if (orders.length === 0) {
    out.push(text.noOrders);
  } else {
    out.push(text.orders(orders.length));
    orders.forEach((order, index) => {
      out.push(`${index + 1}. ${field(text.order, oneLine(order.id))}`);
      const indent = '   ';
      out.push(indent + field(text.placedOn, formatDate(order.placedOn, input.language)));
      out.push(indent + field(text.total, formatMoney(order.total, input.language)));
      if (order.shipTo) {
        const address = shipToLine(order.shipTo);
        if (address) out.push(indent + field(text.shipTo, address));
      }
      const items = order.items.filter((item) => oneLine(item.title) !== '');
      if (items.length > 0) {
        out.push(indent + field(text.items, '').trimEnd());
        for (const item of items) out.push(`${indent}- ${oneLine(item.title)} ×${item.quantity}`);
      }
      const reasons = order.reasons.map(oneLine).filter(Boolean);
      if (reasons.length > 0) {
        out.push(indent + field(text.reasons, '').trimEnd());
        for (const reason of reasons) out.push(`${indent}- ${reason}`);
      }
    });
  }
  out.push('');

  const changes = input.accountChanges.map(oneLine).filter(Boolean);
  if (changes.length === 0) {
    out.push(text.noChanges);
  } else {
    out.push(text.changes);
    for (const change of changes) out.push(`- ${change}`);
  }
  out.push('', text.closing);

  return out.map((line) => line.trimEnd()).join('\n');
}
