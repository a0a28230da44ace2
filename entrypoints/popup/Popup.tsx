import type { Translate } from '../../utils/i18n';
import { useEffect, useState } from 'preact/hooks';
import { FindingCard } from '../../components/FindingCard';
import { StatusLine } from '../../components/StatusLine';
import type { ComponentProps } from 'preact';
import type { MarketplaceId } from '../../utils/marketplaces';
import type { Overview } from '../../utils/db/overview';
import { CheckNow } from '../../components/CheckNow';
import { ReportPage } from '../../components/ReportPage';
import { RecoveryView } from './RecoveryView';

interface Props {
  language: 'ja' | 'en';
  t: Translate;
  loadOverview: () => Promise<Overview>;
  answer: (findingId: string, answer: 'mine' | 'not-me') => Promise<unknown>;
  onOpenOptions: () => void;
  /** Opened from a notification: straight to the recovery view of that marketplace. */
  initialRecovery: MarketplaceId | null;
  check: Omit<ComponentProps<typeof CheckNow>, 't' | 'onDone'>;
  recovery: Omit<ComponentProps<typeof RecoveryView>, 'marketplace' | 'language' | 't' | 'onBack'>;
  /** "Report this page" for the current tab. */
  report: Omit<ComponentProps<typeof ReportPage>, 't'>;
}

/** One card per order (its findings together, alerts first), one per account finding; the overview's order kept. */
function groupByOrder(views: Overview['findings']): Overview['findings'][] {
  const groups = new Map<string, Overview['findings']>();
  for (const view of views) {
    const key = view.finding.orderId ? `${view.finding.marketplace}|${view.finding.orderId}` : view.finding.id;
    groups.set(key, [...(groups.get(key) ?? []), view]);
  }
  const rank = { alert: 0, warning: 1, info: 2 };
  return [...groups.values()].map((group) => group.sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity]));
}

export function Popup({ language, t, loadOverview, answer, onOpenOptions, initialRecovery, recovery, check, report }: Props) {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [failed, setFailed] = useState(false);
  const [recoveryFor, setRecoveryFor] = useState<MarketplaceId | null>(initialRecovery);
  const reload = () => loadOverview().then(setOverview, () => setFailed(true));
  useEffect(() => void reload(), [loadOverview]);

  return (
    <div class="popup">
      <header class="popup__header">
        <h1>{t('extName')}</h1>
        <div class="popup__nav">
          <button type="button" class="link-button" onClick={() => setRecoveryFor(overview?.reads[0]?.marketplace ?? 'co.jp')}>
            {t('recoveryHeading')}
          </button>{' '}
          <button type="button" class="link-button" onClick={onOpenOptions}>
            {t('openSettings')}
          </button>
        </div>
      </header>
      {!recoveryFor && <CheckNow {...check} t={t} onDone={() => void reload()} />}
      {recoveryFor && <RecoveryView {...recovery} marketplace={recoveryFor} language={language} t={t} onBack={() => setRecoveryFor(null)} />}
      {failed && <p role="alert">{t('loadFailed')}</p>}
      {!recoveryFor && overview && (
        <>
          <StatusLine
            reads={overview.reads}
            checks={overview.checks}
            incompleteOrders={overview.incompleteOrders}
            marketplacesWithoutAddresses={overview.marketplacesWithoutAddresses}
            addressesPresumed={overview.addressesPresumed}
            findingCount={overview.findings.length}
            language={language}
            t={t}
            onOpenOptions={onOpenOptions}
          />
          {overview.findings.length > 0 && (
            <section class="findings" aria-label={t('findingsHeading', String(overview.findings.length))}>
              {groupByOrder(overview.findings).map((views) => (
                <FindingCard
                  key={views[0].finding.id}
                  views={views}
                  language={language}
                  t={t}
                  onAnswer={(choice) =>
                    void answer(views[0].finding.id, choice)
                      .then(reload)
                      // "Not me" starts the way back at once.
                      .then(() => choice === 'not-me' && setRecoveryFor(views[0].finding.marketplace))
                  }
                />
              ))}
            </section>
          )}
        </>
      )}
      {!recoveryFor && (
        <footer class="popup__footer">
          <ReportPage {...report} t={t} />
        </footer>
      )}
    </div>
  );
}
