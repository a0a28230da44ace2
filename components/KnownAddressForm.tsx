import type { Translate } from '../utils/i18n';
import { useState } from 'preact/hooks';
import type { ShipTo } from '../utils/amazon/types';
import { MARKETPLACES, type MarketplaceId } from '../utils/marketplaces';

interface Props {
  t: Translate;
  /** The site the form starts on (the owner's own, see preferredMarketplace). */
  initialMarketplace: MarketplaceId;
  onAdd: (marketplace: MarketplaceId, address: ShipTo) => Promise<void>;
}

const FIELDS = ['name', 'postalCode', 'region', 'line1', 'line2', 'country'] as const;
type Field = (typeof FIELDS)[number];

/** Adds one of the owner's own addresses; orders shipped elsewhere are then flagged. */
export function KnownAddressForm({ t, initialMarketplace, onAdd }: Props) {
  const [marketplace, setMarketplace] = useState<MarketplaceId>(initialMarketplace);
  const empty = Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<Field, string>;
  const [values, setValues] = useState(empty);
  const set = (field: Field) => (event: Event) => setValues({ ...values, [field]: (event.target as HTMLInputElement).value });
  const orNull = (text: string) => text.trim() || null;

  const submit = async (event: Event) => {
    event.preventDefault();
    await onAdd(marketplace, {
      name: orNull(values.name),
      lines: [values.line1, values.line2].map((l) => l.trim()).filter(Boolean),
      postalCode: orNull(values.postalCode),
      region: orNull(values.region),
      country: orNull(values.country),
    });
    setValues(empty);
  };

  return (
    <form class="address-form" onSubmit={submit} aria-label={t('addAddressHeading')}>
      <label>
        {t('marketplace')}
        <select value={marketplace} onChange={(e) => setMarketplace((e.target as HTMLSelectElement).value as MarketplaceId)}>
          {MARKETPLACES.map((m) => (
            <option key={m.id} value={m.id}>
              {m.host}
            </option>
          ))}
        </select>
      </label>
      {FIELDS.map((field) => (
        <label key={field}>
          {t(`field_${field}`)}
          <input
            name={field}
            value={values[field]}
            onInput={set(field)}
            required={field === 'line1' || field === 'postalCode'}
            autocomplete="off"
          />
        </label>
      ))}
      <button type="submit">{t('addAddress')}</button>
    </form>
  );
}
