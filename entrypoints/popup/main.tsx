import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messaging/send';
import { Popup } from './Popup';

const language = uiLanguage();
document.documentElement.lang = language;
document.title = t('extName');
render(
  <Popup
    language={language}
    t={t}
    loadOverview={() => sendToBackground({ type: 'popup:get-overview' })}
    answer={(id, answer) => sendToBackground({ type: 'popup:answer-finding', id, answer })}
    onOpenOptions={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
