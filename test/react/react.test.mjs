// broadsheet/react and the plain tags in a React 19 app: test/react/app.tsx bundled with esbuild
// (the package imported by its own name, so the built dist/ is what runs: `npm run build` first),
// served on 127.0.0.1 and driven in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium, newPage, serve } from '../ssr/chromium.mjs';

let chromium;
let server;
let page;

/** esbuild does not resolve a package's imports of itself: Node does. */
const selfReference = {
  name: 'broadsheet-self-reference',
  setup(b) {
    b.onResolve({ filter: /^broadsheet(\/|$)/ }, (args) => ({ path: fileURLToPath(import.meta.resolve(args.path)) }));
  },
};

before(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./app.tsx', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    // React's development build: it reports misuse (bad props, duplicate keys) as console errors.
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [selfReference],
    logLevel: 'silent',
  });
  server = await serve({
    '/': { type: 'text/html', body: '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="/app.js"></script></body></html>' },
    '/app.js': { type: 'text/javascript', body: bundle.outputFiles[0].contents },
  });
  chromium = await launchChromium();
  page = await newPage(chromium.browser);
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForSelector('#wrapped-form');
});
after(async () => {
  await chromium?.close();
  await server?.close();
});

/** What the element shows: the text of one of its parts. */
const partText = (id, part) => page.$eval(`#${id}`, (el, part) => el.shadowRoot.querySelector(`[part~="${part}"]`)?.textContent.trim(), part);
const logLines = () => page.$eval('#log', (el) => el.textContent.split('\n').filter(Boolean));
const waitForLog = (line) => page.waitForFunction((line) => document.getElementById('log').textContent.split('\n').includes(line), { timeout: 10000 }, line);

test('props: properties (data, headingLevel, variant) reach the element and follow React state', async () => {
  await page.waitForFunction(() => document.getElementById('wrapped-data').status === 'ready');
  assert.equal(await partText('wrapped-data', 'link'), 'Story 1');
  assert.equal(await page.$eval('#wrapped-data', (el) => el.shadowRoot.querySelector('[part="headline"]').getAttribute('aria-level')), '2');
  // The default variant is not written back as an attribute (no attribute write per plain card).
  assert.deepEqual(await page.$eval('#wrapped-data', (el) => [el.variant, el.getAttribute('variant')]), ['stacked', null]);
  await page.click('#hero');
  await page.waitForFunction(() => document.getElementById('wrapped-data').getAttribute('variant') === 'hero');
  assert.equal(await page.evaluate(() => document.body.dataset.ref), 'article-card:1', 'the ref is the element');
});

test('children: <NewsSource> gives its client to the elements inside; a fallback child is slotted', async () => {
  await page.waitForFunction(() => document.getElementById('wrapped-key').status === 'ready');
  assert.equal(await partText('wrapped-key', 'link'), 'Story 2', 'loaded by id through the context');
  await page.waitForFunction(() => document.getElementById('wrapped-related').status === 'ready');
  assert.equal(await page.$eval('#wrapped-related', (el) => el.shadowRoot.querySelectorAll('article-card').length), 2);
  assert.equal(await partText('wrapped-related', 'heading'), 'More like this');
  const slotted = await page.$eval('#wrapped-fallback', (el) => {
    const a = el.querySelector('a');
    return { slot: !!a.assignedSlot, visible: a.checkVisibility(), text: a.textContent };
  });
  assert.deepEqual(slotted, { slot: true, visible: true, text: 'Saeed Minhas (fallback)' });
});

test('plain tags: React 19 sets data as a property and heading-level as an attribute', async () => {
  await page.waitForFunction(() => document.getElementById('plain-data').status === 'ready');
  assert.equal(await partText('plain-data', 'link'), 'Story 3');
  assert.equal(await page.$eval('#plain-data', (el) => el.shadowRoot.querySelector('[part="headline"]').getAttribute('aria-level')), '4');
});

test('events: onBroadsheetError, onbroadsheet-error', async () => {
  await waitForLog('wrapped broadsheet-error:not-found');
  await waitForLog('plain broadsheet-error:not-found');
});

/** Fills the form with id `id` and submits it, as a reader would. */
async function submit(id) {
  await page.type(`#${id} >>> #body`, 'A comment from React.');
  await page.type(`#${id} >>> #name`, 'Reader');
  await page.type(`#${id} >>> #email`, 'reader@example.com');
  await page.click(`#${id} >>> button[type="submit"]`);
}

test('events: onCommentSubmitted, onCommentError, oncomment-submitted', async () => {
  await submit('wrapped-form');
  await waitForLog('wrapped comment-submitted:published');
  await submit('wrapped-refused');
  await waitForLog('wrapped comment-error:comment-rejected');
  await submit('plain-form');
  await waitForLog('plain comment-submitted:published');
});

test('each event reached React once (StrictMode), and React reported no problem', async () => {
  const lines = await logLines();
  assert.deepEqual([...lines].sort(), [...new Set(lines)].sort(), `no duplicates: ${lines.join(' | ')}`);
  assert.equal(lines.length, 5);
  assert.deepEqual(page.problems, []);
});
