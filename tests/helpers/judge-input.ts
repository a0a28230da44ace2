import type { OrderSummary, ShipTo } from '../../utils/amazon/types';
import type { StoredOrder } from '../../utils/db/records';
import type { JudgeInput } from '../../utils/detection/world';

export const NOW = Date.UTC(2026, 10, 30, 12);

/** A judge input with nothing known, for rule tests to fill in. */
export function judgeInput(patch: Partial<JudgeInput> = {}): JudgeInput {
  return {
    marketplace: 'co.jp',
    now: NOW,
    orders: [],
    knownAddresses: [],
    enteredAddresses: [],
    learned: [],
    answers: { mine: new Set(), notMine: new Set() },
    firstHistoryAt: NOW,
    rejectedAddresses: [],
    signedOutAt: null,
    addressBook: { entries: [], firstSeenAt: null },
    devices: { entries: [], firstSeenAt: null },
    security: null,
    ...patch,
  };
}

let counter = 0;

/** A stored order with sensible defaults. */
export function order(patch: Partial<StoredOrder> & { shipTo?: ShipTo | null } = {}): StoredOrder {
  counter += 1;
  const base: OrderSummary = {
    id: `249-${String(1000000 + counter)}-1234567`,
    placedOn: '2026-11-27',
    total: { amount: 2480, currency: 'JPY' },
    digital: false,
    shipTo: null,
    items: [{ title: '方眼ノート', asin: null, quantity: 1 }],
    status: null,
    detailUrl: null,
  };
  return { ...base, marketplace: 'co.jp', firstSeenAt: NOW, lastSeenAt: NOW, ...patch };
}
