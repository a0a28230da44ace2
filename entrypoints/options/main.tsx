import { render } from 'preact';
import { t, uiLanguage } from '../../utils/i18n';
import { sendFromExtensionPage } from '../../utils/messaging/send';
import { Options } from './Options';

document.documentElement.lang = uiLanguage();
document.title = `${t('extName')} — ${t('optionsTitle')}`;
render(
  <Options
    t={t}
    browserLanguages={navigator.languages}
    settings={{
      load: () => sendFromExtensionPage({ type: 'options:get-settings' }),
      save: (settings) => sendFromExtensionPage({ type: 'options:save-settings', settings }),
    }}
    devices={{
      load: () => sendFromExtensionPage({ type: 'options:list-devices' }),
      confirm: (d) => sendFromExtensionPage({ type: 'options:confirm-device', marketplace: d.marketplace, name: d.name }),
      forget: (d) => sendFromExtensionPage({ type: 'options:forget-device', id: d.id }),
    }}
    data={{
      onExport: () => sendFromExtensionPage({ type: 'options:export' }),
      onImport: async (backup) => await sendFromExtensionPage({ type: 'options:import-backup', backup }),
      onDeleteAll: async () => {
        await sendFromExtensionPage({ type: 'options:delete-all', confirmed: true });
      },
      confirm: (question) => window.confirm(question),
    }}
    listAddresses={() => sendFromExtensionPage({ type: 'options:list-known-addresses' })}
    addAddress={async (marketplace, address) => {
      await sendFromExtensionPage({ type: 'options:add-known-address', marketplace, address });
    }}
    importAddresses={async (marketplace, addresses) => {
      await sendFromExtensionPage({ type: 'options:import-known-addresses', marketplace, addresses });
    }}
    rejectAddress={async (marketplace, address) => {
      await sendFromExtensionPage({ type: 'options:reject-presumed-address', marketplace, address });
    }}
    removeAddress={async (id) => {
      await sendFromExtensionPage({ type: 'options:remove-known-address', id });
    }}
  />,
  document.getElementById('app')!,
);
