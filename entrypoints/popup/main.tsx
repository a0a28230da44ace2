import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '../../utils/i18n';
import { marketplaceById, originsOf, type MarketplaceId } from '../../utils/marketplaces';
import { sendFromExtensionPage } from '../../utils/messaging/send';
import { Popup } from './Popup';

const language = uiLanguage();

function initialRecovery(): MarketplaceId | null {
  const params = new URLSearchParams(location.search);
  const marketplace = marketplaceById(params.get('marketplace') ?? '');
  return params.get('view') === 'recovery' && marketplace ? marketplace.id : null;
}
document.documentElement.lang = language;
document.title = t('extName');
render(
  <Popup
    language={language}
    t={t}
    loadOverview={() => sendFromExtensionPage({ type: 'popup:get-overview' })}
    answer={(id, answer) => sendFromExtensionPage({ type: 'popup:answer-finding', id, answer })}
    onOpenOptions={() => void browser.runtime.openOptionsPage()}
    initialRecovery={initialRecovery()}
    check={{
      start: () => sendFromExtensionPage({ type: 'popup:check-now' }),
      status: () => sendFromExtensionPage({ type: 'popup:check-status' }),
      requestAccess: (m) => browser.permissions.request({ origins: originsOf(m) }),
    }}
    recovery={{
      loadIncident: (marketplace) => sendFromExtensionPage({ type: 'popup:get-incident', marketplace }),
      updateIncident: (marketplace, patch) => sendFromExtensionPage({ type: 'popup:update-incident', marketplace, ...patch }),
      copy: (text) => navigator.clipboard.writeText(text),
    }}
  />,
  document.getElementById('app')!,
);
