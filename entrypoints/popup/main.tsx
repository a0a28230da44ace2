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
/**
 * The tab "Report this page" reports. `?tab=<id>` when the popup was opened for one (the tests open the popup as a tab
 * of its own, naming the Amazon tab they opened); otherwise the active tab of the popup's own window, which for the
 * toolbar popup is the page the owner is looking at. Opened as a tab itself (from a notification), that is the popup's
 * own tab: not an Amazon page, and the popup says so. (`tabs.query` needs no permission for the tab's id.)
 */
async function reportedTab(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tab') ?? NaN);
  if (Number.isInteger(named) && named >= 0) return named;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
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
    report={{
      loadReport: async () => {
        const tabId = await reportedTab();
        if (tabId === null) return { readable: false, why: 'not a supported marketplace' };
        return sendFromExtensionPage({ type: 'popup:report-page', tabId });
      },
      version: browser.runtime.getManifest().version,
      now: () => new Date(),
    }}
  />,
  document.getElementById('app')!,
);
