import type { SentinelDatabase } from '../db/database';
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
 * One notification per marketplace for alerts not notified before, then each is marked so it is never notified
 * again. Nothing when the owner switched notifications off (the badge and the popup still show everything).
 */
export async function notifyNewAlerts(deps: NotifyDeps): Promise<number> {
  const enabled = (await deps.db.settings.get('notifications'))?.value !== false;
  const fresh = (await deps.db.findings.where('status').equals('open').toArray()).filter((f) => f.severity === 'alert' && !f.notifiedAt);
  if (fresh.length === 0) return 0;
  await deps.db.findings.bulkPut(fresh.map((f) => ({ ...f, notifiedAt: deps.now })));
  if (!enabled) return 0;
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
