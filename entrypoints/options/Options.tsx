import type { Translate } from '../../utils/i18n';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { KnownAddressForm } from '../../components/KnownAddressForm';
import { KnownAddressList } from '../../components/KnownAddressList';
import type { ShipTo } from '../../utils/amazon/types';
import { ImportAddresses } from '../../components/ImportAddresses';
import { PresumedAddressList } from '../../components/PresumedAddressList';
import type { ComponentProps } from 'preact';
import { DataControls } from '../../components/DataControls';
import { DeviceList } from '../../components/DeviceList';
import { SettingsForm } from '../../components/SettingsForm';
import type { Settings } from '../../utils/db/settings';
import type { DeviceEntry } from '../../utils/db/records';
import type { Reply } from '../../utils/messaging/send';
import type { MarketplaceId } from '../../utils/marketplaces';
import { preferredMarketplace } from '../../utils/first-run/suggest-marketplaces';

interface Props {
  t: Translate;
  /** navigator.languages: the address forms start on the owner's own site. */
  browserLanguages: readonly string[];
  settings: {
    load: () => Promise<Settings>;
    save: (patch: Partial<Settings>) => Promise<unknown>;
  };
  devices: {
    load: () => Promise<Reply<'options:list-devices'>>;
    confirm: (device: DeviceEntry) => Promise<unknown>;
    forget: (device: DeviceEntry) => Promise<unknown>;
  };
  data: Omit<ComponentProps<typeof DataControls>, 't'>;
  listAddresses: () => Promise<Reply<'options:list-known-addresses'>>;
  addAddress: (marketplace: MarketplaceId, address: ShipTo) => Promise<void>;
  importAddresses: (marketplace: MarketplaceId, addresses: ShipTo[]) => Promise<void>;
  removeAddress: (id: number) => Promise<void>;
  rejectAddress: (marketplace: MarketplaceId, address: ShipTo) => Promise<void>;
}

export function Options({ t, browserLanguages, settings: settingsApi, devices: devicesApi, data, listAddresses, addAddress, importAddresses, removeAddress, rejectAddress }: Props) {
  const [addresses, setAddresses] = useState<Reply<'options:list-known-addresses'> | null>(null);
  const reload = useCallback(() => listAddresses().then(setAddresses), [listAddresses]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [devices, setDevices] = useState<Reply<'options:list-devices'> | null>(null);
  const ownSite = (loaded: Settings) => preferredMarketplace(browserLanguages, loaded.watched);
  const reloadAll = () => Promise.all([reload(), settingsApi.load().then(setSettings), devicesApi.load().then(setDevices)]);
  useEffect(() => void reloadAll(), []);

  return (
    <div class="options">
      <h1>
        {t('extName')} — {t('optionsTitle')}
      </h1>
      <section aria-labelledby="known-addresses">
        <h2 id="known-addresses">{t('knownAddressesHeading')}</h2>
        <p>{t('knownAddressesHelp')}</p>
        {addresses && <KnownAddressList addresses={addresses.known} t={t} onRemove={(id) => removeAddress(id).then(reload)} />}
        {addresses && (
          <PresumedAddressList
            presumed={addresses.presumed}
            t={t}
            onConfirm={(p) => addAddress(p.marketplace, p.address).then(reload)}
            onReject={(p) => rejectAddress(p.marketplace, p.address).then(reload)}
          />
        )}
        {settings && (
          <>
            <h3>{t('addAddressHeading')}</h3>
            <KnownAddressForm t={t} initialMarketplace={ownSite(settings)} onAdd={(m, a) => addAddress(m, a).then(reload)} />
            <h3>{t('importHeading')}</h3>
            <ImportAddresses t={t} initialMarketplace={ownSite(settings)} onImport={(m, a) => importAddresses(m, a).then(reload)} />
          </>
        )}
      </section>
      <section aria-labelledby="devices-heading">
        <h2 id="devices-heading">{t('devicesHeading')}</h2>
        {devices && (
          <DeviceList
            devices={devices.devices}
            confirmed={devices.confirmed}
            t={t}
            onConfirm={(d) => devicesApi.confirm(d).then(() => devicesApi.load().then(setDevices))}
            onForget={(d) => devicesApi.forget(d).then(() => devicesApi.load().then(setDevices))}
          />
        )}
      </section>
      {settings && <SettingsForm key={JSON.stringify(settings.issuer)} settings={settings} t={t} onSave={(patch) => settingsApi.save(patch).then(() => settingsApi.load().then(setSettings))} />}
      <DataControls {...data} t={t} onImport={(b) => data.onImport(b).then(async (result) => (await reloadAll(), result))} onDeleteAll={() => data.onDeleteAll().then(() => void reloadAll())} />
    </div>
  );
}
