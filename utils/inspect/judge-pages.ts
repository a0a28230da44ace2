import type { PageResult, ShipTo } from '../amazon/types';
import type { StoredOrder } from '../db/records';
import { judge } from '../detection/judge';
import type { JudgeInput } from '../detection/world';
import type { Localized } from '../localized';
import type { MarketplaceId } from '../marketplaces';

export interface KnownFile {
  addresses?: ShipTo[];
  devices?: string[];
}

export interface InspectFinding {
  marketplace: MarketplaceId;
  orderId: string | null;
  subject: string | null;
  severity: string;
  rule: string;
  reason: Localized;
}

/**
 * The judgement the extension would make on these pages, as if it saw them all now for the first time: orders from
 * list and detail pages merged per marketplace, the owner's known world from `--known` (without it, trust on first
 * use alone), the same rules.
 */
export function judgePages(reads: readonly PageResult[], known: KnownFile | null, now: number): InspectFinding[] {
  const byMarketplace = new Map<MarketplaceId, Map<string, StoredOrder>>();
  for (const read of reads) {
    if (!read.recognized || !('orders' in read)) continue;
    const orders = byMarketplace.get(read.marketplace) ?? new Map<string, StoredOrder>();
    for (const order of read.orders) {
      const before = orders.get(order.id);
      orders.set(order.id, { ...before, ...order, shipTo: order.shipTo ?? before?.shipTo ?? null, marketplace: read.marketplace, firstSeenAt: now, lastSeenAt: now });
    }
    byMarketplace.set(read.marketplace, orders);
  }
  return [...byMarketplace].flatMap(([marketplace, orders]) => {
    const input: JudgeInput = {
      marketplace,
      now,
      orders: [...orders.values()],
      knownAddresses: known?.addresses ?? [],
      enteredAddresses: known?.addresses ?? [],
      learned: (known?.devices ?? []).map((device) => ({ id: `${marketplace}|device|${device}`, marketplace, kind: 'device', value: device, addedAt: now })),
      answers: { mine: new Set(), notMine: new Set() },
      firstHistoryAt: now,
      rejectedAddresses: [],
      signedOutAt: null,
      addressBook: { entries: [], firstSeenAt: null },
      devices: { entries: [], firstSeenAt: null },
      security: null,
    };
    return judge(input).map(({ orderId, subject, severity, rule, reason }) => ({ marketplace, orderId, subject, severity, rule, reason }));
  });
}
