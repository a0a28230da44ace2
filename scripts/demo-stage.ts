// What `npm run demo` and `npm run store-assets` both show: the built extension in Chromium with an owner's address
// entered in the options and the project's own attack page served at its Amazon URL, styled like Amazon's.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CO_JP_ORDERS, COM_ORDERS, ownFixture } from '../tests/browser/fixtures';
import { reloadUntil, waitFor, type ExtensionSession } from '../tests/browser/harness';
import { addOwnerAddressInOptions } from '../tests/browser/known-addresses';

const PAGE_STYLE = readFileSync(new URL('./demo-amazon-page.css', import.meta.url), 'utf8');

/** A sample page as the demo serves it: with the demo's own Amazon-like stylesheet (the tests serve them bare). */
export function styled(html: string): string {
  return html.replace('</head>', `<style>${PAGE_STYLE}</style></head>`);
}

export async function stage(session: ExtensionSession, language: 'ja' | 'en') {
  const marketplace = language === 'ja' ? 'co.jp' : 'com';
  const url = language === 'ja' ? CO_JP_ORDERS : COM_ORDERS;
  const options = await addOwnerAddressInOptions(session, marketplace);
  session.serveAmazonPage(url, styled(ownFixture(`${marketplace}/order-list-current-attack.html`)));
  const amazon = await session.openAmazonPage(url);
  const badge = await waitFor(() => session.readBadge(), (b) => b.text !== '');
  const popup = await session.openPopup();
  await reloadUntil(popup, 'article.finding');
  return { options, amazon, popup, badge };
}

/**
 * Headless Chromium draws no toolbar, so the badge is shown as the browser reports it (chrome.action's text and
 * colour) on the extension's own icon, beside a real screenshot of the popup page.
 */
export async function composite(session: ExtensionSession, popup: Page, badge: { text: string; color: number[] }, language: 'ja' | 'en', path: string) {
  await popup.setViewportSize({ width: 380, height: 200 });
  const popupPng = (await popup.screenshot({ fullPage: true })).toString('base64');
  const iconPng = `data:image/png;base64,${readFileSync(new URL('../public/icon/128.png', import.meta.url)).toString('base64')}`;
  const page = await session.context.newPage();
  const [r, g, b] = badge.color;
  const caption = language === 'ja' ? 'ツールバーのバッジ（chrome.action が報告する表示）' : 'Toolbar badge (as chrome.action reports it)';
  await page.setViewportSize({ width: 640, height: 200 });
  await page.evaluate(
    ({ iconPng, popupPng, badgeText, color, caption }) => {
      document.body.style.cssText = 'margin:0;padding:20px;background:#dfe3e8;font:14px system-ui,"Noto Sans CJK JP",sans-serif;display:flex;gap:24px;align-items:flex-start';
      const bar = document.createElement('figure');
      bar.style.cssText = 'margin:0;background:#fff;border-radius:8px;padding:12px;box-shadow:0 1px 3px #0003;text-align:center;width:150px';
      const wrap = document.createElement('div');
      wrap.style.cssText = 'position:relative;width:64px;height:64px;margin:8px auto';
      const img = document.createElement('img');
      img.src = iconPng;
      img.style.cssText = 'width:64px;height:64px';
      const badge = document.createElement('span');
      badge.textContent = badgeText;
      badge.style.cssText = `position:absolute;right:-8px;bottom:-4px;background:${color};color:#fff;font-weight:700;border-radius:9px;padding:1px 7px;font-size:16px`;
      wrap.append(img, badge);
      const figcaption = document.createElement('figcaption');
      figcaption.textContent = caption;
      figcaption.style.cssText = 'font-size:12px;color:#444';
      bar.append(wrap, figcaption);
      const shot = document.createElement('img');
      shot.src = `data:image/png;base64,${popupPng}`;
      shot.style.cssText = 'width:380px;border-radius:8px;box-shadow:0 2px 8px #0004;background:#fff';
      document.body.append(bar, shot);
    },
    { iconPng, popupPng, badgeText: badge.text, color: `rgb(${r},${g},${b})`, caption },
  );
  await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
  await page.screenshot({ path, fullPage: true });
  await page.close();
}

