import { render } from 'preact';
import { t, uiLanguage } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messaging/send';
import { Options } from './Options';

document.documentElement.lang = uiLanguage();
document.title = `${t('extName')} — ${t('optionsTitle')}`;
render(
  <Options
    t={t}
    settings={{
      load: () => sendToBackground({ type: 'options:get-settings' }),
      save: (settings) => sendToBackground({ type: 'options:save-settings', settings }),
    }}
    devices={{
      load: () => sendToBackground({ type: 'options:list-devices' }),
      confirm: (d) => sendToBackground({ type: 'options:confirm-device', marketplace: d.marketplace, name: d.name }),
      forget: (d) => sendToBackground({ type: 'options:forget-device', id: d.id }),
    }}
    data={{
      onExport: () => sendToBackground({ type: 'options:export' }),
      onImport: async (backup) => (await sendToBackground({ type: 'options:import-backup', backup })).imported,
      onDeleteAll: async () => {
        await sendToBackground({ type: 'options:delete-all', confirmed: true });
      },
      confirm: (question) => window.confirm(question),
    }}
    listAddresses={() => sendToBackground({ type: 'options:list-known-addresses' })}
    addAddress={async (marketplace, address) => {
      await sendToBackground({ type: 'options:add-known-address', marketplace, address });
    }}
    importAddresses={async (marketplace, addresses) => {
      await sendToBackground({ type: 'options:import-known-addresses', marketplace, addresses });
    }}
    removeAddress={async (id) => {
      await sendToBackground({ type: 'options:remove-known-address', id });
    }}
  />,
  document.getElementById('app')!,
);
