// The baseline check of a two-year, 30-page history (the simulator's, 12 orders a month, the 24-month setting): how
// many requests it makes and how long it takes. The pauses between requests are counted at their real length
// (PAUSE_MS each) without being waited for; the rest (parsing, storing, judging) is measured.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Window } from 'happy-dom';
import { readPage } from '../utils/amazon/read-page';
import { createWriter } from '../utils/background/writer';
import { SentinelDatabase } from '../utils/db/database';
import { PAUSE_MS } from '../utils/watch/backoff';
import { runCheck, startCheck } from '../utils/watch/run-check';
import { twoYearHistory } from '../tests/simulator/two-year-history';

const ORIGIN = 'https://www.amazon.co.jp';

export async function benchBaseline(): Promise<string> {
  const now = Date.UTC(2026, 11, 1, 3);
  const history = twoYearHistory({ now, months: 24, ordersPerMonth: 12 });
  const db = new SentinelDatabase('bench-baseline', { indexedDB: new IDBFactory(), IDBKeyRange });
  const window = new Window();
  let requests = 0;
  let paused = 0;
  const deps = {
    db,
    fetchPage: async (url: string) => {
      requests += 1;
      const html = history.pages.get(url.slice(ORIGIN.length));
      return { status: html === undefined ? 404 : 200, url, html: html ?? '<html></html>', redirected: false };
    },
    parse: async (html: string, url: string) => readPage(new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document, url),
    canRead: async () => true,
    sleep: async (ms: number) => void (paused += ms),
    now: () => now,
    write: createWriter(),
    onFindingsChanged: async () => {},
  };
  const started = performance.now();
  await startCheck(deps, ['co.jp'], 24);
  const state = await runCheck(deps);
  const work = performance.now() - started;
  const orders = await db.orders.count();
  await window.happyDOM.close();
  return `| two-year history, ${history.historyPageCount} year-filter pages, ${history.orders.length} orders | ${requests} | ${orders} | ${(paused / 1000).toFixed(0)} s (${paused / PAUSE_MS} × ${PAUSE_MS / 1000} s) | ${(work / 1000).toFixed(1)} s | ${((paused + work) / 1000).toFixed(0)} s | ${state?.finishedAt ? 'finished' : 'not finished'} |`;
}
