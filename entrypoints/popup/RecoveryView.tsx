import { useEffect, useState } from 'preact/hooks';
import { IncidentSummary } from '../../components/IncidentSummary';
import { RecoveryChecklist } from '../../components/RecoveryChecklist';
import type { IncidentView } from '../../utils/db/incident';
import type { Translate } from '../../utils/i18n';
import { MARKETPLACES, type MarketplaceId } from '../../utils/marketplaces';
import { recoveryChecklist } from '../../utils/recovery/checklist';
import { incidentSummary } from '../../utils/recovery/incident-summary';

interface Props {
  marketplace: MarketplaceId;
  language: 'ja' | 'en';
  t: Translate;
  loadIncident: (marketplace: MarketplaceId) => Promise<IncidentView>;
  updateIncident: (marketplace: MarketplaceId, patch: { toggle?: string; lockedOut?: boolean }) => Promise<unknown>;
  copy: (text: string) => Promise<void>;
  onBack: () => void;
}

/** The way back: the checklist for the marketplace, its progress, and the summary to hand to Amazon, the card company, the police. */
export function RecoveryView({ marketplace: initial, language, t, loadIncident, updateIncident, copy, onBack }: Props) {
  const [marketplace, setMarketplace] = useState(initial);
  const [incident, setIncident] = useState<IncidentView | null>(null);
  const reload = () => loadIncident(marketplace).then(setIncident);
  useEffect(() => void reload(), [marketplace]);
  if (!incident) return null;

  const sections = recoveryChecklist(marketplace, {
    orderIds: incident.orders.map((o) => o.id),
    lockedOut: incident.progress.lockedOut,
    issuer: incident.issuer,
  });
  const summary = incidentSummary({
    marketplace,
    language,
    detectedAt: incident.progress.startedAt,
    orders: incident.orders.map((o) => ({ ...o, reasons: o.reasons.map((r) => r[language]) })),
    accountChanges: incident.accountChanges.map((r) => r[language]),
  });
  return (
    <div class="recovery">
      <div class="recovery__top">
        <button type="button" class="link-button" onClick={onBack}>
          {t('backToFindings')}
        </button>
        <label>
          {t('marketplace')}{' '}
          <select value={marketplace} onChange={(e) => setMarketplace((e.target as HTMLSelectElement).value as MarketplaceId)}>
            {MARKETPLACES.map((m) => (
              <option key={m.id} value={m.id}>
                {m.host}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label class="recovery__locked-out">
        <input
          type="checkbox"
          checked={incident.progress.lockedOut}
          onChange={(e) => void updateIncident(marketplace, { lockedOut: (e.target as HTMLInputElement).checked }).then(reload)}
        />{' '}
        {t('lockedOut')}
      </label>
      <RecoveryChecklist
        sections={sections}
        language={language}
        t={t}
        done={new Set(incident.progress.done)}
        onToggle={(stepId) => void updateIncident(marketplace, { toggle: stepId }).then(reload)}
      />
      <IncidentSummary text={summary} t={t} onCopy={copy} />
    </div>
  );
}
