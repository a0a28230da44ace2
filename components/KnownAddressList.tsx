import type { Translate } from '../utils/i18n';
import type { KnownAddress } from '../utils/db/records';
import { marketplaceById } from '../utils/marketplaces';
import { addressOneLine } from '../utils/format/address';

interface Props {
  addresses: KnownAddress[];
  t: Translate;
  onRemove: (id: number) => Promise<void>;
}

export function KnownAddressList({ addresses, t, onRemove }: Props) {
  if (addresses.length === 0) return <p>{t('noKnownAddresses')}</p>;
  return (
    <ul class="address-list">
      {addresses.map((known) => {
        const summary = addressOneLine(known.address);
        return (
          <li key={known.id}>
            <span class="address-list__marketplace">{marketplaceById(known.marketplace)?.host}</span> {summary}{' '}
            <button type="button" onClick={() => void onRemove(known.id!)} aria-label={t('removeAddress', summary)}>
              {t('remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
