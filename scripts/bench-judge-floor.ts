// Part of `npm run bench` (run by bench-judge-page.ts in the page): what IndexedDB alone costs a page read of orders.
// The same requests a read makes (utils/db/judge-changes.ts), asked directly in one read-write transaction, with no
// judging and none of Dexie's layer: the orders it writes, the world, the basis, the window, then the
// writes. Each writes back what it read, so the store is as it was. No read can cost less than this on IndexedDB.
import { answerOf } from '../utils/db/direct-read';

export async function requestsAlone(connection: IDBDatabase, marketplace: string, orderIds: readonly string[]): Promise<number> {
  const t = performance.now();
  const transaction = connection.transaction([...connection.objectStoreNames], 'readwrite');
  const committed = new Promise((resolve, reject) => {
    transaction.oncomplete = resolve;
    transaction.onabort = () => reject(transaction.error);
  });
  const store = (name: string) => transaction.objectStore(name);
  const ofMarketplace = (name: string) => answerOf(store(name).index('marketplace').getAll(marketplace));
  const [orders, , , , , , , state, basis] = await Promise.all([
    Promise.all(orderIds.map((id) => answerOf(store('orders').get([marketplace, id])))),
    ofMarketplace('knownAddresses'),
    ofMarketplace('learned'),
    ofMarketplace('findings'),
    ofMarketplace('addressBook'),
    ofMarketplace('devices'),
    answerOf(store('security').get(marketplace)),
    answerOf(store('marketplaceState').get(marketplace)),
    answerOf(store('judgeBasis').get(marketplace)),
    answerOf(store('judgeWindows').get(marketplace)),
  ]);
  for (const order of orders) store('orders').put(order);
  store('judgeBasis').put(basis);
  store('marketplaceState').put(state);
  store('pageReads').put({ marketplace, at: 0, recognized: true, problem: null, orderCount: orderIds.length });
  await committed;
  return performance.now() - t;
}
