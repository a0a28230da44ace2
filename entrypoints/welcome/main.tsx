import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '../../utils/i18n';
import { originsOf } from '../../utils/marketplaces';
import { sendFromExtensionPage } from '../../utils/messaging/send';
import { Welcome } from './Welcome';

const language = uiLanguage();
document.documentElement.lang = language;
document.title = t('welcomeTitle');
render(
  <Welcome
    language={language}
    t={t}
    // The browser's own language first (what its menus are in), then the languages the owner prefers for pages.
    browserLanguages={[browser.i18n.getUILanguage(), ...navigator.languages]}
    loadSettings={() => sendFromExtensionPage({ type: 'options:get-settings' })}
    loadVerdict={() => sendFromExtensionPage({ type: 'welcome:get-verdict' })}
    saveChoices={(choices) => sendFromExtensionPage({ type: 'welcome:save-choices', ...choices })}
    checkNow={() => sendFromExtensionPage({ type: 'popup:check-now' })}
    addAddress={async (marketplace, address) => {
      await sendFromExtensionPage({ type: 'options:add-known-address', marketplace, address });
    }}
    confirmAddress={async (p) => {
      await sendFromExtensionPage({ type: 'options:add-known-address', marketplace: p.marketplace, address: p.address });
    }}
    rejectAddress={async (p) => {
      await sendFromExtensionPage({ type: 'options:reject-presumed-address', marketplace: p.marketplace, address: p.address });
    }}
    answer={(id, answer) => sendFromExtensionPage({ type: 'popup:answer-finding', id, answer })}
    requestAccess={(m) => browser.permissions.request({ origins: originsOf(m) })}
    onAccessChanged={(listener) => {
      browser.permissions.onAdded.addListener(listener);
      browser.permissions.onRemoved.addListener(listener);
      return () => {
        browser.permissions.onAdded.removeListener(listener);
        browser.permissions.onRemoved.removeListener(listener);
      };
    }}
  />,
  document.getElementById('app')!,
);
