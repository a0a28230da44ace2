import type { RuleFinding } from '../detection/finding';
import { judgeBasisOf, judgeWith } from '../detection/judge';
import type { MarketplaceId } from '../marketplaces';
import type { SentinelDatabase } from './database';
import { orderViewOf } from './findings';
import { isIncomplete } from './incomplete';
import { basisRecordOf, type JudgeWorld } from './judge-basis';
import type { Finding, MarketplaceState, StoredOrder } from './records';
import { inOneTransaction } from './transaction';

/**
 * What a judgement starts from besides the orders: the world the rules see, and the stored findings and marketplace
 * state it merges into (read once, here, with the rest).
 */
export interface LoadedWorld {
  world: JudgeWorld;
  stored: Finding[];
  state: MarketplaceState | undefined;
}

/** The known world of one marketplace besides its orders, as the rules need it, from the store. */
export async function loadJudgeWorld(db: SentinelDatabase, marketplace: MarketplaceId, now: number): Promise<LoadedWorld> {
  const [known, learned, findings, book, devices, security, state] = await Promise.all([
    db.knownAddresses.where('marketplace').equals(marketplace).toArray(),
    db.learned.where('marketplace').equals(marketplace).toArray(),
    db.findings.where('marketplace').equals(marketplace).toArray(),
    db.addressBook.where('marketplace').equals(marketplace).toArray(),
    db.devices.where('marketplace').equals(marketplace).toArray(),
    db.security.get(marketplace),
    db.marketplaceState.get(marketplace),
  ]);
  const answered = (status: 'mine' | 'not-me') => new Set(findings.filter((f) => f.status === status && f.orderId).map((f) => f.orderId!));
  const world: JudgeWorld = {
    marketplace,
    now,
    knownAddresses: known.map((k) => k.address),
    enteredAddresses: known.filter((k) => k.source !== 'answer').map((k) => k.address),
    learned,
    answers: { mine: answered('mine'), notMine: answered('not-me') },
    firstHistoryAt: state?.firstHistoryAt ?? null,
    rejectedAddresses: state?.rejectedAddresses ?? [],
    signedOutAt: state?.signedOutAt ?? null,
    addressBook: { entries: book, firstSeenAt: state?.firstAddressBookAt ?? null },
    devices: { entries: devices, firstSeenAt: state?.firstDevicesAt ?? null },
    security: security ?? null,
  };
  return { world, stored: findings, state };
}

/** Every order of one marketplace: what a whole judgement judges. */
function marketplaceOrders(db: SentinelDatabase, marketplace: MarketplaceId): Promise<StoredOrder[]> {
  return db.orders.where('marketplace').equals(marketplace).toArray();
}

/** What a judgement leaves: how many findings the rules produce, and the marketplace's findings as now stored. */
export interface Judged {
  produced: number;
  findings: readonly Finding[];
}

/**
 * Judges one marketplace's whole history against the store as it is now, in the caller's transaction (or one of its
 * own), merges the findings, and keeps the basis and window for the next read (judge-changes.ts). Returns how many
 * findings the rules produce.
 */
export async function judgeMarketplace(db: SentinelDatabase, marketplace: MarketplaceId, now: number): Promise<number> {
  return (await judgeWholeMarketplace(db, marketplace, now)).produced;
}

/** judgeMarketplace, with the findings as stored after it. */
export function judgeWholeMarketplace(db: SentinelDatabase, marketplace: MarketplaceId, now: number): Promise<Judged> {
  return inOneTransaction(db, async () => {
    const [loaded, orders] = await Promise.all([loadJudgeWorld(db, marketplace, now), marketplaceOrders(db, marketplace)]);
    return judgeWholeHistory(db, loaded, orders);
  });
}

/** The work once the world and every order are loaded. */
async function judgeWholeHistory(db: SentinelDatabase, { world, stored, state }: LoadedWorld, orders: StoredOrder[]): Promise<Judged> {
  const input = { ...world, orders };
  const basis = judgeBasisOf(input);
  const findings = judgeWith(input, basis);
  const { record, window } = basisRecordOf(input, basis, findings.map(({ id, orderId }) => ({ id, orderId })));
  // Writes to separate tables, asked together: one wait instead of four.
  const [merged] = await Promise.all([
    mergeFindings(db, stored, findings, input.now, new Map(orders.map((o) => [o.id, o]))),
    db.judgeBasis.put(record),
    db.judgeWindows.put(window),
    recordJudgedCounts(db, state, basis.presumed.length, orders.filter(isIncomplete).length),
  ]);
  return { produced: findings.length, findings: merged };
}

/** What the popup shows without a scan: how many addresses are presumed, and how many orders lack their address. */
export async function recordJudgedCounts(db: SentinelDatabase, state: MarketplaceState | undefined, presumedAddresses: number, incompleteOrders: number) {
  // Most reads change neither: no write then.
  if (state && (state.presumedAddresses !== presumedAddresses || state.incompleteOrders !== incompleteOrders)) {
    await db.marketplaceState.put({ ...state, presumedAddresses, incompleteOrders });
  }
}

/**
 * Merges what the rules now find into the stored findings. Nothing is ever deleted: an open finding the rules no
 * longer produce (the owner added the address, say) is withdrawn, and raised again it is open again with when it was
 * first raised and notified, so it is never notified twice. Answers are kept whatever the rules say. Returns the
 * marketplace's findings as stored after it.
 */
export async function mergeFindings(
  db: SentinelDatabase,
  /** The marketplace's stored findings, as loadJudgeWorld read them in this transaction. */
  stored: readonly Finding[],
  findings: readonly RuleFinding[],
  now: number,
  /** The orders the findings are about, by id: each finding keeps what the popup shows of its order. */
  orders: ReadonlyMap<string, StoredOrder>,
  /** The orders judged, when not the whole history: open findings on other orders stay as they are. */
  judgedOrders?: ReadonlySet<string>,
): Promise<Finding[]> {
  const before = new Map(stored.map((f) => [f.id, f]));
  const fresh = new Set(findings.map((f) => f.id));
  const judged = (f: Finding) => !judgedOrders || f.orderId === null || judgedOrders.has(f.orderId);
  const changed: Finding[] = [];
  for (const previous of before.values()) {
    if (previous.status === 'open' && !fresh.has(previous.id) && judged(previous)) changed.push({ ...previous, status: 'withdrawn' });
  }
  for (const produced of findings) {
    const order = produced.orderId === null ? undefined : orders.get(produced.orderId);
    const finding = order ? { ...produced, orderView: orderViewOf(order) } : produced;
    const previous = before.get(finding.id);
    const next: Finding = previous
      ? { ...previous, ...finding, status: previous.status === 'withdrawn' ? 'open' : previous.status }
      : { ...finding, status: 'open', createdAt: now };
    if (!previous || JSON.stringify(previous) !== JSON.stringify(next)) changed.push(next);
  }
  if (changed.length > 0) await db.findings.bulkPut(changed);
  for (const finding of changed) before.set(finding.id, finding);
  return [...before.values()];
}
