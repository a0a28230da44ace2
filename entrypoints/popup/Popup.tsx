import type { Translate } from '../../utils/i18n';
import { useEffect, useState } from 'preact/hooks';
import { FindingCard } from '../../components/FindingCard';
import { StatusLine } from '../../components/StatusLine';
import type { Overview } from '../../utils/messages';

interface Props {
  language: 'ja' | 'en';
  t: Translate;
  loadOverview: () => Promise<Overview>;
  answer: (findingId: string, answer: 'mine' | 'not-me') => Promise<unknown>;
  onOpenOptions: () => void;
}

export function Popup({ language, t, loadOverview, answer, onOpenOptions }: Props) {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = () => loadOverview().then(setOverview, () => setFailed(true));
  useEffect(() => void reload(), [loadOverview]);

  return (
    <div class="popup">
      <header class="popup__header">
        <h1>{t('extName')}</h1>
        <button type="button" class="link-button" onClick={onOpenOptions}>
          {t('openSettings')}
        </button>
      </header>
      {failed && <p role="alert">{t('loadFailed')}</p>}
      {overview && (
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
                  onAnswer={(choice) => void answer(view.finding.id, choice).then(reload)}
                />
              ))}
            </section>
          )}
        </>
      )}
    </div>
  );
}
