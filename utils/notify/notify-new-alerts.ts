import type { SentinelDatabase } from '../db/database';
import { claimAlertsToNotify } from '../db/findings';
import { readSettings } from '../db/settings';
import type { Finding } from '../db/records';
import { marketplaceById } from '../marketplaces';

/** The slice of `browser.notifications` we use (basic type, so Firefox shows it too). */
export interface NotificationApi {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
}

export interface NotifyDeps {
  db: SentinelDatabase;
  notifications: NotificationApi;
  iconUrl: string;
  language: 'ja' | 'en';
  t: (key: 'notificationTitle' | 'notificationMore', substitution: string) => string;
  now: number;
}

/** Notification ids carry the marketplace, so a click opens the recovery view for it. */
export const NOTIFICATION_PREFIX = 'order-sentinel|';

/**
 * One notification per marketplace for alerts not notified before, each marked first so it is never notified
 * again (the background runs this inside its one writer, so two runs never overlap). Nothing when the owner
 * switched notifications off (the badge and the popup still show everything).
 */
export async function notifyNewAlerts(deps: NotifyDeps): Promise<number> {
  const enabled = (await readSettings(deps.db)).notifications;
  const fresh = await claimAlertsToNotify(deps.db, deps.now);
  if (fresh.length === 0 || !enabled) return 0;
  const byMarketplace = new Map<string, Finding[]>();
  for (const f of fresh) byMarketplace.set(f.marketplace, [...(byMarketplace.get(f.marketplace) ?? []), f]);
  for (const [marketplace, findings] of byMarketplace) {
    const host = marketplaceById(marketplace)?.host ?? marketplace;
    const more = findings.length > 1 ? ` ${deps.t('notificationMore', String(findings.length - 1))}` : '';
    await deps.notifications.create(`${NOTIFICATION_PREFIX}${marketplace}|${deps.now}`, {
      type: 'basic',
      iconUrl: deps.iconUrl,
      title: deps.t('notificationTitle', host),
      message: `${findings[0].reason[deps.language]}${more}`,
    });
  }
  return byMarketplace.size;
}
