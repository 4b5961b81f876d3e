// `npm run test:storybook`: builds Storybook (`npm run build-storybook`; pass --no-build to use
// an existing storybook-static/), serves it on 127.0.0.1 with a tiny static server, and opens
// EVERY story from index.json in headless Chromium (Debian's /usr/bin/chromium, via
// puppeteer-core). A story fails on: a console error, an uncaught page error, a failed or
// non-2xx/3xx request, any request that leaves 127.0.0.1, a render or play-function error
// (Storybook's `storyFinished` status), elements that never become `:defined`, data that never
// settles (stories tagged `loading` are expected to stay loading), or any axe-core violation
// in #storybook-root (axe-core from node_modules; the `region` rule is off, as in addon-a11y).
// Then each component's Docs page: it must render without a page error and its table must list
// every attribute, event, slot, CSS custom property and CSS part that custom-elements.json
// has for the element (console errors there, e.g. React's markup warnings, are printed as
// warnings). Prints one line per story and per docs page, then `N passed, N failed`.
//
// Options: --no-build, --filter <substring of story id>, --concurrency <n> (default 4).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync, createReadStream } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME, chromeArgs, keepBrowserFilesIn } from './chromium.mjs';

const started = Date.now();
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
process.chdir(root);

keepBrowserFilesIn(root);
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const build = !argv.includes('--no-build');
const filter = opt('--filter');
const concurrency = Number(opt('--concurrency') ?? 4);
const STORY_TIMEOUT = 20_000;
const staticDir = join(root, 'storybook-static');

if (build) {
  console.log('Building Storybook (npm run build-storybook)…');
  const t = Date.now();
  // Storybook keeps "global settings" in ~/.storybook/settings.json: give it a home inside the
  // project, while npm keeps reading the real user config and cache.
  const home = process.env.HOME || homedir();
  const env = {
    ...process.env,
    HOME: join(process.env.XDG_CACHE_HOME, 'storybook-home'),
    npm_config_userconfig: process.env.npm_config_userconfig || join(home, '.npmrc'),
    npm_config_cache: process.env.npm_config_cache || join(home, '.npm'),
  };
  mkdirSync(env.HOME, { recursive: true });
  const r = spawnSync('npm', ['run', '-s', 'build-storybook'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    console.log('Storybook build failed');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`Built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
if (!existsSync(join(staticDir, 'index.json'))) {
  console.log(`No ${staticDir}/index.json: run without --no-build`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// ── Static server ─────────────────────────────────────────────────────────────────────────

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = normalize(join(staticDir, path));
  if (file !== staticDir && !file.startsWith(staticDir + sep)) return res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end('not found');
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    // Hashed assets never change within a run; lets Chromium's memory cache serve repeats.
    'cache-control': path.startsWith('/assets/') || path.startsWith('/sb-') ? 'max-age=3600' : 'no-cache',
  });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// ── Stories ───────────────────────────────────────────────────────────────────────────────

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries)
  .filter((e) => !filter || e.id.includes(filter))
  .sort((a, b) => a.id.localeCompare(b.id));
const stories = entries.filter((e) => e.type === 'story');
const docsPages = entries.filter((e) => e.type === 'docs' && e.title.startsWith('Components/'));
// Written by `npm run analyze` (part of build-storybook).
const manifest = existsSync(join(root, 'custom-elements.json'))
  ? JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))
  : { modules: [] };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: chromeArgs,
  env: { ...process.env },
});

/** Runs in the page before any script: records Storybook's render outcome from its channel. */
function hookChannel() {
  window.__bsTest = { finished: null, errors: [] };
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      const fail = (kind) => (e) => window.__bsTest.errors.push(`${kind}: ${e?.message ?? e?.title ?? JSON.stringify(e)}`);
      value.on('storyErrored', fail('story errored'));
      value.on('storyThrewException', fail('story threw'));
      value.on('playFunctionThrewException', fail('play function threw'));
      value.on('storyMissing', fail('story missing'));
      value.on('storyFinished', (e) => (window.__bsTest.finished = { status: e.status }));
      value.on('docsRendered', () => (window.__bsTest.finished = { status: 'docs' }));
    },
  });
}

/** Runs in the page: waits until every custom element is defined and its data has settled. */
async function settle(expectLoading, timeout) {
  const deadline = Date.now() + timeout;
  const all = () => {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.includes('-')) out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.querySelector('#storybook-root') ?? document.body);
    return out;
  };
  const problems = () => {
    const els = all();
    const undefinedTags = [...new Set(els.filter((el) => !customElements.get(el.localName)).map((el) => el.localName))];
    if (undefinedTags.length) return `not defined: ${undefinedTags.join(', ')}`;
    const loading = els.filter((el) => 'status' in el && el.status === 'loading' && (el.article || el.author || el.mode === 'latest'));
    if (!expectLoading && loading.length) return `still loading: ${[...new Set(loading.map((el) => el.localName))].join(', ')}`;
    return '';
  };
  for (;;) {
    const p = problems();
    if (!p) break;
    if (Date.now() > deadline) return p;
    await new Promise((r) => setTimeout(r, 50));
  }
  await Promise.all(all().map((el) => el.updateComplete));
  // Let images that are in view finish, so a broken picture shows up as a failed request.
  await Promise.all(
    [...document.querySelectorAll('img')].filter((img) => !img.complete).map((img) => new Promise((r) => ((img.onload = img.onerror = r), setTimeout(r, 2000)))),
  );
  return '';
}

/** A page that may only reach this Storybook: any other request is blocked and recorded in `failures`. */
async function openPage(failures) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return req.continue();
    failures.push(`request leaves 127.0.0.1: ${url}`);
    req.abort('blockedbyclient');
  });
  return page;
}

async function runStory(story) {
  const t0 = Date.now();
  const failures = [];
  const page = await openPage(failures);
  try {
    page.on('requestfailed', (req) => {
      if (req.url().startsWith(origin)) failures.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) failures.push(`HTTP ${res.status()}: ${res.url()}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'assert') failures.push(`console.${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => failures.push(`page error: ${err.message}`));
    await page.evaluateOnNewDocument(hookChannel);

    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load', timeout: STORY_TIMEOUT });
    try {
      await page.waitForFunction(() => window.__bsTest.finished || window.__bsTest.errors.length, { timeout: STORY_TIMEOUT, polling: 50 });
    } catch {
      failures.push('story did not finish rendering (and playing) in time');
    }
    const outcome = await page.evaluate(() => window.__bsTest);
    failures.push(...outcome.errors);
    if (outcome.finished?.status === 'error' && !outcome.errors.length) failures.push('Storybook reported the story as failed (render, play function or a11y report)');

    const expectLoading = (story.tags ?? []).includes('loading');
    const unsettled = await page.evaluate(settle, expectLoading, 10_000);
    if (unsettled) failures.push(unsettled);

    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = window.axe;
      axe.configure({ rules: [{ id: 'region', enabled: false }] });
      const result = await axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    failures.push(...violations.map((v) => `axe: ${v}`));
  } catch (error) {
    failures.push(`harness: ${error.message}`);
  } finally {
    await page.close().catch(() => {});
  }
  return { story, failures: [...new Set(failures)], ms: Date.now() - t0 };
}

/** What a component's Docs table must show, from the manifest. */
function expectedRows(tagName) {
  const d = manifest.modules.flatMap((m) => m.declarations ?? []).find((x) => x.tagName === tagName);
  if (!d) return undefined;
  return [
    ...(d.attributes ?? []).filter((a) => !a.name.startsWith('_')).map((a) => a.name),
    ...(d.events ?? []).map((e) => e.name),
    ...(d.slots ?? []).map((x) => x.name || '(default)'),
    ...(d.cssProperties ?? []).map((x) => x.name),
    ...(d.cssParts ?? []).map((x) => `::part(${x.name})`),
  ];
}

async function runDocs(entry) {
  const t0 = Date.now();
  const failures = [];
  const warnings = [];
  const tagName = entry.title.split('/').pop();
  const page = await openPage(failures);
  try {
    page.on('response', (res) => res.status() >= 400 && failures.push(`HTTP ${res.status()}: ${res.url()}`));
    page.on('pageerror', (err) => failures.push(`page error: ${err.message}`));
    page.on('console', (msg) => msg.type() === 'error' && warnings.push(msg.text().split('\n')[0].slice(0, 160)));
    await page.evaluateOnNewDocument(hookChannel);
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, { waitUntil: 'load', timeout: STORY_TIMEOUT });
    await page.waitForSelector('.docblock-argstable', { timeout: STORY_TIMEOUT });
    const table = await page.$eval('.docblock-argstable', (el) => [...el.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent.trim()));
    const expected = expectedRows(tagName);
    if (!expected) failures.push(`<${tagName}> is not in custom-elements.json (no tagName)`);
    const missing = (expected ?? []).filter((name) => !table.some((cell) => cell === name || cell.startsWith(`${name}(`)));
    if (missing.length) failures.push(`docs table lacks: ${missing.join(', ')}`);
  } catch (error) {
    failures.push(`harness: ${error.message}`);
  } finally {
    await page.close().catch(() => {});
  }
  return { story: { ...entry, name: 'Docs' }, failures: [...new Set(failures)], warnings: [...new Set(warnings)], ms: Date.now() - t0 };
}

// ── Run ───────────────────────────────────────────────────────────────────────────────────

console.log(`Opening ${stories.length} stories and ${docsPages.length} docs pages from ${origin} in ${CHROME} (${concurrency} at a time)`);
const jobs = [...stories.map((s) => () => runStory(s)), ...docsPages.map((d) => () => runDocs(d))];
const results = [];
let next = 0;
await Promise.all(
  Array.from({ length: Math.max(1, concurrency) }, async () => {
    while (next < jobs.length) {
      const r = await jobs[next++]();
      results.push(r);
      const title = `${r.story.title} › ${r.story.name}`;
      if (r.failures.length) {
        console.log(`✗ ${title} [${r.story.id}] (${r.ms} ms)`);
        for (const f of r.failures) console.log(`    ${f}`);
      } else console.log(`✓ ${title} (${r.ms} ms)`);
      for (const w of r.warnings ?? []) console.log(`    warning: console.error: ${w}`);
    }
  }),
);

await browser.close();
server.close();

const failed = results.filter((r) => r.failures.length).length;
console.log(`Storybook test: ${stories.length} stories and ${docsPages.length} docs pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed || !results.length ? 1 : 0);
