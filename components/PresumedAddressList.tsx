import type { Translate } from '../utils/i18n';
import { marketplaceById } from '../utils/marketplaces';
import type { PresumedAddress } from '../utils/db/known-world';
import { addressOneLine } from '../utils/format/address';

interface Props {
  presumed: PresumedAddress[];
  t: Translate;
  onConfirm: (presumed: PresumedAddress) => Promise<void>;
  /** "Not mine": never presumed again; the orders that went there are judged at once. */
  onReject: (presumed: PresumedAddress) => Promise<void>;
}

/** Addresses trusted on first use (used twice, long before we were installed): the owner confirms or rejects each. */
export function PresumedAddressList({ presumed, t, onConfirm, onReject }: Props) {
  if (presumed.length === 0) return null;
  return (
    <section aria-labelledby="presumed-addresses">
      <h3 id="presumed-addresses">{t('presumedHeading')}</h3>
      <p>{t('presumedHelp')}</p>
      <ul class="address-list">
        {presumed.map((p) => {
          const summary = addressOneLine(p.address);
          return (
            <li key={`${p.marketplace}|${summary}`} class="presumed-address">
              <span class="address-list__marketplace">{marketplaceById(p.marketplace)?.host}</span> {summary}{' '}
              <span class="address-list__presumed">{t('presumedBadge')}</span>{' '}
              <span class="address-list__use">{t('presumedUse', [String(p.orders), p.since.slice(0, 7)])}</span>{' '}
              <button type="button" onClick={() => void onConfirm(p)} aria-label={t('confirmAddress', summary)}>
                {t('confirm')}
              </button>{' '}
              <button type="button" onClick={() => void onReject(p)} aria-label={t('rejectAddressLabel', summary)}>
                {t('rejectAddress')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
