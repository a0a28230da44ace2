import { useEffect, useState } from 'preact/hooks';
import { CheckProgress } from '../../components/CheckProgress';
import { FindingCard } from '../../components/FindingCard';
import { KnownAddressForm } from '../../components/KnownAddressForm';
import { PresumedAddressList } from '../../components/PresumedAddressList';
import { SignInStep, sitesNeedingOwner } from '../../components/SignInStep';
import { Verdict } from '../../components/Verdict';
import type { ShipTo } from '../../utils/amazon/types';
import type { CheckState } from '../../utils/db/check-state';
import type { PresumedAddress } from '../../utils/db/known-world';
import type { Settings } from '../../utils/db/settings';
import type { Verdict as VerdictData } from '../../utils/db/verdict';
import { preferredMarketplace, suggestedMarketplaces } from '../../utils/first-run/suggest-marketplaces';
import type { Translate } from '../../utils/i18n';
import { MARKETPLACES, type MarketplaceId } from '../../utils/marketplaces';

export interface WelcomeChoices {
  watched: MarketplaceId[];
  notifications: boolean;
  historyMonths: 12 | 24;
}

interface Props {
  language: 'ja' | 'en';
  t: Translate;
  browserLanguages: readonly string[];
  loadSettings: () => Promise<Settings>;
  loadVerdict: () => Promise<VerdictData>;
  saveChoices: (choices: WelcomeChoices) => Promise<unknown>;
  checkNow: () => Promise<CheckState | null>;
  addAddress: (marketplace: MarketplaceId, address: ShipTo) => Promise<void>;
  confirmAddress: (presumed: PresumedAddress) => Promise<void>;
  rejectAddress: (presumed: PresumedAddress) => Promise<void>;
  answer: (findingId: string, answer: 'mine' | 'not-me') => Promise<unknown>;
  requestAccess: (marketplace: MarketplaceId) => Promise<boolean>;
  /** Calls back when the browser's site access changes (the owner may grant it elsewhere); returns the unsubscribe. */
  onAccessChanged: (listener: () => void) => () => void;
}

const POLL_MS = 1000;

/**
 * The first run: which sites, the owner's addresses (optional), notifications; then one button for the baseline
 * check, its progress, the sites that need the owner (sign in, allow access), and the verdict with the addresses
 * the check presumes, to confirm or reject.
 */
export function Welcome(props: Props) {
  const { t, language } = props;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [verdict, setVerdict] = useState<VerdictData | null>(null);
  const [choices, setChoices] = useState<WelcomeChoices | null>(null);
  const [noSite, setNoSite] = useState(false);
  const reload = () => props.loadVerdict().then(setVerdict);

  useEffect(() => {
    void Promise.all([props.loadSettings(), props.loadVerdict()]).then(([s, v]) => {
      setSettings(s);
      setVerdict(v);
      const visited = v.overview.reads.map((r) => r.marketplace);
      setChoices({ watched: suggestedMarketplaces(props.browserLanguages, visited), notifications: s.notifications, historyMonths: s.historyMonths });
    });
    return props.onAccessChanged(() => void reload());
  }, []);

  const running = verdict?.check != null && verdict.check.finishedAt === null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [running]);

  if (!settings || !verdict || !choices) return <p class="welcome__loading">{t('extName')}</p>;

  const start = async () => {
    if (choices.watched.length === 0) return setNoSite(true);
    setNoSite(false);
    await props.saveChoices(choices);
    await props.checkNow();
    await reload();
  };
  const toggle = (m: MarketplaceId, on: boolean) =>
    setChoices({ ...choices, watched: on ? [...new Set([...choices.watched, m])] : choices.watched.filter((w) => w !== m) });
  const needsOwner = sitesNeedingOwner(verdict.check);

  return (
    <div class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <form
        class="welcome__choices"
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <fieldset>
          <legend>{t('welcomeSitesHeading')}</legend>
          {MARKETPLACES.map((m) => (
            <label key={m.id} class="welcome__site">
              <input type="checkbox" checked={choices.watched.includes(m.id)} onChange={(e) => toggle(m.id, (e.target as HTMLInputElement).checked)} /> {m.host}
            </label>
          ))}
        </fieldset>
        <label class="welcome__option">
          <input type="checkbox" checked={choices.notifications} onChange={(e) => setChoices({ ...choices, notifications: (e.target as HTMLInputElement).checked })} />{' '}
          {t('settingsNotifications')}
        </label>
        <label class="welcome__option">
          {t('historyMonthsLabel')}{' '}
          <select value={String(choices.historyMonths)} onChange={(e) => setChoices({ ...choices, historyMonths: Number((e.target as HTMLSelectElement).value) as 12 | 24 })}>
            <option value="12">{t('historyMonths_12')}</option>
            <option value="24">{t('historyMonths_24')}</option>
          </select>
        </label>
        {noSite && <p role="alert">{t('welcomeNoSite')}</p>}
        <button type="submit" class="welcome__check" disabled={running}>
          {t('welcomeCheck')}
        </button>
      </form>
      {running && verdict.check && <CheckProgress state={verdict.check} t={t} />}
      {needsOwner.map(([m, why]) => (
        <SignInStep
          key={m}
          marketplace={m}
          why={why}
          t={t}
          onContinue={() => void props.checkNow().then(reload)}
          onGrantAccess={() =>
            void props
              .requestAccess(m)
              .then(async (granted) => {
                if (granted) await props.checkNow();
              })
              .then(reload)
          }
        />
      ))}
      {verdict.check && !running && <Verdict verdict={verdict} t={t} />}
      {verdict.check && !running && verdict.overview.findings.length > 0 && (
        <section class="findings" aria-label={t('findingsHeading', String(verdict.overview.findings.length))}>
          {verdict.overview.findings.map((view) => (
            <FindingCard key={view.finding.id} views={[view]} language={language} t={t} onAnswer={(choice) => void props.answer(view.finding.id, choice).then(reload)} />
          ))}
        </section>
      )}
      <section class="welcome__addresses" aria-labelledby="welcome-addresses">
        <h2 id="welcome-addresses">{t('welcomeAddressesHeading')}</h2>
        <p>{t('welcomeAddressesHelp')}</p>
        <PresumedAddressList
          presumed={verdict.presumed}
          t={t}
          onConfirm={(p) => props.confirmAddress(p).then(reload)}
          onReject={(p) => props.rejectAddress(p).then(reload)}
        />
        <KnownAddressForm t={t} initialMarketplace={preferredMarketplace(props.browserLanguages, settings?.watched ?? [])} onAdd={(m, a) => props.addAddress(m, a).then(reload)} />
      </section>
    </div>
  );
}
