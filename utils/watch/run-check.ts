import type { AnyPageResult, UnknownPage } from '../amazon/read-page';
import { accountPagesAskedAt, baselineAt, checkStateItem, recordCheckOutcome, type CheckState, type CheckStep, type CheckStop } from '../db/check-state';
import type { SentinelDatabase } from '../db/database';
import { allOrdersKnown, recordPageRead, storePageRead } from '../db/page-reads';
import { noteSignedOut } from '../db/signed-out';
import { inOneTransaction } from '../db/transaction';
import type { MarketplaceId } from '../marketplaces';
import { MAX_ATTEMPTS, PAUSE_MS, backoffDelay } from './backoff';
import { epochOf } from '../detection/world';
import { checkPlan, followNextPage } from './check-plan';

export type { CheckState };

/** What a fetch of one page gave: a redirect is never followed (it could lead off Amazon), only reported. */
export interface FetchedPage {
  status: number;
  url: string;
  html: string;
  redirected: boolean;
}

export interface CheckDeps {
  db: SentinelDatabase;
  /** A GET with the owner's own session (the browser sends its cookies; we never read them); null: no answer. */
  fetchPage: (url: string) => Promise<FetchedPage | null>;
  parse: (html: string, url: string) => Promise<AnyPageResult | UnknownPage>;
  /** Whether the browser lets us read the marketplace (the owner can switch each site off): asked before each request. */
  canRead: (marketplace: MarketplaceId) => Promise<boolean>;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** The background's one writer: every change to the store runs through it, one at a time. */
  write: <T>(work: () => Promise<T>) => Promise<T>;
  /** After a write that may have changed the findings (the badge and notifications follow); run inside `write`. */
  onFindingsChanged: () => Promise<void>;
}

export function readCheckState(db: SentinelDatabase): Promise<CheckState | null> {
  return checkStateItem.read(db);
}

/**
 * Plans a new check unless one is still under way: then that one goes on, and a marketplace it stopped (the owner
 * has signed in since, say) is planned again at its end.
 */
export function startCheck(deps: CheckDeps, watched: readonly MarketplaceId[], historyMonths = 12): Promise<CheckState> {
  return deps.write(async () => {
    const current = await readCheckState(deps.db);
    const running = current !== null && current.finishedAt === null;
    const now = deps.now();
    const again = running ? watched.filter((m) => m in current.stopped && !current.queue.some((s) => s.marketplace === m)) : watched;
    const known = await Promise.all(again.map(async (m) => [m, { asked: await accountPagesAskedAt(m).read(deps.db), baseline: await baselineAt(m).read(deps.db) }] as const));
    const of = new Map(known);
    const queue = checkPlan({ watched: again, now, historyMonths, baselineAt: (m) => of.get(m)?.baseline ?? null, accountPagesAskedAt: (m) => of.get(m)?.asked ?? null });
    const baseline = again.filter((m) => of.get(m)?.baseline === null);
    let state: CheckState;
    if (running) {
      if (again.length === 0) return current;
      state = { ...current, queue: [...current.queue, ...queue], baseline: [...new Set([...(current.baseline ?? []), ...baseline])] };
      for (const m of again) {
        delete state.stopped[m];
        delete state.failures[m];
        delete state.unread?.[m];
      }
    } else {
      state = { startedAt: now, queue, failures: {}, stopped: {}, requests: 0, done: 0, baseline, finishedAt: null };
    }
    await checkStateItem.write(deps.db, state);
    return state;
  });
}

/** A page whose end never came (the connection dropped inside it): its orders may lack what the rules need. */
function cutShort(html: string): boolean {
  return !/<\/html\s*>/i.test(html.slice(-4096));
}

type Outcome =
  | { kind: 'read'; read: AnyPageResult | UnknownPage; url: string; cut: boolean }
  | { kind: 'stop'; why: CheckStop; read?: AnyPageResult | UnknownPage }
  | { kind: 'retry'; why: CheckStop };

/** A marketplace the browser does not let us read is not fetched (that is no network failure): it is said. */
async function fetchStep(deps: CheckDeps, step: CheckStep): Promise<Outcome> {
  if (!(await deps.canRead(step.marketplace).catch(() => false))) return { kind: 'stop', why: 'no access' };
  return judgeFetch(deps, await deps.fetchPage(step.url).catch(() => null));
}

/** What one fetched page means for the check. A robot check or sign-in page counts whatever status it came with. */
async function judgeFetch(deps: CheckDeps, page: FetchedPage | null): Promise<Outcome> {
  if (page?.redirected) return { kind: 'stop', why: 'redirected' };
  if (!page || page.status === 0) return { kind: 'retry', why: 'network' };
  const read = await deps.parse(page.html, page.url);
  if (!read.recognized && (read.reason === 'sign-in page' || read.reason === 'robot check')) return { kind: 'stop', why: read.reason, read };
  if (page.status >= 500) return { kind: 'retry', why: 'network' };
  return { kind: 'read', read, url: page.url, cut: cutShort(page.html) };
}

/**
 * Runs the check to its end, one request at a time with a pause between them. Incremental: a list stops at its
 * first page whose orders were all known. A sign-in page, a robot check or a redirect stops that marketplace (with a
 * status the popup shows); no answer or a server error backs off exponentially, then gives up.
 * Every change to the store, the check's own state included, is one write through the background's writer, so a
 * stopped worker resumes at the request in flight and a deleted check stays deleted.
 */
export async function runCheck(deps: CheckDeps): Promise<CheckState | null> {
  let state = await readCheckState(deps.db);
  const startedAt = state?.startedAt;
  // Resumed by a new worker: the last request (perhaps the one in flight when the old worker stopped) was just now,
  // for all we know; the pause comes first, as it would have.
  if (state && state.finishedAt === null && state.requests > 0) await deps.sleep(pauseBefore(state));
  while (state && state.finishedAt === null) {
    // Asked again before each request: a check deleted (or replaced) during the pause makes no more requests.
    state = await readCheckState(deps.db);
    if (!state || state.startedAt !== startedAt || state.finishedAt !== null) break;
    const step = state.queue[0];
    const outcome = step ? await fetchStep(deps, step) : null;
    state = await deps.write(async () => {
      const changed = { findings: false };
      // The page's orders and the check's step commit together: a worker stopped in between would otherwise leave
      // the orders stored and the step to do again, and the page, now all known, would end its list too early.
      const applied = await inOneTransaction(deps.db, async () => {
        const current = await readCheckState(deps.db);
        // Deleted, or replaced by a newer check meanwhile: this one has nothing more to do.
        if (!current || current.startedAt !== startedAt || current.finishedAt !== null) return null;
        // Another runner (a worker Chrome is still tearing down, say) already handled this step: its outcome is theirs.
        if (JSON.stringify(current.queue[0]) !== JSON.stringify(step)) return current;
        const now = deps.now();
        if (!step || !outcome) {
          current.finishedAt = now;
        } else {
          current.requests += 1;
          changed.findings = await applyOutcome(current, deps, step, outcome, now);
        }
        await checkStateItem.write(deps.db, current);
        return current;
      });
      // The badge and notifications after the commit (they are not the database's, and must not hold it open).
      if (changed.findings) await deps.onFindingsChanged();
      return applied;
    });
    if (!state || state.finishedAt !== null) break;
    if (state.queue.length > 0) await deps.sleep(pauseBefore(state));
  }
  return readCheckState(deps.db);
}

/** The wait before the next request: the polite pause, or the back-off after failures of its marketplace. */
function pauseBefore(state: CheckState): number {
  const failures = state.failures[state.queue[0]?.marketplace] ?? 0;
  return failures > 0 ? backoffDelay(failures) : PAUSE_MS;
}

/** Applies one step's outcome to the check and the store (in the caller's transaction); true if findings may have changed. */
async function applyOutcome(state: CheckState, deps: CheckDeps, step: CheckStep, outcome: Outcome, now: number): Promise<boolean> {
  const m = step.marketplace;
  if (outcome.kind === 'retry') {
    const failures = (state.failures[m] ?? 0) + 1;
    state.failures[m] = failures;
    // Said at once, not after the last try: while the check waits, the popup must not look all clear.
    await recordCheckOutcome(deps.db, m, outcome.why, now);
    if (failures >= MAX_ATTEMPTS) stopMarketplace(state, m, outcome.why);
    return false;
  }
  if (outcome.kind === 'stop') {
    stopMarketplace(state, m, outcome.why);
    const signedOut = outcome.why === 'sign-in page' && (await noteSignedOut(deps.db, m, now));
    if (outcome.read) await recordPageRead(deps.db, { marketplace: m, at: now, recognized: false, problem: outcome.why, orderCount: 0 });
    await recordCheckOutcome(deps.db, m, outcome.why, now);
    return signedOut;
  }
  state.failures[m] = 0;
  state.queue.shift();
  state.done = (state.done ?? 0) + 1;
  if (step.list === 'devices' || step.list === 'login-security') await accountPagesAskedAt(m).write(deps.db, now);
  const { read } = outcome;
  // A page cut short is stored for what it holds (an order missing its address is kept as incomplete, never judged
  // clean), but the check of that marketplace is not complete, and nothing after the cut is followed.
  if (outcome.cut) (state.unread ??= {})[m] = 'page cut short';
  else if (!read.recognized) (state.unread ??= {})[m] = 'layout not recognised';
  if (read.kind !== 'unknown' && read.marketplace === m) {
    const known = read.recognized && read.kind === 'order-list' ? await allOrdersKnown(deps.db, m, read.orders.map((o) => o.id)) : true;
    await storePageRead(deps.db, read, outcome.url, now);
    if (read.recognized && read.kind === 'order-list' && !outcome.cut && read.nextPage) {
      const placedOn = read.orders.flatMap((o) => (o.placedOn ? [epochOf(o.placedOn)] : []));
      if (followNextPage(step, { placedOn, allKnown: known, nextPage: read.nextPage })) state.queue.unshift({ ...step, url: read.nextPage, page: step.page + 1 });
    }
  }
  if (!state.queue.some((s) => s.marketplace === m)) {
    const problem = state.unread?.[m] ?? null;
    await recordCheckOutcome(deps.db, m, problem, now);
    // Its baseline read whole: from now on its checks are incremental. One with a page unread is read whole again.
    if (problem === null && state.baseline?.includes(m)) await baselineAt(m).write(deps.db, now);
  }
  return read.kind !== 'unknown' && read.marketplace === m;
}

function stopMarketplace(state: CheckState, marketplace: MarketplaceId, why: CheckStop) {
  state.stopped[marketplace] = why;
  state.done = (state.done ?? 0) + state.queue.filter((s) => s.marketplace === marketplace).length;
  state.queue = state.queue.filter((s) => s.marketplace !== marketplace);
}
