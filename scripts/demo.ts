// `npm run demo`: Chromium with the built extension and the project's own sample Amazon pages, served from this
// checkout at their https://www.amazon.co.jp / www.amazon.com addresses, so anyone can see the product work without
// an Amazon account. `npm run demo -- --headless` writes screenshots to demo-output/ instead.
import { mkdirSync } from 'node:fs';
import { launchExtension } from '../tests/browser/harness';
import { composite, stage } from './demo-stage';

const headless = process.argv.includes('--headless');
const OUT = 'demo-output';

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
