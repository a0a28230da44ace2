import type { Translate } from '../utils/i18n';
import { marketplaceById } from '../utils/marketplaces';
import type { PresumedAddress } from '../utils/db/known-world';
import { addressSummary } from './address-summary';

interface Props {
  presumed: PresumedAddress[];
  t: Translate;
  onConfirm: (presumed: PresumedAddress) => Promise<void>;
}

/** Addresses trusted on first use (used twice, long before we were installed): the owner confirms each. */
export function PresumedAddressList({ presumed, t, onConfirm }: Props) {
  if (presumed.length === 0) return null;
  return (
    <section aria-labelledby="presumed-addresses">
      <h3 id="presumed-addresses">{t('presumedHeading')}</h3>
      <p>{t('presumedHelp')}</p>
      <ul class="address-list">
        {presumed.map((p, i) => {
          const summary = addressSummary(p.address);
          return (
            <li key={i}>
              <span class="address-list__marketplace">{marketplaceById(p.marketplace)?.host}</span> {summary}{' '}
              <span class="address-list__presumed">{t('presumedBadge')}</span>{' '}
              <button type="button" onClick={() => void onConfirm(p)} aria-label={t('confirmAddress', summary)}>
                {t('confirm')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
