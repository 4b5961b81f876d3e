// Shared by the Node-driven browser tests (server rendering, React): headless Chromium through
// puppeteer-core, with its profile and caches under the repository's .tmp/ (removed on close),
// and a tiny static server on 127.0.0.1.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME, chromeArgs } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');

export { chromeArgs };

/** Headless Chromium (CHROME_PATH overrides /usr/bin/chromium). `close()` also deletes its profile. */
export async function launchChromium() {
  mkdirSync(resolve(root, '.tmp'), { recursive: true });
  const profile = mkdtempSync(resolve(root, '.tmp/chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    userDataDir: profile,
    args: chromeArgs,
    env: { ...process.env, XDG_CACHE_HOME: resolve(root, '.cache'), XDG_CONFIG_HOME: resolve(root, '.config') },
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A new page that records what would make a test meaningless or a user unhappy: uncaught
 * errors and console errors (`page.problems`).
 */
export async function newPage(browser, viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && page.problems.push(`console.error: ${m.text()}`));
  return page;
}

/** Serves `routes` (`{ '/path': { type, body } }`) on 127.0.0.1; returns `{ url, close }`. */
export async function serve(routes) {
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url, 'http://x').pathname];
    if (!route) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' }).end(route.body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((done) => (server.closeAllConnections(), server.close(done))),
  };
}
