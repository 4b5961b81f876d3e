// `npm run bench`: Broadsheet against the alternatives, side by side in one run of headless
// Chromium (puppeteer-core + the OS's Chromium), printed as one table and written to
// bench/results.json. What each row measures, and why, is in bench/README.md.
//
// Every row interleaves its variants round by round (the order rotates each round), so a noisy
// moment of the machine hits all of them; ratios are taken within a round and their median is
// reported. Samples are set by env: BENCH_ROUNDS (render rows, default 10), BENCH_UPDATE_ROUNDS
// (10), BENCH_EMBED_ROUNDS (7), BENCH_CLS_ROUNDS (3), BENCH_HEAP_CYCLES (10); BENCH_ONLY picks
// rows (render,update,embed,cls,heap); CHROME_PATH the browser (default /usr/bin/chromium);
// BENCH_DIST another build to measure instead of dist/ (e.g. a branch's, to compare).
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { CHROME, chromeArgs } from './chromium.mjs';
import { build } from 'esbuild';
import { startServer } from '../bench/server.mjs';

const env = (k, d) => Math.max(1, +(process.env[k] ?? d) || d);
const ROUNDS = env('BENCH_ROUNDS', 10);
const UPDATE_ROUNDS = env('BENCH_UPDATE_ROUNDS', 10);
const EMBED_ROUNDS = env('BENCH_EMBED_ROUNDS', 7);
const CLS_ROUNDS = env('BENCH_CLS_ROUNDS', 3);
const HEAP_CYCLES = env('BENCH_HEAP_CYCLES', 10);
const ONLY = process.env.BENCH_ONLY?.split(',');
const want = (row) => !ONLY || ONLY.includes(row);
const BUILD = resolve('.tmp/bench');
const started = Date.now();
const log = (...a) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...a);

// ── Build what is measured ────────────────────────────────────────────────────────────────
const DIST = process.env.BENCH_DIST || 'dist';
const newest = (dir) => Math.max(...readdirSync(dir, { recursive: true }).map((f) => statSync(`${dir}/${f}`).mtimeMs));
if (!process.env.BENCH_DIST && (!existsSync('dist/embed.js') || !existsSync('dist/demo/dataset.js') || newest('src') > statSync('dist/embed.js').mtimeMs)) {
  log('building dist/ (rollup -c) ...');
  execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });
}
rmSync(BUILD, { recursive: true, force: true });
mkdirSync(BUILD, { recursive: true });
// The run measures a snapshot of dist/, so a rebuild during the run changes nothing.
cpSync(DIST, `${BUILD}/dist`, { recursive: true, filter: (f) => !f.endsWith('.map') && !f.endsWith('.d.ts') });
await build({
  entryPoints: ['bench/react-cards.jsx'],
  bundle: true,
  minify: true,
  format: 'iife',
  jsx: 'automatic',
  target: 'es2021',
  define: { 'process.env.NODE_ENV': '"production"' },
  outfile: `${BUILD}/react-cards.js`,
  logLevel: 'warning',
});

// ── Statistics ────────────────────────────────────────────────────────────────────────────
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
};
const summary = (xs) => ({ median: quantile(xs, 0.5), q1: quantile(xs, 0.25), q3: quantile(xs, 0.75), min: Math.min(...xs), max: Math.max(...xs), n: xs.length, samples: xs });

/** Runs `variants` round by round, rotating their order; returns per-variant samples. */
async function rounds(n, variants, sample) {
  const out = Object.fromEntries(variants.map((v) => [v, []]));
  for (let r = 0; r < n; r++) {
    const order = variants.map((_, i) => variants[(i + r) % variants.length]);
    for (const v of order) out[v].push(await sample(v, r));
  }
  return out;
}
/** Per-round ratios of `a` over `b`. */
const ratios = (a, b) => a.map((x, i) => x / b[i]);

// ── Browser and server ────────────────────────────────────────────────────────────────────
const server = await startServer({ buildDir: BUILD, distDir: `${BUILD}/dist` });
const profile = resolve('.tmp/bench/profile');
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  userDataDir: profile,
  args: [
    ...chromeArgs,
    '--enable-precise-memory-info',
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    // Each new browser context (one per embed and layout-shift sample) is a new window, and
    // Chromium preloads a window's omnibox popup (a WebUI page) with it: on two cores that ran
    // alongside every sample and added ~80 ms to the 20-embed row. A reader's window exists
    // before the article loads.
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI',
  ],
  defaultViewport: { width: 1280, height: 800 },
});
const cleanup = async () => {
  await browser.close().catch(() => {});
  await server.close();
};
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

const results = { date: new Date().toISOString(), machine: `${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`, browser: await browser.version(), rows: [] };
const table = [];
/** One line of the printed table (and of results.json). */
function line(row, variant, unit, s, ratio, target) {
  table.push({ row, variant, unit, s, ratio, target });
}

try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => log('page error:', e.message));
  const render = `${server.origin}/bench/pages/render.html`;
  const openRender = async () => {
    await page.bringToFront();
    await page.goto(render, { waitUntil: 'load' });
    await page.evaluate(() => window.bench.ready);
  };

  // Stories with their pictures on the local server, and the card's own markup and stylesheet
  // captured from real <article-card>s for the static and React variants.
  const local = (u) => u && `${server.origin}/img/${u.slice(u.lastIndexOf('/') + 1)}`;
  const img = (i) => i && { ...i, src: local(i.src), srcset: i.srcset?.map((c) => ({ ...c, src: local(c.src) })) };
  server.put(
    '/bench/articles.json',
    server.data.articles.slice(0, 14).map((a) => ({ ...a, contentHtml: undefined, image: img(a.image), authors: a.authors.map((x) => ({ ...x, avatar: img(x.avatar) })) })),
  );
  await openRender();
  const statics = await page.evaluate(() => window.bench.capture());
  server.put('/bench/static.json', statics);
  log(`card height ${statics.height}px (contain-intrinsic-size of the static+containment variant)`);

  const VARIANTS = ['broadsheet', 'broadsheet-visible', 'static', 'static-cv', 'react'];
  const NAMES = {
    broadsheet: '<article-card> .data',
    'broadsheet-visible': '<article-card> .data, --bs-card-visibility: visible',
    static: 'static innerHTML',
    'static-cv': 'static + content-visibility',
    react: 'React 19 (react-dom/client)',
  };

  if (want('render')) {
    for (const n of [100, 1000]) {
      log(`render ${n} cards × ${ROUNDS} rounds`);
      const s = await rounds(ROUNDS, VARIANTS, async (v) => {
        await openRender();
        return page.evaluate((v, n) => window.bench.render(v, n), v, n);
      });
      // The card as shipped against each alternative, ratios round by round; and what its text
      // containment is worth (the same card with it turned off).
      const b = 'broadsheet';
      const row = `render ${n.toLocaleString('en')} cards`;
      line(row, NAMES[b], 'ms', summary(s[b]));
      line(row, NAMES['broadsheet-visible'], 'ms', summary(s['broadsheet-visible']), summary(ratios(s[b], s['broadsheet-visible'])));
      line(row, NAMES.static, 'ms', summary(s.static), summary(ratios(s[b], s.static)));
      line(row, NAMES['static-cv'], 'ms', summary(s['static-cv']), summary(ratios(s[b], s['static-cv'])), { max: n == 1000 ? 2 : 2.5 });
      line(row, NAMES.react, 'ms', summary(s.react), summary(ratios(s[b], s.react)), { max: 0.5 });
    }
  }

  if (want('update')) {
    log(`update 1 of 1,000 × ${UPDATE_ROUNDS} rounds`);
    const s = await rounds(UPDATE_ROUNDS, ['broadsheet', 'broadsheet-visible', 'static', 'react'], async (v) => {
      await openRender();
      return page.evaluate((v) => window.bench.update(v, 1000), v);
    });
    const row = 'update 1 card of 1,000';
    line(row, NAMES.broadsheet, 'ms', summary(s.broadsheet));
    line(row, NAMES['broadsheet-visible'], 'ms', summary(s['broadsheet-visible']), summary(ratios(s.broadsheet, s['broadsheet-visible'])));
    line(row, 'static (innerHTML of that card)', 'ms', summary(s.static), summary(ratios(s.broadsheet, s.static)));
    line(row, NAMES.react + ', memo', 'ms', summary(s.react), summary(ratios(s.broadsheet, s.react)));
  }

  if (want('heap')) {
    log(`heap: 1,000 cards created and removed ${HEAP_CYCLES} times`);
    const cdp = await page.createCDPSession();
    const used = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const heap = {};
    // One create+remove cycle first, so the baseline already holds the compiled code and the
    // caches a first render fills; then `live` with 1,000 cards on the page, and what stays
    // after HEAP_CYCLES more cycles (a leak grows it cycle by cycle).
    for (const v of ['broadsheet', 'static', 'react']) {
      await openRender();
      await page.evaluate((v) => window.bench.fill(v, 1000), v);
      await page.evaluate((v) => window.bench.clear(v), v);
      const base = await used();
      let live = 0;
      for (let i = 0; i < HEAP_CYCLES; i++) {
        await page.evaluate((v) => window.bench.fill(v, 1000), v);
        if (i == 0) live = (await used()) - base;
        await page.evaluate((v) => window.bench.clear(v), v);
      }
      heap[v] = { live, retained: (await used()) - base };
    }
    const kb = (x) => summary([x / 1000]);
    const row = 'JS heap, 1,000 cards';
    for (const v of ['broadsheet', 'static', 'react']) {
      line(row + ' live', NAMES[v], 'kB', kb(heap[v].live), v == 'broadsheet' ? undefined : summary([heap.broadsheet.live / heap[v].live]));
    }
    for (const v of ['broadsheet', 'static', 'react']) line(`JS heap retained after ${HEAP_CYCLES}× create+remove`, NAMES[v], 'kB', kb(heap[v].retained));
  }

  if (want('embed')) {
    log(`20 cards by id vs 20 iframe embeds × ${EMBED_ROUNDS} rounds`);
    const stats = { cards: [], iframes: [] };
    const s = await rounds(EMBED_ROUNDS, ['cards', 'iframes'], async (v) => {
      // A new browser context per sample: nothing cached.
      const ctx = await browser.createBrowserContext();
      const p = await ctx.newPage();
      await p.bringToFront(); // a background page gets no animation frames
      p.on('pageerror', (e) => log(v, 'page error:', e.message));
      p.on('console', (m) => m.type() == 'error' && log(v, 'console:', m.text()));
      server.stats(true);
      await p.goto(`${server.origin}/page/${v}?n=20`, { waitUntil: 'load' });
      await p.waitForFunction(() => window.done !== undefined, { timeout: 30000, polling: 50 }).catch(async (e) => {
        log(v, 'not done:', await p.evaluate(() => document.visibilityState + ' shown iframes ' + document.querySelectorAll('iframe:not([style])').length + ' ' + [...document.querySelectorAll('article-card')].map((c) => c.status)));
        throw e;
      });
      const ms = await p.evaluate(() => window.done);
      // Let lazy pictures that started finish before counting what was served.
      await p.waitForNetworkIdle({ idleTime: 300, timeout: 10000 }).catch(() => {});
      stats[v].push(server.stats(true));
      await ctx.close();
      return ms;
    });
    const row = '20 stories embedded by id';
    const med = (v, k) => quantile(stats[v].map((x) => x[k]), 0.5);
    const note = (v) => `${med(v, 'requests')} requests (${med(v, 'api')} API, ${med(v, 'documents')} HTML, ${med(v, 'images')} img), ${(med(v, 'bytes') / 1024).toFixed(1)} kB`;
    line(row, `<article-card article=ID> ×20: ${note('cards')}`, 'ms', summary(s.cards), undefined, { apiRequests: med('cards', 'api') });
    line(row, `WordPress iframe embeds ×20: ${note('iframes')}`, 'ms', summary(s.iframes), summary(ratios(s.cards, s.iframes)), { max: 1 / 8 });
    results.embed = { cards: stats.cards, iframes: stats.iframes };
  }

  if (want('cls')) {
    log(`layout shift of the article page × ${CLS_ROUNDS} rounds (API 600 ms late, pictures 1,200 ms late)`);
    server.delays.api = 600;
    server.delays.image = 1200;
    for (const [label, viewport] of [
      ['1280×2600', { width: 1280, height: 2600 }],
      ['390×5000', { width: 390, height: 5000 }],
    ]) {
      const s = await rounds(CLS_ROUNDS, ['article', 'article-naive'], async (v) => {
        const ctx = await browser.createBrowserContext();
        const p = await ctx.newPage();
        await p.bringToFront();
        await p.setViewport(viewport);
        await p.goto(`${server.origin}/page/${v}`, { waitUntil: 'load' });
        await p.waitForFunction(() => window.bsReady, { timeout: 30000, polling: 50 });
        await p.waitForNetworkIdle({ idleTime: 500, timeout: 15000 }).catch(() => {});
        const cls = await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r(window.cls), 100)))));
        await ctx.close();
        return cls;
      });
      const row = `layout shift, article page ${label} (whole page in view)`;
      line(row, 'Broadsheet elements', 'CLS', summary(s.article), undefined, { cls: 0 });
      line(row, 'same page, plain script, no reserved space', 'CLS', summary(s['article-naive']));
    }
    server.delays.api = server.delays.image = 0;
  }
} finally {
  await cleanup();
}

// ── The table ─────────────────────────────────────────────────────────────────────────────
const fmt = (x, unit) => (unit == 'CLS' ? x.toFixed(3) : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const verdict = (l) => {
  const t = l.target;
  if (!t) return '';
  if (t.max !== undefined) return `target ≤ ${t.max.toFixed(t.max < 0.2 ? 3 : 1)}: ${l.ratio.median <= t.max ? 'met' : 'MISSED'}`;
  if (t.cls !== undefined) return `target 0: ${l.s.median == 0 ? 'met' : 'MISSED'}`;
  if (t.apiRequests !== undefined) return `target 1 API request: ${t.apiRequests == 1 ? 'met' : 'MISSED'}`;
  return '';
};
const rowsOut = table.map((l) => [
  l.row,
  l.variant,
  `${fmt(l.s.median, l.unit)} ${l.unit}`,
  l.s.n > 1 ? `${fmt(l.s.q1, l.unit)}–${fmt(l.s.q3, l.unit)}` : '',
  l.s.n > 1 ? `${fmt(l.s.min, l.unit)}–${fmt(l.s.max, l.unit)}` : '',
  l.ratio ? `${l.ratio.median.toFixed(2)} (${l.ratio.q1.toFixed(2)}–${l.ratio.q3.toFixed(2)})` : '',
  verdict(l),
]);
const header = ['row', 'variant', 'median', 'IQR', 'min–max', 'Broadsheet ÷ this (IQR)', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rowsOut.map((r) => r[i].length)));
const fmtRow = (r) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
const out = [fmtRow(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|'];
let last = '';
for (const r of rowsOut) {
  out.push(fmtRow([r[0] == last ? '' : r[0], ...r.slice(1)]));
  last = r[0];
}
console.log(`\nBroadsheet bench — ${results.browser}, ${results.machine}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`rounds: render ${ROUNDS}, update ${UPDATE_ROUNDS}, embed ${EMBED_ROUNDS}, layout shift ${CLS_ROUNDS}, heap cycles ${HEAP_CYCLES}; ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
console.log(out.join('\n'));
results.rows = table.map((l) => ({ row: l.row, variant: l.variant, unit: l.unit, ...l.s, ratio: l.ratio, target: l.target, verdict: verdict(l) || undefined }));
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nwritten: bench/results.json');
