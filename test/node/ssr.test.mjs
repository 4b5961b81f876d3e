// broadsheet/ssr in Node 20: what renderElement() writes. It runs on the built package
// (`npm run build` first), imported by its own name as a site would.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { renderElement, loadElementData, articleJsonLd, jsonLdScript, scriptJson } from 'broadsheet/ssr';
import { createClient, isBroadsheetError } from 'broadsheet/sdk';
import { memory } from 'broadsheet/sdk/memory';
import { demoDataset as fileDataset } from 'broadsheet/demo';

// In Node the demo pictures are file: URLs, which the elements drop: serve them from a CDN.
const images = new URL('./images/', import.meta.resolve('broadsheet/demo')).href;
const demoDataset = JSON.parse(JSON.stringify(fileDataset).replaceAll(images, 'https://cdn.example/demo/'));
const client = createClient({ source: memory(demoDataset, { name: 'demo' }) });
const reference = demoDataset.articles.find((a) => a.id === '101');
const saeed = reference.authors[0];

const DSD = '<template shadowroot="open" shadowrootmode="open">';
/** The light DOM: what follows the element's shadow root. */
const lightDom = (html) => html.slice(html.lastIndexOf('</template>'));
/** Every `<script type=…>` in the light DOM, parsed. */
const scripts = (html, type) =>
  [...lightDom(html).matchAll(new RegExp(`<script type="${type.replace('+', '\\+')}" data-broadsheet(?:="[^"]*")?>(.*?)</script>`, 'gs'))].map((m) => JSON.parse(m[1]));
const withoutBody = (a) => JSON.parse(JSON.stringify(a, (k, v) => (k === 'contentHtml' ? undefined : v)));

describe('renderElement', () => {
  test('renders <article-card> from data as Declarative Shadow DOM, with its styles and text', async () => {
    const html = await renderElement('article-card', { data: reference });
    assert.ok(html.includes(`<article-card`), 'the host tag');
    assert.ok(html.includes(DSD), 'a declarative shadow root');
    assert.match(html, /<style>[^<]*:host/, 'the element styles inside the shadow root');
    assert.ok(html.includes('Russia&#39;s China Dilemma: Is Moscow Losing Its Independence?'), 'the headline, escaped');
    assert.ok(html.includes(`href="${reference.url}"`), 'the real link');
    assert.ok(!html.includes('aria-busy="true"'), 'not the loading skeleton');
  });

  test('embeds the data it rendered with (without the article body), to hydrate without fetching', async () => {
    const html = await renderElement('article-card', { data: reference });
    assert.deepEqual(scripts(html, 'application/json'), [withoutBody(reference)]);
    const off = await renderElement('article-card', { data: reference }, { embedData: false });
    assert.deepEqual(scripts(off, 'application/json'), [], 'embedData: false leaves it out');
  });

  test('loads through the client first ({ article, client }), with the element own loading logic', async () => {
    const html = await renderElement('article-card', { article: '101', client });
    assert.ok(html.includes(' article="101"'), 'the attribute stays, so the element knows its key');
    assert.deepEqual(scripts(html, 'application/json'), [withoutBody(reference)]);
    assert.ok(html.includes('<script type="application/json" data-broadsheet="101">'), 'the data names the key it was rendered for');
    // WordPress gives ids as numbers (`post.author`): a number is a key like any other.
    const byNumber = await renderElement('article-card', { article: 101, client });
    assert.ok(byNumber.includes('<script type="application/json" data-broadsheet="101">'), 'a numeric key renders and is named');
    const related = await renderElement('related-stories', { article: '101', limit: 5, client });
    const [items] = scripts(related, 'application/json');
    assert.deepEqual(
      items.map((a) => a.title).sort(),
      [
        'Exploring Human-Infant Interactions with BabyX',
        "CPEC: Unlocking Central Asia's Wealth",
        'Muslim Nations with Beijing Over US in South China Sea Conflict',
        "GEF's Profit Shift: Climate Aid or Cash Grab?",
        "Media Manipulation: How the West Distorts Gaza's Reality",
      ].sort(),
    );
    assert.equal(related.split(DSD).length - 1, 6, 'the list and its five cards, each with a shadow root');
    assert.equal((related.match(/<article-card[^>]* defer-hydration/g) ?? []).length, 5, 'nested cards wait for their host to hydrate');
    assert.deepEqual(await loadElementData('author-bio', { author: 'saeed-minhas', client }), saeed);
  });

  test('a failed load rejects with the BroadsheetError', async () => {
    await assert.rejects(renderElement('author-bio', { author: 'nobody', client }), (e) => isBroadsheetError(e) && e.code === 'not-found');
  });

  test('without data or a client: the loading state and no request; with its own api it loads on the server', async () => {
    const realFetch = globalThis.fetch;
    const urls = [];
    globalThis.fetch = async (url) => (urls.push(String(url)), new Response('[]', { headers: { 'content-type': 'application/json' } }));
    try {
      const html = await renderElement('article-card', { article: '101' });
      assert.ok(html.includes('aria-busy="true"'), 'the skeleton, for the browser to fill');
      assert.deepEqual(scripts(html, 'application/json'), []);
      assert.deepEqual(urls, []);
      await assert.rejects(renderElement('article-card', { article: '101', api: 'https://wp.example/wp-json' }), (e) => isBroadsheetError(e) && e.code === 'not-found');
      assert.ok(urls.length > 0 && urls.every((u) => u.startsWith('https://wp.example/wp-json/wp/v2/posts')), 'loaded through the api attribute');
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  test('a server-rendered comment form submitted before its script runs sends nothing of the reader', async () => {
    // Without JavaScript its <form> submits by GET to the page: only named fields would go into
    // the URL (history, logs). The reader's fields have no name; only the bots' honeypot has one.
    const html = await renderElement('comment-form', { article: '101' });
    const fields = [...html.matchAll(/<(input|textarea)\b[^>]*>/g)].map((m) => m[0]);
    assert.equal(fields.length, 5, 'comment, name, email, website and the honeypot');
    assert.deepEqual(fields.filter((f) => /\sname=/.test(f)).map((f) => /id="(\w+)"/.exec(f)?.[1]), ['hp']);
  });

  test('props by property or attribute name; booleans; other attributes; lang sets the date format', async () => {
    const html = await renderElement('article-card', { data: reference, headingLevel: 2, variant: 'hero', hide: 'excerpt', id: 'lead', class: 'x y' });
    assert.match(html, /<article-card[^>]* heading-level="2"/);
    assert.match(html, /<article-card[^>]* variant="hero"/);
    assert.match(html, /<article-card[^>]* id="lead"/);
    assert.match(html, /<article-card[^>]* class="x y"/);
    assert.match(html, /role="heading" aria-level="2"/);
    assert.ok(!html.includes('part="excerpt"'), 'hide="excerpt" applies on the server');
    const byAttribute = await renderElement('comment-form', { article: '101', 'heading-level': '3', 'hide-website': true });
    assert.match(byAttribute, /<comment-form[^>]* heading-level="3"/);
    assert.match(byAttribute, /<comment-form[^>]* hide-website[ >]/);
    assert.match(byAttribute, /aria-level="3"/);
    assert.ok(!byAttribute.includes('id="website"'), 'hide-website applies on the server');
    const noWebsite = await renderElement('comment-form', { article: '101', hideWebsite: false });
    assert.ok(!/<comment-form[^>]* hide-website/.test(noWebsite), 'false leaves a boolean attribute out');
    const fr = await renderElement('article-card', { data: reference, lang: 'fr' });
    assert.match(fr, /<article-card[^>]* lang="fr"/);
    assert.ok(fr.includes('26 mai 2024'), 'the date in French');
  });

  test('escapes every value: attributes, text and the embedded JSON', async () => {
    const evil = '</script><script>alert(1)</script><!--';
    const data = { ...reference, title: evil, url: 'https://example.com/"><img src=x onerror=alert(1)>' };
    const html = await renderElement('article-card', { data, structuredData: true, id: '"><b>x</b>' });
    assert.ok(!html.includes('<script>alert(1)'), 'no script can be closed or opened');
    assert.ok(!html.includes('<b>x</b>') && !html.includes('<img src=x'), 'no markup from attribute values');
    assert.equal(scripts(html, 'application/json')[0].title, evil, 'the JSON reads back unchanged');
    assert.equal(scripts(html, 'application/ld+json')[0].headline, evil);
    assert.ok(scriptJson({ s: '<>&\u2028' }).match(/^[^<>&\u2028]*$/), 'scriptJson escapes <, >, & and U+2028');
    await assert.rejects(renderElement('article-card', { data: reference, 'on"x': 'y' }), TypeError);
    await assert.rejects(renderElement('div', {}), TypeError);
    await assert.rejects(renderElement('not-registered', {}), /not a registered Lit element/);
  });

  test('children go in the light DOM, after the shadow root; shadow: false renders no shadow root', async () => {
    const html = await renderElement('news-source', { source: 'demo' }, { children: '<p>inside</p>' });
    assert.ok(html.includes(DSD) && html.includes('<slot></slot>'));
    assert.ok(lightDom(html).includes('<p>inside</p>'));
    const inner = await renderElement('article-card', { data: reference });
    const wrapped = await renderElement('news-source', { source: 'demo' }, { children: inner });
    assert.equal(wrapped.split(DSD).length, 3, 'already rendered children are not rendered again');
    const plain = await renderElement('comment-form', { article: '101' }, { shadow: false, children: '<form method="post"></form>' });
    assert.equal(plain, '<comment-form article="101"><form method="post"></form></comment-form>');
  });

  test('renders every element', async () => {
    const all = {
      'article-card': { data: reference },
      'author-bio': { data: saeed },
      'related-stories': { data: demoDataset.articles.slice(1, 3) },
      'comment-form': { article: '101' },
      'news-source': { api: 'https://example.com/wp-json' },
    };
    for (const [tag, props] of Object.entries(all)) {
      const html = await renderElement(tag, props);
      assert.ok(html.includes(`<${tag}`) && html.includes(DSD), `${tag} has a declarative shadow root`);
    }
    const form = await renderElement('comment-form', { article: '101' });
    for (const label of ['Comment', 'Name', 'Email', 'Post comment']) assert.ok(form.includes(label), `comment-form: ${label}`);
  });
});

describe('structured data (JSON-LD)', () => {
  test('<article-card structured-data> carries a NewsArticle with the fields Google documents', async () => {
    const html = await renderElement('article-card', { article: '101', client, structuredData: true });
    assert.match(html, /<article-card[^>]* structured-data[ >]/, 'the attribute, so the browser keeps it up to date');
    const [ld] = scripts(html, 'application/ld+json');
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, reference.title);
    assert.ok(Array.isArray(ld.image) && ld.image.length === 2, 'every rendition of the image');
    assert.equal(ld.image[0], reference.image.srcset.at(-1).src, 'widest first');
    assert.equal(ld.datePublished, '2024-05-26T10:30:00Z');
    assert.equal(ld.dateModified, '2024-05-26T14:05:00Z');
    assert.deepEqual(ld.author, [{ '@type': 'Person', name: 'Saeed Minhas', url: 'https://demo.broadsheet.invalid/author/saeed-minhas/' }]);
    assert.equal(ld.url, reference.url);
    assert.equal(ld.mainEntityOfPage, reference.url);
    assert.equal(ld.description, reference.excerpt);
    assert.deepEqual(ld.articleSection, ['World']);
    assert.ok(!lightDom(html).includes('shadowroot') && html.indexOf('application/ld+json') > html.lastIndexOf('</template>'), 'in the light DOM, where crawlers read it');
  });

  test('dateModified falls back to datePublished; no image, no image key', async () => {
    const { updatedAt, image, ...plain } = reference;
    const ld = articleJsonLd(plain);
    assert.equal(ld.dateModified, plain.publishedAt);
    assert.equal(JSON.parse(JSON.stringify(ld)).image, undefined);
  });

  test('<author-bio structured-data> carries a Person', async () => {
    const html = await renderElement('author-bio', { author: 'saeed-minhas', client, structuredData: true });
    const [ld] = scripts(html, 'application/ld+json');
    assert.equal(ld['@type'], 'Person');
    assert.equal(ld.name, 'Saeed Minhas');
    assert.equal(ld.url, saeed.url);
    assert.equal(ld.jobTitle, 'Chief Editor (National)');
    assert.equal(ld.description, saeed.bio);
    assert.equal(ld.image, saeed.avatar.src);
    assert.deepEqual(ld.sameAs, ['https://www.example.com/saeed-minhas', 'https://x.example.com/saeedminhas']);
  });

  test('only with structuredData', async () => {
    assert.deepEqual(scripts(await renderElement('article-card', { data: reference }), 'application/ld+json'), []);
    assert.deepEqual(scripts(await renderElement('article-card', { data: reference, structuredData: false }), 'application/ld+json'), []);
  });

  test('a page head gets the article with its publisher', () => {
    const html = jsonLdScript(articleJsonLd(reference, { publisher: { name: 'The Journal', url: 'https://journal.example/', logo: 'https://journal.example/logo.png' } }));
    const ld = JSON.parse(html.match(/^<script type="application\/ld\+json">(.*)<\/script>$/s)[1]);
    assert.deepEqual(ld.publisher, { '@type': 'Organization', name: 'The Journal', url: 'https://journal.example/', logo: { '@type': 'ImageObject', url: 'https://journal.example/logo.png' } });
  });
});

describe('the SSR example page', () => {
  test('renders the whole reference page: every element server-rendered, JSON-LD in the head', async () => {
    const { startServer } = await import('../../examples/ssr/server.mjs');
    const server = await startServer();
    try {
      const html = await (await fetch(server.url)).text();
      for (const tag of ['news-source', 'related-stories', 'author-bio', 'comment-form', 'article-card']) {
        assert.match(html, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), `<${tag}> with a declarative shadow root`);
      }
      assert.equal((html.match(/<article-card\s/g) ?? []).length, 10, 'five related and five latest stories');
      assert.ok(html.includes('Saeed Minhas is an accomplished journalist'));
      const head = html.slice(0, html.indexOf('</head>'));
      const ld = JSON.parse(head.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)[1]);
      assert.equal(ld['@type'], 'NewsArticle');
      assert.equal(ld.publisher.name, 'The Broadsheet Demo Journal');
      assert.ok(ld.image.every((u) => u.startsWith(server.url)), 'the pictures at the server');
      assert.ok(html.includes('"@type":"Person"'), 'the author box JSON-LD');
      assert.ok(head.indexOf('lit-element-hydrate-support.js') > 0, 'hydration support loads');
    } finally {
      await server.close();
    }
  });
});

describe('boundaries', () => {
  const dist = resolve(import.meta.dirname, '../../dist');
  /** Every module a dist entry reaches through relative imports, and the packages it names. */
  function graph(entry) {
    const files = new Set();
    const packages = new Set();
    const visit = (file) => {
      if (files.has(file)) return;
      files.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?\(?\s*['"]([^'"]+)['"]/g)) {
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
        else packages.add(spec);
      }
    };
    visit(resolve(dist, entry));
    return { files: [...files].map((f) => f.slice(dist.length + 1)), packages: [...packages] };
  }

  test('the import walk sees what it should (so the checks below can fail)', () => {
    assert.ok(graph('index.js').files.includes('components/article-card/article-card.js'));
    assert.ok(graph('ssr/index.js').packages.includes('@lit-labs/ssr'));
    assert.ok(graph('react/index.js').packages.includes('@lit/react'));
  });

  test('the browser entries never reach the server or React code', () => {
    for (const entry of ['index.js', ...readdirSync(resolve(dist, 'components')).filter((d) => d !== 'shared').map((d) => `components/${d}/define.js`)]) {
      const { files, packages } = graph(entry);
      assert.deepEqual(files.filter((f) => /^(ssr|react)\//.test(f)), [], `${entry} reaches no ssr/ or react/ module`);
      assert.deepEqual(packages.filter((p) => /^(@lit-labs\/ssr|react|@lit\/react|node:)/.test(p)), [], `${entry} imports no server or React package`);
    }
    const embed = readFileSync(resolve(dist, 'embed.js'), 'utf8');
    for (const s of ['@lit-labs/ssr', 'collectResult', 'LitElementRenderer', 'createComponent']) assert.ok(!embed.includes(s), `dist/embed.js has no ${s}`);
  });

  test('the SDK stays free of the DOM and of the server code', () => {
    const { files, packages } = graph('sdk/index.js');
    assert.deepEqual(files.filter((f) => !f.startsWith('sdk/')), []);
    assert.deepEqual(packages, []);
  });
});
