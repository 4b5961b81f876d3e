#!/usr/bin/env node
// `npm run demo:wordpress`: the demo page on a real, local WordPress.
//
//   npm run build && npm run demo:wordpress      (as root on Debian 12, like wp-up.sh)
//
// Brings WordPress up on 127.0.0.1:WP_PORT (wp-up.sh, default 8181, the default state dir, so it
// is the same server as `npm run wp:up`), then serves test/integration/wordpress/demo.html and
// dist/ on http://127.0.0.1:DEMO_PORT (default 5180; loopback only) until Ctrl-C. Then it stops
// WordPress again (wp-down.sh, data kept), unless WordPress was already running when it started.
//
// The page uses dist/embed.js with <news-source api="http://127.0.0.1:WP_PORT/wp-json"> and every
// element. WordPress keeps its own comment flood throttle here (a second comment within 15 s is
// refused); WPCI_DISABLE_FLOOD=1 or WPCI_MODERATION=1 are passed to wp-up.sh as usual.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../../..');
const dist = resolve(repo, 'dist');
const wpPort = process.env.WP_PORT || '8181';
const demoPort = Number(process.env.DEMO_PORT || 5180);
const log = (m) => console.log(`[demo:wordpress] ${m}`);

if (!existsSync(resolve(dist, 'embed.js'))) {
  console.error('demo:wordpress: dist/embed.js not found: run `npm run build` first');
  process.exit(1);
}

// Was WordPress already up (e.g. `npm run wp:up`)? Then leave it running afterwards.
const wasUp = await fetch(`http://127.0.0.1:${wpPort}/wp-json/`, { signal: AbortSignal.timeout(2000) }).then(
  (r) => r.ok,
  () => false,
);

let started = false;
let stopped = false;
function stopWordPress() {
  if (!started || stopped || wasUp) return;
  stopped = true;
  spawnSync('bash', [resolve(here, 'wp-down.sh')], { stdio: 'inherit' });
}
process.on('exit', stopWordPress);

log(`bringing WordPress up on 127.0.0.1:${wpPort}${wasUp ? ' (already running: it stays up afterwards)' : ''}`);
started = true;
const up = await new Promise((done) => {
  const child = spawn('bash', [resolve(here, 'wp-up.sh'), wpPort], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.on('close', (code) => done({ code, out }));
});
if (up.code !== 0) {
  console.error(`demo:wordpress: wp-up.sh failed (exit ${up.code})`);
  process.exit(1);
}
const env = Object.fromEntries(up.out.split('\n').filter((l) => /^WP_\w+=/.test(l)).map((l) => [l.split('=')[0], l.slice(l.indexOf('=') + 1)]));
const seed = JSON.parse(readFileSync(env.WP_SEED_JSON, 'utf8'));

// The reference article, its author, another author, and a few cards by id.
const post = (datasetId) => seed.sourceIds.articles[datasetId];
const article = post('101') ?? Object.values(seed.posts)[0];
const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const values = {
  WP_BASE_URL: env.WP_BASE_URL,
  WP_REST_URL: env.WP_REST_URL,
  WP_VERSION: seed.wordpressVersion,
  ARTICLE: article,
  TITLE: "Russia's China Dilemma: Is Moscow Losing Its Independence?",
  AUTHOR: 'saeed-minhas',
  AUTHOR_2: Object.keys(seed.users).find((s) => s != 'saeed-minhas') ?? 'saeed-minhas',
  CARDS: ['112', '113', '114']
    .map(post)
    .filter(Boolean)
    .map((id) => `<article-card article="${id}" variant="horizontal"><a href="${escape(env.WP_BASE_URL)}/?p=${id}">Story ${id}</a></article-card>`)
    .join('\n            '),
};
const page = () =>
  readFileSync(resolve(here, 'demo.html'), 'utf8').replace(/\{\{(\w+)\}\}/g, (m, k) =>
    k in values ? (k == 'CARDS' ? values[k] : escape(values[k])) : m,
  );

const types = { '.js': 'text/javascript', '.map': 'application/json', '.json': 'application/json', '.css': 'text/css', '.webp': 'image/webp', '.html': 'text/html' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path == '/' || path == '/index.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return res.end(page());
  }
  if (path.startsWith('/dist/')) {
    const file = resolve(dist, '.' + path.slice(5));
    if ((file + sep).startsWith(dist + sep) && existsSync(file) && statSync(file).isFile()) {
      const type = types[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type.startsWith('image/') ? type : `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      return res.end(readFileSync(file));
    }
  }
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found');
});
server.on('error', (e) => {
  console.error(`demo:wordpress: cannot listen on 127.0.0.1:${demoPort}: ${e.message} (set DEMO_PORT)`);
  process.exit(1);
});
server.listen(demoPort, '127.0.0.1', () => {
  log(`WordPress: ${env.WP_REST_URL}`);
  log(`demo:      http://127.0.0.1:${demoPort}/   (Ctrl-C to stop${wasUp ? '' : ' both'})`);
});

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    log(`${sig}: stopping`);
    server.close();
    stopWordPress();
    process.exit(0);
  });
}
