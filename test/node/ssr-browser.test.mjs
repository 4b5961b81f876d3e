// The server-rendered reference page (examples/ssr/server.mjs) in headless Chromium: complete
// with JavaScript disabled, and hydrated with JavaScript without a request to the API and
// without a visible change. Needs the build (`npm run build`) and /usr/bin/chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../examples/ssr/server.mjs';
import { launchChromium, newPage } from '../ssr/chromium.mjs';

const TAGS = ['news-source', 'related-stories', 'article-card', 'author-bio', 'comment-form'];
const RELATED = [
  'Exploring Human-Infant Interactions with BabyX',
  "CPEC: Unlocking Central Asia's Wealth",
  'Muslim Nations with Beijing Over US in South China Sea Conflict',
  "GEF's Profit Shift: Climate Aid or Cash Grab?",
  "Media Manipulation: How the West Distorts Gaza's Reality",
];

let chromium;
let server;
before(async () => {
  chromium = await launchChromium();
  // The page's <news-source> points at this server's /wp-json, which counts every request.
  server = await startServer({ api: true });
});
after(async () => {
  await chromium?.close();
  await server?.close();
});

// Tall enough for the whole page: content outside the viewport may be skipped by the browser
// (`content-visibility: auto`), and what is compared here is what a reader sees.
const WHOLE_PAGE = { width: 1280, height: 6000 };

/** Polls `check` (in Node) until it is true; the condition, not the time, is what is tested. */
async function until(check, message, timeout = 10000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out: ${message}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Every Broadsheet element on the page (also inside shadow roots), in document order, with
 * its box and the text its shadow root shows. Marks each shadow root's first element so a
 * later call can tell whether it is still the same node (`same`).
 */
const snapshot = (page, tags) =>
  page.evaluate((tags) => {
    const out = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll(tags.join(','))) {
        const sr = el.shadowRoot;
        const first = sr && [...sr.children].find((c) => c.localName !== 'style');
        const same = first ? first.__ssrMark === out.length : false;
        if (first) first.__ssrMark = out.length;
        const r = el.getBoundingClientRect();
        const round = (n) => Math.round(n * 10) / 10;
        out.push({
          tag: el.localName,
          box: [r.x, r.y, r.width, r.height].map(round),
          text: sr ? [...sr.children].filter((c) => c.localName !== 'style').map((c) => c.innerText).join('\n').trim() : null,
          same,
        });
        if (sr) walk(sr);
      }
    };
    walk(document);
    return out;
  }, tags);

/**
 * Opens the page with Lit's hydration support (and so every module) held back: resolves once the
 * server's HTML is parsed, with `release` to let the elements load and `loaded` for the page's
 * load event. `answer(request)` may answer a request itself (return true when it did).
 */
async function openHeld(page, answer = () => false) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.setRequestInterception(true);
  page.on('request', async (r) => {
    if (await answer(r)) return;
    if (r.url().endsWith('/lit-element-hydrate-support.js')) await held;
    await r.continue();
  });
  const loaded = page.goto(server.url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.readyState !== 'loading');
  return { release, loaded };
}

test('with JavaScript disabled the page shows every element with its content', async () => {
  const page = await newPage(chromium.browser, WHOLE_PAGE);
  try {
    await page.setJavaScriptEnabled(false);
    const html = await (await fetch(server.url)).text();
    await page.setContent(html, { waitUntil: 'load' });
    assert.equal(await page.evaluate(() => customElements.get('article-card')), undefined, 'no script ran');
    const elements = await snapshot(page, TAGS);
    assert.deepEqual([...new Set(elements.map((e) => e.tag))].sort(), [...TAGS].sort(), 'every element is on the page');
    for (const e of elements) {
      assert.notEqual(e.text, null, `<${e.tag}> has its declarative shadow root`);
      if (e.tag !== 'news-source') assert.ok(e.box[2] > 0 && e.box[3] > 0, `<${e.tag}> takes space: ${e.box}`);
    }
    const texts = elements.map((e) => e.text).join('\n');
    for (const t of ['Related stories', 'Latest stories', ...RELATED, 'Saeed Minhas', 'Chief Editor (National)', 'More from Saeed Minhas', 'Comment', 'Post comment']) {
      assert.ok(texts.includes(t), `shows "${t}"`);
    }
    // Visible, not only present: the related headlines are on screen with a size.
    const headlines = await page.$$('pierce/[part="link"]');
    assert.ok(headlines.length >= 10);
    for (const h of headlines.slice(0, 5)) {
      const box = await h.boundingBox();
      assert.ok(box && box.width > 0 && box.height > 0, 'a headline link has a box');
      assert.ok(await h.evaluate((a) => a.checkVisibility({ visibilityProperty: true, opacityProperty: true })), 'and is visible');
    }
    assert.deepEqual(page.problems, []);
  } finally {
    await page.close();
  }
});

test('with JavaScript it hydrates: no request to the API, the same nodes, boxes and text', async () => {
  const page = await newPage(chromium.browser, WHOLE_PAGE);
  const requests = [];
  page.on('request', (r) => requests.push(r));
  try {
    // The server's HTML is measured before the elements load.
    const apiBefore = server.apiRequests;
    const { release, loaded } = await openHeld(page);
    const before = await snapshot(page, TAGS);
    assert.equal(await page.evaluate(() => customElements.get('article-card')), undefined, 'measured before the elements load');
    release();
    await loaded;
    await page.waitForFunction(
      (tags) => {
        const all = [];
        const walk = (root) => root.querySelectorAll(tags.join(',')).forEach((el) => (all.push(el), el.shadowRoot && walk(el.shadowRoot)));
        walk(document);
        return all.length > 0 && all.every((el) => el.hasUpdated && !el.isUpdatePending && !el.hasAttribute('defer-hydration'));
      },
      { timeout: 10000 },
      TAGS,
    );
    const hydrated = await snapshot(page, TAGS);

    assert.deepEqual(page.problems, [], 'no hydration mismatch, no errors');
    assert.equal(server.apiRequests - apiBefore, 0, 'no request reached the API');
    assert.deepEqual(requests.filter((r) => ['fetch', 'xhr'].includes(r.resourceType())).map((r) => r.url()), [], 'no fetch or XHR at all');
    assert.equal(hydrated.length, before.length);
    assert.ok(before.every((e) => e.tag === 'news-source' || e.text), 'every element shows text before hydration (so the comparison means something)');
    hydrated.forEach((after, i) => {
      const was = before[i];
      assert.equal(after.tag, was.tag);
      assert.equal(after.text, was.text, `<${after.tag}> #${i} shows the same text`);
      assert.deepEqual(after.box, was.box, `<${after.tag}> #${i} has the same box`);
      if (after.text !== null) assert.ok(after.same, `<${after.tag}> #${i} kept its server-rendered nodes (hydrated, not re-rendered)`);
    });
    const state = await page.evaluate(() => {
      const bio = document.querySelector('author-bio');
      return { bio: bio.status, data: bio.value?.name, related: document.querySelector('related-stories').value?.length, ld: bio.querySelectorAll('script[type="application/ld+json"]').length };
    });
    assert.deepEqual(state, { bio: 'ready', data: 'Saeed Minhas', related: 5, ld: 1 }, 'the elements run on the embedded data; the JSON-LD stays single');
  } finally {
    await page.close();
  }
});

test('an author changed by the page before the script ran: hydrates what the server rendered, then shows only the new author', async () => {
  const page = await newPage(chromium.browser, WHOLE_PAGE);
  try {
    const { release, loaded } = await openHeld(page);
    await page.evaluate(() => document.querySelector('author-bio').setAttribute('author', 'farah-qadri'));
    release();
    await loaded;
    // This server's API answers 503: the element asks it for the new author, then says it could not load.
    await page.waitForFunction(() => document.querySelector('author-bio').status === 'error', { timeout: 15000 });
    const names = await page.evaluate(() => [...document.querySelector('author-bio').shadowRoot.querySelectorAll('[part~=name]')].map((n) => n.textContent.trim()));
    assert.deepEqual(page.problems.filter((p) => !/Failed to load resource.*503/.test(p)), [], 'no hydration mismatch');
    assert.deepEqual(names, [], 'the old author is gone, not kept beside what came next');
  } finally {
    await page.close();
  }
});

test('an avatar that failed before the script ran shows the initials once hydrated', async () => {
  const page = await newPage(chromium.browser, WHOLE_PAGE);
  try {
    // The avatar's server is down; the elements load once the picture has failed.
    const { release, loaded } = await openHeld(page, (r) => /avatar-saeed-minhas/.test(r.url()) && (r.respond({ status: 404, body: '' }), true));
    const broken = () => page.evaluate(() => {
      const img = document.querySelector('author-bio').shadowRoot.querySelector('img[part~="avatar"]');
      return !!img && img.complete && img.naturalWidth === 0;
    });
    await until(broken, 'the server-rendered avatar failed before hydration');
    release();
    await loaded;
    await page.waitForFunction(() => document.querySelector('author-bio').hasUpdated, { timeout: 10000 });
    await until(
      () => page.evaluate(() => !!document.querySelector('author-bio').shadowRoot.querySelector('[part~="initials"]')),
      'the initials replace the broken picture',
    );
    assert.equal(await page.evaluate(() => document.querySelector('author-bio').shadowRoot.querySelector('[part~="initials"]').textContent.trim()), 'SM');
  } finally {
    await page.close();
  }
});

test('control: without the embedded data the same page does request the API', async () => {
  const page = await newPage(chromium.browser);
  try {
    const html = (await (await fetch(server.url)).text()).replace(/<script type="application\/json" data-broadsheet[^>]*>.*?<\/script>/gs, '');
    await page.setRequestInterception(true);
    page.on('request', (r) => (r.isNavigationRequest() ? r.respond({ status: 200, contentType: 'text/html', body: html }) : r.continue()));
    const apiBefore = server.apiRequests;
    await page.goto(server.url, { waitUntil: 'load' });
    await until(() => server.apiRequests > apiBefore, 'the elements asked the API for their data');
  } finally {
    await page.close();
  }
});

test('a hydrated element given another key loads it: the embedded data was only for the first', async () => {
  const page = await newPage(chromium.browser, WHOLE_PAGE);
  try {
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('author-bio')?.status === 'ready', { timeout: 10000 });
    const apiBefore = server.apiRequests;
    assert.equal(await page.evaluate(() => document.querySelector('author-bio').value.name), 'Saeed Minhas');
    // A page script (a single-page app's navigation) points it at another author.
    // (This server's API answers 503: the element asks it, then says it could not load.)
    await page.evaluate(() => document.querySelector('author-bio').setAttribute('author', 'farah-qadri'));
    await until(() => server.apiRequests > apiBefore, 'it asked the API for the new author');
    await page.waitForFunction(() => document.querySelector('author-bio').status === 'error', { timeout: 15000 });
    assert.equal(await page.evaluate(() => document.querySelector('author-bio').value), undefined, 'the first author is no longer shown');
  } finally {
    await page.close();
  }
});
