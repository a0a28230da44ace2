import { useState } from 'preact/hooks';
import type { ShipTo } from '../utils/amazon/types';
import type { Translate } from '../utils/i18n';
import { MARKETPLACES, type MarketplaceId } from '../utils/marketplaces';
import { FilePicker } from './FilePicker';

interface Props {
  t: Translate;
  /** The site the picker starts on (the owner's own, see preferredMarketplace). */
  initialMarketplace: MarketplaceId;
  onImport: (marketplace: MarketplaceId, addresses: ShipTo[]) => Promise<void>;
}

/** Reads `{"addresses": [{"name", "lines", "postalCode", "region", "country"}]}` (the `npm run inspect --known` format). */
export function parseAddressFile(text: string): ShipTo[] | null {
  try {
    const parsed = JSON.parse(text) as { addresses?: unknown };
    if (!Array.isArray(parsed.addresses)) return null;
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    const addresses = parsed.addresses.map((a: Record<string, unknown>) => ({
      name: str(a?.name),
      lines: Array.isArray(a?.lines) ? a.lines.map(str).filter((l): l is string => l !== null) : [],
      postalCode: str(a?.postalCode),
      region: str(a?.region),
      country: str(a?.country),
    }));
    return addresses.length > 0 && addresses.every((a) => a.lines.length > 0) ? addresses : null;
  } catch {
    return null;
  }
}

export function ImportAddresses({ t, initialMarketplace, onImport }: Props) {
  const [marketplace, setMarketplace] = useState<MarketplaceId>(initialMarketplace);
  const [status, setStatus] = useState<string | null>(null);
  const onFile = async (file: File) => {
    const addresses = parseAddressFile(await file.text());
    if (!addresses) {
      setStatus(t('importFailed'));
      return;
    }
    await onImport(marketplace, addresses);
    setStatus(t('imported', String(addresses.length)));
  };
  return (
    <div class="import">
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
      <FilePicker t={t} label={t('importAddresses')} onFile={(file) => void onFile(file)} />
      {status && <p role="status">{status}</p>}
    </div>
  );
}
