import { render } from 'preact';
import { t, uiLanguage } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messaging/send';
import { Options } from './Options';

document.documentElement.lang = uiLanguage();
document.title = `${t('extName')} — ${t('optionsTitle')}`;
render(
  <Options
    t={t}
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
