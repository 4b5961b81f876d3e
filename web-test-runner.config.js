// Tests run in real browsers: Debian's Chromium, and Firefox ESR where it is installed.
// WTR_BROWSERS=chromium (or firefox) picks one; CHROME_PATH / FIREFOX_PATH override the binaries.
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { CHROME, chromeArgs } from './scripts/chromium.mjs';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const wanted = (process.env.WTR_BROWSERS || 'chromium,firefox').split(',');

export { chromeArgs };

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: CHROME, headless: true, args: chromeArgs },
      // Pages running side by side are "background" pages: without focus emulation they get no
      // focus events, which keyboard and form tests need.
      async createPage({ context }) {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  );
}
if (wanted.includes('firefox') && existsSync(FIREFOX)) {
  // puppeteer-core drives Firefox ESR over WebDriver BiDi
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      // Firefox throttles timers in background tabs to ~1 s, so two test pages at once run
      // ten times slower: one page at a time is faster overall.
      concurrency: 1,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
  );
}

// `executeServerCommand('forced-colors', true|false)`: emulates (or stops emulating) Windows'
// forced colours (high contrast) in Chromium, through the DevTools protocol. Resolves false
// where that cannot be done (Firefox over WebDriver BiDi): the test then skips.
function forcedColorsPlugin() {
  const sessions = new WeakMap(); // page → its CDP session, kept open: emulation ends with it
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      try {
        const page = session.browser.getPage(session.id);
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        const value = payload ? 'active' : 'none';
        await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
        return true;
      } catch {
        return false;
      }
    },
  };
}

// One plain `N passed, N failed` line for CI log readers (WTR's own lines carry ANSI codes).
function plainSummaryReporter() {
  return {
    stop({ sessions }) {
      let passed = 0, failed = 0, skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        const before = failed;
        if (s.testResults) walk(s.testResults);
        if (!s.passed && failed === before) failed++; // a file that failed to load or threw outside a test
      }
      const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      if (process.env.WTR_SUMMARY_FILE) writeFileSync(process.env.WTR_SUMMARY_FILE, JSON.stringify({ passed, failed, skipped }));
      process.once('exit', () => process.stdout.write(`browser tests: ${line}\n`));
    },
  };
}

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/**/*.test.ts', '!test/integration/**'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), forcedColorsPlugin()],
  browsers,
  reporters: [defaultReporter(), plainSummaryReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  // Per test file; generous because CI machines have 2 cores and run two browsers.
  testsFinishTimeout: 300000,
};
