import { useState } from 'preact/hooks';
import type { Settings } from '../utils/db/settings';
import type { Translate } from '../utils/i18n';
import { MARKETPLACES, type MarketplaceId } from '../utils/marketplaces';

interface Props {
  settings: Settings;
  t: Translate;
  onSave: (patch: Partial<Settings>) => Promise<void>;
}

/** Notifications, marketplaces watched, and the owner's card company numbers (shown in the recovery checklist). */
export function SettingsForm({ settings, t, onSave }: Props) {
  const [issuer, setIssuer] = useState(settings.issuer ?? { name: '', regularLine: '', theftLine: '' });
  const [saved, setSaved] = useState(false);
  const watched = new Set(settings.watched);
  const toggleWatched = (id: MarketplaceId, on: boolean) => {
    const next = MARKETPLACES.map((m) => m.id).filter((m) => (m === id ? on : watched.has(m)));
    void onSave({ watched: next });
  };
  const saveIssuer = async (event: Event) => {
    event.preventDefault();
    const trim = (s: string | null) => s?.trim() || null;
    await onSave({ issuer: issuer.name.trim() ? { name: issuer.name.trim(), regularLine: trim(issuer.regularLine), theftLine: trim(issuer.theftLine) } : null });
    setSaved(true);
  };
  return (
    <>
      <section aria-labelledby="settings-notifications">
        <h2 id="settings-notifications">{t('generalHeading')}</h2>
        <label>
          <input type="checkbox" checked={settings.notifications} onChange={(e) => void onSave({ notifications: (e.target as HTMLInputElement).checked })} />{' '}
          {t('settingsNotifications')}
        </label>
        <p>
          <label>
            {t('checkEveryHours')}{' '}
            <input
              type="number"
              min={1}
              max={24}
              value={settings.checkEveryHours}
              onChange={(e) => {
                const hours = Number((e.target as HTMLInputElement).value);
                if (Number.isInteger(hours) && hours >= 1 && hours <= 24) void onSave({ checkEveryHours: hours });
              }}
            />
          </label>
        </p>
      </section>
      <section aria-labelledby="settings-marketplaces">
        <h2 id="settings-marketplaces">{t('marketplacesHeading')}</h2>
        <ul class="plain-list">
          {MARKETPLACES.map((m) => (
            <li key={m.id}>
              <label>
                <input type="checkbox" checked={watched.has(m.id)} onChange={(e) => toggleWatched(m.id, (e.target as HTMLInputElement).checked)} /> {m.host}
              </label>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="settings-issuer">
        <h2 id="settings-issuer">{t('issuerHeading')}</h2>
        <form class="address-form" onSubmit={saveIssuer}>
          <label>
            {t('issuerName')}
            <input name="issuerName" value={issuer.name} onInput={(e) => setIssuer({ ...issuer, name: (e.target as HTMLInputElement).value })} />
          </label>
          <label>
            {t('issuerRegular')}
            <input name="issuerRegular" inputMode="tel" value={issuer.regularLine ?? ''} onInput={(e) => setIssuer({ ...issuer, regularLine: (e.target as HTMLInputElement).value })} />
          </label>
          <label>
            {t('issuerTheft')}
            <input name="issuerTheft" inputMode="tel" value={issuer.theftLine ?? ''} onInput={(e) => setIssuer({ ...issuer, theftLine: (e.target as HTMLInputElement).value })} />
          </label>
          <button type="submit">{t('save')}</button>
          {saved && <p role="status">{t('saved')}</p>}
        </form>
      </section>
    </>
  );
}
