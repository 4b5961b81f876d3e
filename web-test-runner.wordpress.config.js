// The real-WordPress integration tests (test/integration/wordpress/*.test.ts), in headless Chromium
// (or Firefox ESR with WTR_BROWSERS=firefox). Run them with `npm run test:wordpress`, which brings
// the server up, points this config at it and always tears it down.
//
// Needs WP_SEED_JSON (the seed.json that wp-up.sh wrote): the tests fetch it from this dev
// server at /__wordpress__/seed.json, so they know the server's URL and the WordPress ids.
// The test pages are served from http://127.0.0.1:<WTR port> and WordPress answers on another
// 127.0.0.1 port: every request the tests make is cross-origin (the CORS test is built in).
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import base, { chromeArgs } from './web-test-runner.config.js';

const seedFile = process.env.WP_SEED_JSON;
if (!seedFile || !existsSync(seedFile)) {
  throw new Error(
    `web-test-runner.wordpress.config.js: WP_SEED_JSON ${seedFile ? `(${seedFile}) does not exist` : 'is not set'}; ` +
      'run `npm run test:wordpress`, or `eval "$(bash test/integration/wordpress/wp-up.sh)"` first',
  );
}

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
// One browser per run: the tests flip site-wide settings (moderation, flood throttle), so two
// browsers must not run them at the same time. The runner runs one pass per browser.
const browser = process.env.WTR_BROWSERS || 'chromium';

/** Serves the running server's seed.json (URLs, ids, admin application password) to the tests. */
function wordpressSeed() {
  return {
    name: 'wordpress-seed',
    serve(context) {
      if (context.path === '/__wordpress__/seed.json') {
        return { body: readFileSync(seedFile, 'utf8'), type: 'application/json', headers: { 'cache-control': 'no-store' } };
      }
    },
  };
}

const browsers =
  browser === 'firefox'
    ? [chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true } })]
    : [
        chromeLauncher({
          launchOptions: {
            executablePath: CHROME,
            headless: true,
            // Only loopback resolves: the page never reaches the internet (WordPress's avatar URLs
            // point at gravatar.com), so the run is the same on a machine with or without a network.
            args: [...chromeArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
          },
        }),
      ];

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/integration/wordpress/**/*.test.ts'],
  hostname: '127.0.0.1',
  nodeResolve: true,
  // Serially: comment tests change site-wide settings and WordPress's flood throttle is per IP.
  concurrency: 1,
  plugins: [wordpressSeed(), esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers,
  // The same reporters as the unit tests: WTR's own, and the plain `N passed, N failed` summary
  // (written to WTR_SUMMARY_FILE for scripts/test-wordpress.mjs).
  reporters: base.reporters,
  filterBrowserLogs: base.filterBrowserLogs,
  testFramework: { config: { timeout: 20000 } },
};
