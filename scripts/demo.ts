// `npm run demo`: Chromium with the built extension and the project's own sample Amazon pages, served from this
// checkout at their https://www.amazon.co.jp / www.amazon.com addresses, so anyone can see the product work without
// an Amazon account. `npm run demo -- --headless` writes screenshots to demo-output/ instead.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CO_JP_ORDERS, COM_ORDERS, ownFixture } from '../tests/browser/fixtures';
import { launchExtension, reloadUntil, waitFor, type ExtensionSession } from '../tests/browser/harness';
import { addOwnerAddressInOptions } from '../tests/browser/known-addresses';

const headless = process.argv.includes('--headless');
const OUT = 'demo-output';
const PAGE_STYLE = readFileSync(new URL('./demo-amazon-page.css', import.meta.url), 'utf8');

/** A sample page as the demo serves it: with the demo's own Amazon-like stylesheet (the tests serve them bare). */
function styled(html: string): string {
  return html.replace('</head>', `<style>${PAGE_STYLE}</style></head>`);
}

async function stage(session: ExtensionSession, language: 'ja' | 'en') {
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
async function composite(session: ExtensionSession, popup: Page, badge: { text: string; color: number[] }, language: 'ja' | 'en', path: string) {
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

async function headlessRun() {
  mkdirSync(OUT, { recursive: true });
  for (const language of ['ja', 'en'] as const) {
    const session = await launchExtension({ language });
    try {
      const { options, amazon, popup, badge } = await stage(session, language);
      await amazon.setViewportSize({ width: 1100, height: 520 });
      await amazon.screenshot({ path: `${OUT}/in-page-mark-${language}.png` });
      await options.setViewportSize({ width: 900, height: 700 });
      await options.reload();
      await options.locator('.address-list li').first().waitFor();
      await options.screenshot({ path: `${OUT}/options-${language}.png`, fullPage: true });
      await composite(session, popup, badge, language, `${OUT}/badge-and-popup-${language}.png`);
      await popup.locator('.popup__nav button').first().click();
      await popup.locator('.recovery__top').waitFor();
      await popup.setViewportSize({ width: 380, height: 700 });
      await popup.screenshot({ path: `${OUT}/recovery-${language}.png` });
      console.log(`${language}: badge "${badge.text}" rgb(${badge.color.slice(0, 3).join(',')}); screenshots in ${OUT}/`);
    } finally {
      await session.close();
    }
  }
}

async function interactiveRun() {
  const session = await launchExtension({ headless: false, language: process.env.DEMO_LANG === 'en' ? 'en' : 'ja' });
  const { badge } = await stage(session, process.env.DEMO_LANG === 'en' ? 'en' : 'ja');
  console.log(`The badge shows "${badge.text}". Click the Order Sentinel icon (pin it from the puzzle-piece menu) to see the warning.`);
  console.log('Sample pages are served at https://www.amazon.co.jp/your-orders/orders… while this runs. Close the browser to stop.');
  await new Promise((resolve) => session.context.on('close', resolve));
}

await (headless ? headlessRun() : interactiveRun());
