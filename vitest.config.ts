import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/conformance/**/*.test.ts', 'tests/property/**/*.test.ts'],
          // A guard against a hang, not a timing goal (those are in npm run bench): a loaded CI machine parses a large
          // page or runs a database test several times slower than a quiet one.
          testTimeout: 30_000,
          // Saved pages name Amazon's scripts, styles and frames: load none of them, quietly.
          environmentOptions: {
            happyDOM: {
              settings: {
                disableJavaScriptFileLoading: true,
                disableJavaScriptEvaluation: true,
                disableCSSFileLoading: true,
                disableIframePageLoading: true,
                handleDisabledFileLoadingAsSuccess: true,
              },
            },
          },
        },
      },
      {
        // Real Chromium with the built extension (`npm run build` first; `npm test` does it).
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // Real Firefox ESR over WebDriver BiDi with the built Firefox extension; run after the Chromium half (2 cores:
        // one browser at a time).
        extends: true,
        test: {
          name: 'firefox',
          environment: 'node',
          include: ['tests/firefox/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
