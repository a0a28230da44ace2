import type { Translate } from '../../utils/i18n';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { KnownAddressForm } from '../../components/KnownAddressForm';
import { KnownAddressList } from '../../components/KnownAddressList';
import type { ShipTo } from '../../utils/amazon/types';
import { ImportAddresses } from '../../components/ImportAddresses';
import { PresumedAddressList } from '../../components/PresumedAddressList';
import type { Replies } from '../../utils/messages';
import type { MarketplaceId } from '../../utils/marketplaces';

interface Props {
  t: Translate;
  listAddresses: () => Promise<Replies['options:list-known-addresses']>;
  addAddress: (marketplace: MarketplaceId, address: ShipTo) => Promise<void>;
  importAddresses: (marketplace: MarketplaceId, addresses: ShipTo[]) => Promise<void>;
  removeAddress: (id: number) => Promise<void>;
}

export function Options({ t, listAddresses, addAddress, importAddresses, removeAddress }: Props) {
  const [addresses, setAddresses] = useState<Replies['options:list-known-addresses'] | null>(null);
  const reload = useCallback(() => listAddresses().then(setAddresses), [listAddresses]);
  useEffect(() => void reload(), [reload]);

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
          <PresumedAddressList presumed={addresses.presumed} t={t} onConfirm={(p) => addAddress(p.marketplace, p.address).then(reload)} />
        )}
        <h3>{t('addAddressHeading')}</h3>
        <KnownAddressForm t={t} onAdd={(m, a) => addAddress(m, a).then(reload)} />
        <h3>{t('importHeading')}</h3>
        <ImportAddresses t={t} onImport={(m, a) => importAddresses(m, a).then(reload)} />
      </section>
    </div>
  );
}
