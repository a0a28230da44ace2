import type { AnyPageResult, UnknownPage } from '../amazon/read-page';
import { storePageRead } from '../background/store-page-read';
import { recordPageRead } from '../db/operations';
import type { SentinelDatabase } from '../db/database';
import type { MarketplaceId } from '../marketplaces';
import { MAX_ATTEMPTS, PAUSE_MS, backoffDelay } from './backoff';
import { MAX_PAGES, checkPlan, type CheckStep } from './check-plan';

/** A check in progress, kept in IndexedDB after every request, so a stopped service worker resumes it. */
export interface CheckState {
  startedAt: number;
  queue: CheckStep[];
  failures: Partial<Record<MarketplaceId, number>>;
  /** Why a marketplace's check stopped early: "sign-in page", "robot check", "network". */
  stopped: Partial<Record<MarketplaceId, string>>;
  requests: number;
  finishedAt: number | null;
}

export interface CheckDeps {
  db: SentinelDatabase;
  /** A GET with the owner's own session (the browser sends its cookies; we never read them). */
  fetchPage: (url: string) => Promise<{ ok: boolean; status: number; url: string; html: string }>;
  parse: (html: string, url: string) => Promise<AnyPageResult | UnknownPage>;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  onFindingsChanged: () => Promise<void>;
}

const STATE_KEY = 'check';
const ACCOUNT_ASKED = 'accountPagesAskedAt|';

export async function readCheckState(db: SentinelDatabase): Promise<CheckState | null> {
  return ((await db.settings.get(STATE_KEY))?.value as CheckState | undefined) ?? null;
}

async function save(db: SentinelDatabase, state: CheckState) {
  await db.settings.put({ key: STATE_KEY, value: state });
}

/** Plans a new check unless one is still under way (then it is continued instead). */
export async function startCheck(deps: CheckDeps, watched: readonly MarketplaceId[]): Promise<CheckState> {
  const current = await readCheckState(deps.db);
  if (current && current.finishedAt === null) return current;
  const now = deps.now();
  // Account pages are asked for again after a day (whether they could be read or not: no request every check).
  const asked = new Map((await deps.db.settings.where('key').startsWith(ACCOUNT_ASKED).toArray()).map((s) => [s.key, s.value as number]));
  const lastAccountRead = (m: MarketplaceId) => asked.get(`${ACCOUNT_ASKED}${m}`) ?? null;
  const state: CheckState = { startedAt: now, queue: checkPlan(watched, lastAccountRead, now), failures: {}, stopped: {}, requests: 0, finishedAt: null };
  await save(deps.db, state);
  return state;
}

/**
 * Runs the check to its end, one request at a time with a pause between them. Incremental: a list stops at its
 * first page whose orders were all known. A sign-in page or a robot check stops that marketplace (with a status the
 * popup shows) and nothing is retried before the next period; network errors back off exponentially, then give up.
 */
export async function runCheck(deps: CheckDeps): Promise<CheckState | null> {
  const state = await readCheckState(deps.db);
  if (!state || state.finishedAt !== null) return state;
  while (state.queue.length > 0) {
    const step = state.queue[0];
    const page = await deps.fetchPage(step.url).catch(() => null);
    state.requests += 1;
    if (!page || (!page.ok && page.status >= 500) || page.status === 0) {
      const failures = (state.failures[step.marketplace] ?? 0) + 1;
      state.failures[step.marketplace] = failures;
      if (failures >= MAX_ATTEMPTS) stopMarketplace(state, step.marketplace, 'network');
      await save(deps.db, state);
      if (failures < MAX_ATTEMPTS) await deps.sleep(backoffDelay(failures));
      continue;
    }
    state.failures[step.marketplace] = 0;
    const read = await deps.parse(page.html, page.url);
    const now = deps.now();
    if (!read.recognized && (read.reason === 'sign-in page' || read.reason === 'robot check')) {
      stopMarketplace(state, step.marketplace, read.reason);
      await recordPageRead(deps.db, { marketplace: step.marketplace, at: now, recognized: false, problem: read.reason, orderCount: 0 });
      await save(deps.db, state);
      continue;
    }
    state.queue.shift();
    if (step.list === 'devices' || step.list === 'login-security') await deps.db.settings.put({ key: `${ACCOUNT_ASKED}${step.marketplace}`, value: now });
    if (read.kind !== 'unknown' && read.marketplace === step.marketplace) {
      const known = read.recognized && read.kind === 'order-list' ? await allKnown(deps.db, step.marketplace, read.orders.map((o) => o.id)) : true;
      await storePageRead(deps.db, read, page.url, now);
      await deps.onFindingsChanged();
      if (read.recognized && read.kind === 'order-list' && !known && read.nextPage && step.page < MAX_PAGES) {
        state.queue.unshift({ ...step, url: read.nextPage, page: step.page + 1 });
      }
    }
    await save(deps.db, state);
    if (state.queue.length > 0) await deps.sleep(PAUSE_MS);
  }
  state.finishedAt = deps.now();
  await save(deps.db, state);
  return state;
}

function stopMarketplace(state: CheckState, marketplace: MarketplaceId, why: string) {
  state.stopped[marketplace] = why;
  state.queue = state.queue.filter((s) => s.marketplace !== marketplace);
}

async function allKnown(db: SentinelDatabase, marketplace: MarketplaceId, ids: string[]): Promise<boolean> {
  const found = await db.orders.bulkGet(ids.map((id) => [marketplace, id] as [string, string]));
  return found.every(Boolean);
}
