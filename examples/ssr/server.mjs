// The reference article page (DESIGN.md) rendered on the server with `broadsheet/ssr`, served by
// Node's own `http` module on 127.0.0.1. Every Broadsheet element arrives as Declarative Shadow
// DOM with its data embedded, so the page is complete without JavaScript; in the browser the
// elements hydrate (Lit's hydration support loads first) without fetching anything again.
//
//   npm run build && npm run example:ssr        → http://127.0.0.1:8080/
//   PORT=3000 node examples/ssr/server.mjs
//
// The browser side loads the npm build (dist/) and Lit straight from node_modules through an
// import map: no bundler. A real site would bundle its client code, and would render with a
// client on its CMS (`createClient({ source: wordpress('https://site/wp-json') })`); this one
// uses the embedded demo dataset.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// The package imports itself by name, as a site would import it from node_modules.
import { renderElement, articleJsonLd, jsonLdScript } from 'broadsheet/ssr';
import { createClient } from 'broadsheet/sdk';
import { memory } from 'broadsheet/sdk/memory';
import { demoDataset } from 'broadsheet/demo';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLE = '101';
const PUBLISHER = { name: 'The Broadsheet Demo Journal', url: 'https://demo.broadsheet.invalid/' };

/** Escapes text and attribute values for HTML. */
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// What the browser may fetch besides pages: the build and the Lit packages it imports.
const STATIC = ['dist/', ...['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', '@lit-labs/ssr-client'].map((p) => `node_modules/${p}/`)];
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.webp': 'image/webp', '.map': 'application/json' };

const importMap = {
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit/context': '/node_modules/@lit/context/index.js',
    '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
  },
};

const styles = `
  body { margin: 0; background: #fff; }
  .bs-page { container-type: inline-size; box-sizing: border-box; max-inline-size: 75rem; margin-inline: auto; padding: 1.25rem;
    font: 1rem/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1d1d1f; --bs-accent: #0b57d0; }
  .bs-page a { color: inherit; }
  .masthead { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; padding-block-end: 0.75rem; border-block-end: 3px solid #1d1d1f; }
  .masthead .site { font: 700 1.5rem/1.2 Georgia, 'Times New Roman', serif; text-decoration: none; }
  .dateline { margin: 0; font-size: 0.875rem; color: #4a4a4f; }
  nav ol { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; margin: 1rem 0 0; padding: 0; list-style: none; font-size: 0.875rem; color: #4a4a4f; }
  nav li + li::before { content: '›'; margin-inline-end: 0.5rem; }
  h1 { margin: 0.75rem 0 0.5rem; font: 700 clamp(1.75rem, 5cqi, 2.75rem)/1.15 Georgia, 'Times New Roman', serif; }
  .standfirst { margin: 0 0 1rem; font-size: 1.2rem; line-height: 1.45; color: #3a3a3f; }
  .byline { margin: 0 0 1rem; font-size: 0.875rem; color: #4a4a4f; }
  figure { margin: 0 0 1.5rem; }
  figure img { display: block; inline-size: 100%; block-size: auto; border-radius: 4px; }
  figcaption { font-size: 0.8125rem; color: #4a4a4f; margin-block-start: 0.375rem; }
  .related { margin-block: 0 2rem; padding: 1rem; border: 1px solid #d9d9de; border-radius: 6px; background: #f7f7f9; }
  .body h2 { font: 700 1.4rem/1.3 Georgia, 'Times New Roman', serif; margin: 2rem 0 0.5rem; }
  .body p { margin: 0 0 1rem; }
  .author { margin-block: 2rem; padding-block: 1.5rem; border-block: 1px solid #d9d9de; }
  .latest, .comments { margin-block: 2rem; }
  footer { margin-block-start: 2rem; padding-block-start: 1rem; border-block-start: 1px solid #d9d9de; font-size: 0.8125rem; color: #4a4a4f; }
  @container (min-width: 62rem) {
    .columns { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 3rem; align-items: start; }
    aside { position: sticky; inset-block-start: 1rem; }
  }`;

/**
 * The demo dataset names its pictures by file URL on the server (next to dist/demo/dataset.js);
 * served, they are under `${origin}/dist/`. A client on the dataset with those URLs.
 */
function demoClient(origin) {
  const files = pathToFileURL(`${root}dist/`).href;
  const dataset = JSON.parse(JSON.stringify(demoDataset).replaceAll(files, `${origin}/dist/`));
  return { client: createClient({ source: memory(dataset, { name: 'demo' }) }), dataset };
}

/**
 * The whole article page. `newsSource` is the `<news-source>`'s attributes in the browser (where
 * the comment form sends comments): `{ source: 'demo' }` by default.
 */
export async function renderArticlePage({ client, dataset, id = ARTICLE, newsSource = { source: 'demo' } }) {
  const article = await client.articles.get(id);
  const author = article.authors[0];
  const image = article.image;
  const dateLine = new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(article.publishedAt));
  // Every element gets the client: context (<news-source>) is not resolved on the server.
  const [related, bio, comments, latest] = await Promise.all([
    renderElement('related-stories', { client, class: 'related', article: article.id, limit: 5 }),
    renderElement('author-bio', { client, class: 'author', author: author.slug, structuredData: true }),
    renderElement('comment-form', { client, class: 'comments', article: article.id }),
    renderElement('related-stories', { client, class: 'latest', mode: 'latest', article: article.id, limit: 5 }),
  ]);
  // The demo's own article HTML is trusted demo content; a real page sanitises its CMS's HTML.
  const body = dataset.articles.find((a) => a.id === article.id).contentHtml;
  const content = `
    <div class="bs-page">
      <header class="masthead">
        <a class="site" href="${esc(PUBLISHER.url)}">${esc(PUBLISHER.name)}</a>
        <p class="dateline">${esc(dateLine)}</p>
      </header>
      <nav aria-label="Breadcrumb">
        <ol>
          <li><a href="https://demo.broadsheet.invalid/">Home</a></li>
          <li><a href="https://demo.broadsheet.invalid/latest/">Latest</a></li>
          <li aria-current="page">${esc(article.title)}</li>
        </ol>
      </nav>
      <div class="columns">
        <main>
          <article>
            <h1>${esc(article.title)}</h1>
            <p class="standfirst">${esc(article.excerpt)}</p>
            <p class="byline">By <a href="${esc(author.url)}">${esc(author.name)}</a> · <time datetime="${esc(article.publishedAt)}">${esc(dateLine)}</time></p>
            ${image ? `<figure>
              <img src="${esc(image.src)}" srcset="${esc((image.srcset ?? []).map((c) => `${c.src} ${c.width}w`).join(', '))}"
                sizes="(min-width: 62rem) 44rem, 100vw" width="${image.width}" height="${image.height}" alt="${esc(image.alt)}">
              <figcaption>Illustration for ${esc(PUBLISHER.name)}.</figcaption>
            </figure>` : ''}
            ${related}
            <div class="body">${body}</div>
            ${bio}
          </article>
          ${comments}
        </main>
        <aside aria-label="Latest stories">${latest}</aside>
      </div>
      <footer>Demo content. Every story, name and picture on this page is part of Broadsheet's embedded demo dataset.</footer>
    </div>`;
  const page = await renderElement('news-source', newsSource, { children: content });
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(article.title)} – ${esc(PUBLISHER.name)}</title>
  <meta name="description" content="${esc(article.excerpt)}">
  <link rel="icon" href="data:,">
  <link rel="canonical" href="${esc(article.url)}">
  ${jsonLdScript(articleJsonLd(article, { publisher: PUBLISHER }))}
  <style>${styles}</style>
  <script type="importmap">${JSON.stringify(importMap)}</script>
  <script type="module">
    // Lit's hydration support first: it must run before Lit itself loads.
    import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
    import '/dist/index.js';
  </script>
</head>
<body>
${page}
</body>
</html>
`;
}

async function serveFile(res, path) {
  const file = resolve(root, path);
  if (!STATIC.some((dir) => file.startsWith(resolve(root, dir) + sep))) return false;
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the server on 127.0.0.1. `newsSource` sets the browser's `<news-source>` attributes;
 * with `api: true` it points at this server's `/wp-json`, which answers 503 and counts the
 * requests it gets (`apiRequests`): the tests use it to prove that hydration fetches nothing.
 */
export async function startServer({ port = 0, api = false } = {}) {
  let origin = '';
  let demo;
  const state = { apiRequests: 0 };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, origin);
    try {
      if (url.pathname.startsWith('/wp-json/')) {
        state.apiRequests++;
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"code":"unavailable"}');
      } else if (url.pathname === '/' || /^\/article\/[\w-]+\/?$/.test(url.pathname)) {
        const id = url.pathname.split('/')[2] || ARTICLE;
        const newsSource = api ? { api: `${origin}/wp-json` } : { source: 'demo' };
        const html = await renderArticlePage({ ...demo, id, newsSource });
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
      } else if (!(await serveFile(res, decodeURIComponent(url.pathname.slice(1))))) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    } catch (error) {
      const status = error?.code === 'not-found' ? 404 : 500;
      if (status === 500) console.error(error);
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status === 404 ? 'Not found' : 'Server error');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  demo = demoClient(origin);
  return {
    url: `${origin}/`,
    get apiRequests() {
      return state.apiRequests;
    },
    close: () => new Promise((done) => (server.closeAllConnections(), server.close(done))),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await startServer({ port: Number(process.env.PORT ?? 8080) });
  console.log(`Broadsheet SSR example: ${server.url} (Ctrl+C stops it)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
