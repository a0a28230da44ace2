import type { Translate } from '../../utils/i18n';
import { useEffect, useState } from 'preact/hooks';
import { FindingCard } from '../../components/FindingCard';
import { StatusLine } from '../../components/StatusLine';
import type { ComponentProps } from 'preact';
import type { MarketplaceId } from '../../utils/marketplaces';
import type { Overview } from '../../utils/messages';
import { RecoveryView } from './RecoveryView';

interface Props {
  language: 'ja' | 'en';
  t: Translate;
  loadOverview: () => Promise<Overview>;
  answer: (findingId: string, answer: 'mine' | 'not-me') => Promise<unknown>;
  onOpenOptions: () => void;
  /** Opened from a notification: straight to the recovery view of that marketplace. */
  initialRecovery: MarketplaceId | null;
  recovery: Omit<ComponentProps<typeof RecoveryView>, 'marketplace' | 'language' | 't' | 'onBack'>;
}

export function Popup({ language, t, loadOverview, answer, onOpenOptions, initialRecovery, recovery }: Props) {
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
      {recoveryFor && <RecoveryView {...recovery} marketplace={recoveryFor} language={language} t={t} onBack={() => setRecoveryFor(null)} />}
      {failed && <p role="alert">{t('loadFailed')}</p>}
      {!recoveryFor && overview && (
        <>
          <StatusLine
            reads={overview.reads}
            marketplacesWithoutAddresses={overview.marketplacesWithoutAddresses}
            findingCount={overview.findings.length}
            language={language}
            t={t}
            onOpenOptions={onOpenOptions}
          />
          {overview.findings.length > 0 && (
            <section class="findings" aria-label={t('findingsHeading', String(overview.findings.length))}>
              {overview.findings.map((view) => (
                <FindingCard
                  key={view.finding.id}
                  view={view}
                  language={language}
                  t={t}
                  onAnswer={(choice) =>
                    void answer(view.finding.id, choice)
                      .then(reload)
                      // "Not me" starts the way back at once.
                      .then(() => choice === 'not-me' && setRecoveryFor(view.finding.marketplace))
                  }
                />
              ))}
            </section>
          )}
        </>
      )}
    </div>
  );
}
