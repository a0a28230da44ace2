import type { MarketplaceId } from '../marketplaces';
import { checkStateItem, type CheckOutcome, type CheckState, type CheckStop } from './check-state';
import type { SentinelDatabase } from './database';
import { listKnownAddresses, type PresumedAddress } from './known-world';
import { overview, type Overview } from './overview';
import { readSettings } from './settings';

/** What the first check found on one site: how much it read, and whether it read it all. */
export interface SiteVerdict {
  marketplace: MarketplaceId;
  orders: number;
  /** The first and last order dates read ('YYYY-MM-DD'); null: no order. */
  from: string | null;
  to: string | null;
  /** Why the check of it stopped, if it did (signed out, robot check, no access …). */
  stopped: CheckStop | null;
  outcome: CheckOutcome | null;
  /** Addresses the owner entered or confirmed there. */
  confirmedAddresses: number;
}

export interface Verdict {
  check: CheckState | null;
  sites: SiteVerdict[];
  overview: Overview;
  presumed: PresumedAddress[];
}

/** The welcome page's verdict: per watched site what was read, the findings, and the addresses to confirm. */
export async function verdict(db: SentinelDatabase): Promise<Verdict> {
  const [{ watched }, check, view, addresses] = await Promise.all([readSettings(db), checkStateItem.read(db), overview(db), listKnownAddresses(db)]);
  const sites = await Promise.all(
    watched.map(async (marketplace): Promise<SiteVerdict> => {
      const orders = await db.orders.where('marketplace').equals(marketplace).toArray();
      const dates = orders.flatMap((o) => (o.placedOn ? [o.placedOn] : [])).sort();
      return {
        marketplace,
        orders: orders.length,
        from: dates[0] ?? null,
        to: dates.at(-1) ?? null,
        stopped: check?.stopped[marketplace] ?? null,
        // The overview has every marketplace's last check outcome already.
        outcome: view.checks[marketplace] ?? null,
        confirmedAddresses: addresses.known.filter((k) => k.marketplace === marketplace).length,
      };
    }),
  );
  return { check, sites, overview: view, presumed: addresses.presumed };
}
