// `npm run store-assets`: everything the Chrome Web Store and addons.mozilla.org ask for besides the package, in
// store-output/: screenshots (1280×800, en and ja) made from the demo in real headless Chromium, the 440×280 small
// promo tile, the 128 px store icon (96 px artwork, 16 px transparent padding, as the Chrome Web Store asks), the
// listing texts, the permission justifications and privacy-practices answers (from store/listing.ts), and AMO's
// reviewer notes. Run `npm run build` first (`npm run store-assets` does); `npm run zip` makes the packages.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { launchExtension, type ExtensionSession } from '../tests/browser/harness';
import { CATEGORY, DESCRIPTION, LIMITS, NAME, PERMISSION_JUSTIFICATIONS, PRIVACY_PRACTICES, PROMO_TAGLINE, SCREENSHOT_CAPTIONS, SINGLE_PURPOSE, SUMMARY, unjustifiedPermissions, type Manifest } from '../store/listing';
import { stage } from './demo-stage';

const OUT = 'store-output';
const LANGUAGES = ['en', 'ja'] as const;
type Language = (typeof LANGUAGES)[number];
// Single quotes: it goes inside style="…" attributes.
const FONT = "system-ui,'Noto Sans CJK JP',sans-serif";
const written: { path: string; size?: string }[] = [];

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
const icon = readFileSync(new URL('../public/icon/128.png', import.meta.url));
const iconSvg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');

/** Width and height from a PNG's IHDR chunk: what the store will measure. */
function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

function write(path: string, content: string | Buffer, expectedSize?: [number, number]) {
  mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
  writeFileSync(path, content);
  if (expectedSize) {
    const [w, h] = pngSize(content as Buffer);
    if (w !== expectedSize[0] || h !== expectedSize[1]) throw new Error(`${path} is ${w}×${h}, not ${expectedSize.join('×')}`);
    written.push({ path, size: `${w}×${h}` });
  } else written.push({ path });
}

/** Lays out real screenshots on a 1280×800 canvas under a caption, and returns the canvas's screenshot. */
async function storeScreenshot(session: ExtensionSession, caption: { title: string; text: string }, layout: (images: string[]) => string, images: Buffer[]): Promise<Buffer> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.setContent(
    `<!doctype html><html><body style="margin:0;width:1280px;height:800px;overflow:hidden;background:linear-gradient(160deg,#e8edf3,#cfd8e3);font-family:${FONT};color:#0f1111">
      <header style="padding:28px 48px 0"><h1 style="margin:0;font-size:34px"></h1><p style="margin:6px 0 0;font-size:19px;color:#37475a"></p></header>
      <main style="position:relative;margin:22px 48px 0;height:640px">${layout(images.map(dataUrl))}</main></body></html>`,
  );
  await page.evaluate(({ title, text }) => {
    document.querySelector('h1')!.textContent = title;
    document.querySelector('header p')!.textContent = text;
  }, caption);
  await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0));
  const png = await page.screenshot();
  await page.close();
  return png;
}

const SHADOW = 'box-shadow:0 6px 24px #0003;border-radius:10px;background:#fff';

async function shotsFor(language: Language) {
  const session = await launchExtension({ language });
  try {
    const { options, amazon, popup, badge } = await stage(session, language);
    const captions = SCREENSHOT_CAPTIONS[language];
    // 1. The mark on the order, with the popup opened from the badge (headless Chromium draws no toolbar: the badge
    //    is drawn as chrome.action reports it, on the extension's icon).
    await amazon.setViewportSize({ width: 1184, height: 640 });
    const page = await amazon.screenshot();
    await popup.setViewportSize({ width: 380, height: 200 });
    const popupShot = await popup.screenshot({ fullPage: true });
    const [r, g, b] = badge.color;
    const badgeCss = `position:absolute;right:-6px;bottom:-4px;background:rgb(${r},${g},${b});color:#fff;font:700 15px ${FONT};border-radius:9px;padding:1px 7px`;
    write(
      `${OUT}/chrome/screenshots/${language}-1-mark-and-popup.png`,
      await storeScreenshot(session, captions[0], ([pageUrl, popupUrl, iconUrl]) => `
        <img src="${pageUrl}" style="position:absolute;left:0;top:0;width:1184px;height:640px;${SHADOW}">
        <div style="position:absolute;right:24px;top:-14px;width:44px;height:44px;background:#fff;border-radius:8px;box-shadow:0 2px 8px #0004;padding:6px">
          <img src="${iconUrl}" style="width:44px;height:44px"><span style="${badgeCss}">${badge.text.replace(/[^0-9+]/g, '')}</span></div>
        <img src="${popupUrl}" style="position:absolute;right:24px;top:46px;width:380px;${SHADOW}">`, [page, popupShot, icon]),
      [1280, 800],
    );
    // 2. The recovery checklist and, further down, the incident summary to copy.
    await popup.locator('.popup__nav button').first().click();
    await popup.locator('.recovery__top').waitFor();
    await popup.setViewportSize({ width: 380, height: 640 });
    const recoveryTop = await popup.screenshot();
    const summary = popup.locator('section.incident');
    await summary.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const recoveryLater = await popup.screenshot();
    write(
      `${OUT}/chrome/screenshots/${language}-2-recovery.png`,
      await storeScreenshot(session, captions[1], ([top, later]) => `
        <img src="${top}" style="position:absolute;left:180px;top:0;width:380px;${SHADOW}">
        <img src="${later}" style="position:absolute;left:624px;top:0;width:380px;${SHADOW}">`, [recoveryTop, recoveryLater]),
      [1280, 800],
    );
    // 3. The settings: the owner's addresses, the sites watched, the data controls.
    await options.setViewportSize({ width: 1184, height: 640 });
    await options.reload();
    await options.locator('.address-list li').first().waitFor();
    write(
      `${OUT}/chrome/screenshots/${language}-3-settings.png`,
      await storeScreenshot(session, captions[2], ([shot]) => `<img src="${shot}" style="position:absolute;left:0;top:0;width:1184px;height:640px;${SHADOW}">`, [await options.screenshot()]),
      [1280, 800],
    );
    // The small promo tile: the icon, the name and one line.
    const tile = await session.context.newPage();
    await tile.setViewportSize({ width: 440, height: 280 });
    await tile.setContent(
      `<!doctype html><body style="margin:0;width:440px;height:280px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:12px;background:linear-gradient(160deg,#232f3e,#131921);color:#fff;font-family:${FONT}">
        <img src="${dataUrl(icon)}" style="width:96px;height:96px"><div style="font-size:30px;font-weight:700">${NAME}</div><div id="tagline" style="font-size:16px;color:#d5dbe3;text-align:center;padding:0 24px"></div></body>`,
    );
    await tile.evaluate((text) => void (document.getElementById('tagline')!.textContent = text), PROMO_TAGLINE[language]);
    write(`${OUT}/chrome/promo-small-440x280-${language}.png`, await tile.screenshot(), [440, 280]);
    await tile.close();
    console.log(`${language}: badge "${badge.text}", 3 screenshots and the promo tile`);
  } finally {
    await session.close();
  }
}

async function storeIcon() {
  const session = await launchExtension();
  try {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 128, height: 128 });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:96px;height:96px;display:block;margin:16px}</style>${iconSvg}`);
    write(`${OUT}/chrome/icon-128.png`, await page.screenshot({ omitBackground: true }), [128, 128]);
  } finally {
    await session.close();
  }
}

function listing(language: Language, summaryLimit: number): string {
  if (SUMMARY[language].length > summaryLimit) throw new Error(`the ${language} summary is over ${summaryLimit} characters`);
  return [`Name: ${NAME}`, '', `Summary: ${SUMMARY[language]}`, '', 'Description:', DESCRIPTION[language], ''].join('\n');
}

function privacyPractices(manifest: Manifest): string {
  const missing = unjustifiedPermissions(manifest);
  if (missing.length) throw new Error(`no justification for ${missing.join(', ')}`);
  const lines = [`Category: ${CATEGORY.chrome}`, '', `Single purpose: ${SINGLE_PURPOSE.en}`, '', 'Permission justifications:'];
  for (const permission of manifest.permissions ?? []) lines.push(`- ${permission}: ${PERMISSION_JUSTIFICATIONS[permission]}`);
  lines.push(`- host permissions (${(manifest.host_permissions ?? []).join(', ')}): ${PERMISSION_JUSTIFICATIONS.host}`);
  lines.push('', `Remote code: ${PRIVACY_PRACTICES.remoteCode}`, '', 'Data usage (what is handled, all of it kept in the browser):');
  for (const d of PRIVACY_PRACTICES.dataHandled) lines.push(`- ${d.type}: ${d.handled}`);
  lines.push(`- Not handled: ${PRIVACY_PRACTICES.notHandled.join(', ')}.`, '', PRIVACY_PRACTICES.storage, '', 'Certifications:');
  for (const c of PRIVACY_PRACTICES.certifications) lines.push(`- [x] ${c}`);
  lines.push('', `Privacy policy: ${PRIVACY_PRACTICES.privacyPolicy}`, '');
  return lines.join('\n');
}

const readManifest = (target: string) => JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8')) as Manifest;

rmSync(OUT, { recursive: true, force: true });
for (const language of LANGUAGES) await shotsFor(language);
await storeIcon();
// AMO takes the same screenshots (any size is accepted there).
cpSync(`${OUT}/chrome/screenshots`, `${OUT}/firefox/screenshots`, { recursive: true });
for (const language of LANGUAGES) {
  write(`${OUT}/chrome/listing-${language}.txt`, listing(language, LIMITS.chromeSummary));
  write(`${OUT}/firefox/listing-${language}.txt`, `${listing(language, LIMITS.amoSummary)}\nCategory: ${CATEGORY.firefox}\n`);
}
write(`${OUT}/chrome/privacy-practices.txt`, privacyPractices(readManifest('chrome-mv3')));
const firefoxMissing = unjustifiedPermissions(readManifest('firefox-mv3'));
if (firefoxMissing.length) throw new Error(`no justification for ${firefoxMissing.join(', ')} (Firefox)`);
write(`${OUT}/firefox/reviewer-notes.md`, readFileSync('store/amo-reviewer-notes.md', 'utf8'));
write(`${OUT}/PRIVACY.md`, readFileSync('PRIVACY.md', 'utf8'));
write(
  `${OUT}/SUBMISSION.md`,
  [
    '# What to upload where',
    '',
    '## Chrome Web Store (developer dashboard)',
    '- Package: `.output/order-sentinel-<version>-chrome.zip` (`npm run zip`).',
    '- Store listing, per language (en, ja): `chrome/listing-<language>.txt`; screenshots `chrome/screenshots/<language>-*.png` (1280×800); small promo tile `chrome/promo-small-440x280-<language>.png`; store icon `chrome/icon-128.png`.',
    '- Privacy practices: `chrome/privacy-practices.txt` (single purpose, permission justifications, remote code, data usage, certifications).',
    '',
    '## addons.mozilla.org',
    '- Package: `.output/order-sentinel-<version>-firefox.zip`; sources: `.output/order-sentinel-<version>-sources.zip` (`npm run verify-amo-sources` checks it rebuilds the package).',
    '- Listing, per language: `firefox/listing-<language>.txt`; screenshots `firefox/screenshots/`; licence MIT; privacy policy `PRIVACY.md`.',
    '- Notes to reviewer: `firefox/reviewer-notes.md`.',
    '',
  ].join('\n'),
);
for (const { path, size } of written) console.log(`${path}${size ? `  ${size}` : ''}`);
console.log('Packages: `npm run zip` writes .output/*-chrome.zip (Chrome Web Store), *-firefox.zip and *-sources.zip (AMO).');
