import * as v from 'valibot';
import { LIMITS } from '../amazon/limits';
import { marketplaceForUrl, type MarketplaceId } from '../marketplaces';
import { TabReadSchema } from '../protocol/report-schemas';
import { redactForReport, type ReportedPage } from './inspect-pages';

/**
 * A read the background refused (it did not pass the readers' own schemas, so the store refused it too): the bug
 * worth reporting. The report names where the read broke its schema, never the value found there.
 */
export interface RefusedPage {
  url: string | null;
  kind: string | null;
  marketplace: MarketplaceId | null;
  refused: true;
  /** `read.orders.3.id: regex`: the field's path and the check it failed. */
  problems: string[];
}

/** The background's answer to `popup:report-page`. */
export type PageReport =
  | { readable: true; host: string; page: ReportedPage | RefusedPage }
  | {
      readable: false;
      /** Every one is told to the owner the same way: this tab is not an Amazon page Order Sentinel reads. */
      why: 'not a supported marketplace' | 'no answer from the page' | 'not a page we read';
    };

const KINDS = ['order-list', 'order-detail', 'transactions', 'address-book', 'devices', 'login-security', 'unknown'];

/**
 * The report of one tab, from the tab's URL (null when the browser does not show it to us: a tab outside our host
 * permissions) and the content script's answer (undefined when none answered). Validated like every read, then
 * redacted (`redactForReport`): what leaves the background for the popup holds nothing that identifies the owner.
 */
export function pageReport(tabUrl: string | null, reply: unknown): PageReport {
  const marketplace = marketplaceForUrl(tabUrl ?? undefined);
  if (!marketplace) return { readable: false, why: 'not a supported marketplace' };
  if (reply === undefined || reply === null) return { readable: false, why: 'no answer from the page' };
  const host = marketplace.host;
  const parsed = v.safeParse(TabReadSchema, reply);
  if (!parsed.success) {
    const raw = reply as { url?: unknown; read?: { kind?: unknown } };
    const url = typeof raw.url === 'string' && marketplaceForUrl(raw.url) === marketplace ? raw.url : tabUrl;
    const kind = typeof raw.read?.kind === 'string' && KINDS.includes(raw.read.kind) ? raw.read.kind : null;
    const problems = parsed.issues.slice(0, LIMITS.problems).map((issue) => `${v.getDotPath(issue) ?? '(whole answer)'}: ${issue.type}`);
    const refused: RefusedPage = { url, kind, marketplace: marketplace.id, refused: true, problems };
    return { readable: true, host, page: redactForReport(refused) };
  }
  const { url, read } = parsed.output;
  // The tab moved to another marketplace between the two questions: nothing to say about the one the owner saw.
  if (marketplaceForUrl(url) !== marketplace || (read.marketplace !== null && read.marketplace !== marketplace.id)) {
    return { readable: false, why: 'no answer from the page' };
  }
  if (read.kind === 'unknown' && read.reason === 'not an Amazon page we read') return { readable: false, why: 'not a page we read' };
  const page = { url, ...read, problems: read.recognized ? read.problems : [read.reason] } as ReportedPage;
  return { readable: true, host, page: redactForReport(page) };
}
