import type { DeviceEntry } from '../utils/db/records';
import type { Translate } from '../utils/i18n';
import { marketplaceById } from '../utils/marketplaces';

interface Props {
  devices: DeviceEntry[];
  /** `${marketplace}|${name}` of the devices the owner confirmed. */
  confirmed: string[];
  t: Translate;
  onConfirm: (device: DeviceEntry) => Promise<void>;
  onForget: (device: DeviceEntry) => Promise<void>;
}

/** The devices read from Content & Devices: confirm the owner's own, forget one that is gone. */
export function DeviceList({ devices, confirmed, t, onConfirm, onForget }: Props) {
  if (devices.length === 0) return <p>{t('noDevices')}</p>;
  return (
    <ul class="address-list">
      {devices.map((device) => {
        const label = [device.name, device.type && `(${device.type})`, device.registeredOn].filter(Boolean).join(' ');
        const isConfirmed = confirmed.includes(`${device.marketplace}|${device.name}`);
        return (
          <li key={device.id}>
            <span class="address-list__marketplace">{marketplaceById(device.marketplace)?.host}</span> {label}{' '}
            {isConfirmed ? (
              <span class="address-list__presumed">{t('deviceConfirmed')}</span>
            ) : (
              <button type="button" onClick={() => void onConfirm(device)} aria-label={t('confirmDevice', device.name)}>
                {t('confirm')}
              </button>
            )}{' '}
            <button type="button" onClick={() => void onForget(device)} aria-label={t('removeDevice', device.name)}>
              {t('remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
