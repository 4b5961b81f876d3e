// The bench's one local server (node:http on 127.0.0.1, a free port): the built library (dist/),
// the bench pages, the React bundle, the demo pictures, a WordPress-format REST API on the demo
// dataset (bench/wordpress.mjs), WordPress-style iframe embed pages (bench/wp-embed-page.mjs)
// and the pages each row loads. Every answer is gzipped when the browser accepts it, as a CDN
// or WordPress behind one would serve it.
//
// It counts what it serves (requests and bytes on the wire, headers included) between calls of
// `stats(reset)`, and holds API answers and pictures back by `delays.api` / `delays.image` ms
// (the layout-shift row: data and pictures arriving late).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { answer, wordpressData } from './wordpress.mjs';
import { embedMarkup, embedPage, HOST_JS } from './wp-embed-page.mjs';
import { articlePage } from './pages/article-page.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webp': 'image/webp',
  '.map': 'application/json',
};
const SITE = 'The Broadsheet Demo Journal';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function startServer({ buildDir, distDir = 'dist' }) {
  const delays = { api: 0, image: 0 };
  let counts = { requests: 0, bytes: 0, api: 0, documents: 0, images: 0, scripts: 0 };
  const files = new Map([
    ['/dist/', resolve(distDir)],
    ['/bench/pages/', resolve('bench/pages')],
    ['/build/', resolve(buildDir)],
    ['/img/', resolve(distDir, 'demo/images')],
  ]);
  const memory = new Map(); // extra files the bench puts up (articles.json, static.json)
  const gzCache = new Map();
  let data;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const path = url.pathname;
    const send = (status, type, body, headers = {}) => {
      let buf = Buffer.isBuffer(body) ? body : Buffer.from(typeof body == 'string' ? body : JSON.stringify(body));
      const h = { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers };
      if (/gzip/.test(req.headers['accept-encoding'] ?? '') && !/image\//.test(type)) {
        const key = buf.length > 4096 ? path + '\0' + buf.length : undefined;
        buf = (key && gzCache.get(key)) || gzipSync(buf, { level: 6 });
        if (key) gzCache.set(key, buf);
        h['Content-Encoding'] = 'gzip';
      }
      h['Content-Length'] = buf.length;
      res.writeHead(status, h);
      res.end(buf);
      if (path.startsWith('/__')) return;
      // Status line + headers as sent, and the body.
      const head = `HTTP/1.1 ${status} X\r\n` + Object.entries(res.getHeaders()).map(([k, v]) => `${k}: ${v}\r\n`).join('') + '\r\n';
      counts.requests++;
      counts.bytes += head.length + buf.length;
      if (path.startsWith('/wp-json/')) counts.api++;
      else if (type.startsWith('text/html')) counts.documents++;
      else if (type.startsWith('image/')) counts.images++;
      else if (type.startsWith('text/javascript')) counts.scripts++;
    };
    try {
      if (path.startsWith('/wp-json/wp/v2/')) {
        if (delays.api) await sleep(delays.api);
        const a = answer(data, path.slice('/wp-json/wp/v2/'.length).replace(/\/$/, ''), url.searchParams);
        return send(a.status, 'application/json; charset=UTF-8', a.body, a.headers);
      }
      if (path == '/' && url.searchParams.get('embed') == 'true') {
        const post = data.posts.find((p) => p.id == +url.searchParams.get('p'));
        return post ? send(200, TYPES['.html'], embedPage(post, SITE)) : send(404, 'text/plain', 'no post');
      }
      if (path.startsWith('/page/')) return send(200, TYPES['.html'], page(path.slice(6), url.searchParams));
      if (memory.has(path)) return send(200, TYPES['.json'], memory.get(path));
      for (const [prefix, dir] of files) {
        if (!path.startsWith(prefix)) continue;
        const file = resolve(join(dir, decodeURIComponent(path.slice(prefix.length))));
        if (!file.startsWith(dir + sep) || !existsSync(file)) break;
        if (prefix == '/img/' && delays.image) await sleep(delays.image);
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      }
      send(404, 'text/plain', 'not found');
    } catch (error) {
      send(500, 'text/plain', String(error?.stack ?? error));
    }
  });

  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  data = await wordpressData(origin, { count: 20, distDir });

  /** The pages the embed and layout-shift rows load. */
  function page(name, q) {
    const n = Math.min(20, +(q.get('n') ?? 20));
    // `?script=/build/…` swaps the library for another build (profiling an unminified bundle).
    const script = q.get('script') ?? '/dist/embed.js';
    const posts = data.posts.slice(0, n);
    const head = (title, extra = '') =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title><link rel="icon" href="data:,">` +
      `<style>body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1d1d1f}main{inline-size:600px;margin:0 auto;padding:1rem;display:grid;gap:1.5rem}</style>${extra}</head><body>`;
    if (name == 'cards') {
      // 20 cards by id: one script tag, one <news-source>, the tags. `done` when every card
      // shows its story, plus the frame that paints it.
      return (
        head('20 cards by id', `<script type="module" src="${script}"></script>`) +
        `<news-source api="${origin}/wp-json"><main>` +
        posts.map((p) => `<article-card article="${p.id}"><a href="${p.link}">${p.title.rendered}</a></article-card>`).join('') +
        `</main></news-source><script type="module">
const cards = [...document.querySelectorAll('article-card')];
await customElements.whenDefined('article-card');
await new Promise((resolve) => {
  const check = () => cards.every((c) => c.status == 'ready') && (mo.disconnect(), resolve());
  const mo = new MutationObserver(check);
  for (const c of cards) mo.observe(c, { attributes: true }), c.shadowRoot && mo.observe(c.shadowRoot, { childList: true, subtree: true, characterData: true });
  check();
});
await Promise.all(cards.map((c) => c.updateComplete));
requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => (window.done = performance.now()); ch.port2.postMessage(0); });
</script></body></html>`
      );
    }
    if (name == 'iframes') {
      // 20 WordPress embeds: blockquote + hidden iframe each; `done` when every iframe has
      // reported its height on load and been shown, plus the frame that paints it.
      // The host script is in <head>, listening before any iframe can report.
      return (
        head(
          '20 WordPress iframe embeds',
          `<script>${HOST_JS}
(function(){var seen={},n=0,total=${posts.length};window.addEventListener('message',function(e){var d=e.data;if(!d||d.message!=='height'||seen[d.secret])return;seen[d.secret]=1;if(++n===total)requestAnimationFrame(function(){var ch=new MessageChannel();ch.port1.onmessage=function(){window.done=performance.now()};ch.port2.postMessage(0)});});})();
</script>`,
        ) + `<main>${posts.map((p, i) => embedMarkup(p, origin, i)).join('')}</main></body></html>`
      );
    }
    if (name == 'article' || name == 'article-naive') return articlePage(name, data, origin);
    return '<!doctype html><p>unknown page</p>';
  }

  return {
    origin,
    data,
    delays,
    /** Puts a JSON file up at `path`. */
    put(path, value) {
      memory.set(path, JSON.stringify(value));
    },
    /** What was served since the last reset. */
    stats(reset = false) {
      const s = { ...counts };
      if (reset) counts = { requests: 0, bytes: 0, api: 0, documents: 0, images: 0, scripts: 0 };
      return s;
    },
    close: () => new Promise((r) => server.close(r)),
  };
}
