import type { Translate } from '../../utils/i18n';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { KnownAddressForm } from '../../components/KnownAddressForm';
import { KnownAddressList } from '../../components/KnownAddressList';
import type { ShipTo } from '../../utils/amazon/types';
import type { KnownAddress } from '../../utils/db/records';
import type { MarketplaceId } from '../../utils/marketplaces';

interface Props {
  t: Translate;
  listAddresses: () => Promise<KnownAddress[]>;
  addAddress: (marketplace: MarketplaceId, address: ShipTo) => Promise<void>;
  removeAddress: (id: number) => Promise<void>;
}

export function Options({ t, listAddresses, addAddress, removeAddress }: Props) {
  const [addresses, setAddresses] = useState<KnownAddress[] | null>(null);
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
        {addresses && <KnownAddressList addresses={addresses} t={t} onRemove={(id) => removeAddress(id).then(reload)} />}
        <h3>{t('addAddressHeading')}</h3>
        <KnownAddressForm t={t} onAdd={(m, a) => addAddress(m, a).then(reload)} />
      </section>
    </div>
  );
}
