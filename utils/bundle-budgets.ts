/**
 * Byte budgets of the built extension (issue 14), enforced by tests/browser/bundle-size.test.ts after `npm run build`
 * and printed by `npm run bench`. Bytes are deterministic, so they are budgets in `npm test`; times are not.
 * A content script runs on every order page the owner opens, and the background starts again each time Chrome has
 * stopped its worker: both are parsed and compiled every time.
 */
export const BUNDLE_BUDGETS = {
  /** Each content script, minified, as shipped. */
  contentScriptBytes: 25_000,
  /** background.js, gzip-compressed (level 6, as `gzip` does by default). */
  backgroundGzipBytes: 60_000,
} as const;

/** Strings only Dexie and valibot put in a bundle: a content script must carry neither. */
export const FORBIDDEN_IN_CONTENT_SCRIPTS = { Dexie: 'DatabaseClosed', valibot: 'vendor:`valibot`' } as const;
