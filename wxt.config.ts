import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { hostPermissions, MARKETPLACES } from './utils/marketplaces';

/** The browser being built for, as the hooks below need it (set once the config is resolved). */
let targetBrowser = 'chrome';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 for every browser: without it `wxt -b firefox` (and `npm run dev -- -b firefox`) builds MV2 silently.
  manifestVersion: 3,
  // Every import is written out, so a reader can see that a rule or a reader never touches `browser`.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Dexie's own ES2016 module build, as Dexie minifies it (the package's default import wraps its older, larger UMD
    // build for CommonJS users): 9 kB smaller in the background, whose budget is in tests/browser/bundle-size.test.ts,
    // and Dexie's own minified file another 117 B gzip smaller than the same build minified by ours.
    resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.min.mjs' }] },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: only what a feature uses. IndexedDB needs none; notifications tell the owner of new alerts;
    // alarms run the periodic check; on Chrome, an offscreen document gives that check a DOMParser.
    permissions: ['notifications', 'alarms', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: hostPermissions,
    action: { default_title: '__MSG_extName__' },
    // runtime.getContexts (finding the offscreen document) arrived in Chrome 116.
    ...(browser !== 'firefox' && { minimum_chrome_version: '116' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'order-sentinel@order-sentinel.dev',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  // The sources archive is for store reviewers rebuilding the extension: no screenshots or local output.
  zip: { excludeSources: ['demo-output/**', 'docs/**', 'test-output/**', 'store-output/**'] },
  hooks: {
    'config:resolved': (wxt) => {
      targetBrowser = wxt.config.browser;
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      // The polyfill only matters where Chrome's `chrome` stands in for `browser` (Chrome before its own `browser`;
      // Firefox's and Chromium's own are returned unwrapped): not in Firefox at all, and not in content scripts, which
      // run on every order page and use only what `chrome` and `browser` do alike (sendMessage, i18n, runtime.id and
      // getURL, onMessage answered with sendResponse). `@wxt-dev/browser` picks whichever the browser has.
      if (targetBrowser !== 'firefox' && !entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        for (const entry of alias) if (entry.find === 'wxt/browser') entry.replacement = '@wxt-dev/browser';
      } else if (alias && 'wxt/browser' in alias) (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // The content script's matches come from the marketplace list too; assert it so a new entry cannot drift.
      const hosts = new Set(MARKETPLACES.map((m) => m.host));
      for (const script of manifest.content_scripts ?? []) {
        for (const match of script.matches ?? []) {
          if (!hosts.has(new URL(match.replaceAll('*', 'x')).hostname)) throw new Error(`content script matches ${match}`);
        }
      }
    },
  },
});
