// The SDK in Node 20, with no DOM: the built entry (`npm run build` first) against a tiny
// WordPress-shaped server on 127.0.0.1 (random port). Run: node --test test/node/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';

const DOM_GLOBALS = ['window', 'document', 'HTMLElement', 'customElements', 'DOMParser'];

let sdk;
let server;
let origin;

const user = {
  id: 2,
  name: 'Saeed Minhas',
  url: '',
  description: 'Saeed Minhas is an accomplished journalist with extensive experience in the field.',
  link: '', // filled in with the server's origin
  slug: 'saeed-minhas',
  avatar_urls: { 24: 'https://secure.gravatar.com/avatar/x?s=24', 48: 'https://secure.gravatar.com/avatar/x?s=48', 96: 'https://secure.gravatar.com/avatar/x?s=96' },
};

const post = (o) => ({
  id: 4,
  date: '2024-05-24T09:00:00',
  date_gmt: '2024-05-24T04:00:00',
  modified_gmt: '2024-05-25T04:00:00',
  slug: 'russias-china-dilemma-is-moscow-losing-its-independence',
  link: `${o}/2024/05/russias-china-dilemma-is-moscow-losing-its-independence/`,
  title: { rendered: 'Russia&#8217;s China Dilemma: Is Moscow Losing Its Independence?' },
  excerpt: { rendered: '<p>Moscow&#8217;s evolving relationship with Beijing&hellip;</p>\n', protected: false },
  author: 2,
  featured_media: 5,
  comment_status: 'open',
  categories: [3],
  tags: [6],
  _links: {},
  _embedded: {
    author: [{ ...user, link: `${o}/author/saeed-minhas/` }],
    'wp:featuredmedia': [
      {
        id: 5,
        alt_text: 'The Kremlin',
        source_url: `${o}/wp-content/uploads/2024/05/kremlin.jpg`,
        media_details: {
          width: 1200,
          height: 675,
          sizes: {
            large: { width: 1024, height: 576, source_url: `${o}/wp-content/uploads/2024/05/kremlin-1024x576.jpg` },
            medium: { width: 300, height: 169, source_url: `${o}/wp-content/uploads/2024/05/kremlin-300x169.jpg` },
            full: { width: 1200, height: 675, source_url: `${o}/wp-content/uploads/2024/05/kremlin.jpg` },
          },
        },
      },
    ],
    'wp:term': [
      [{ id: 3, link: `${o}/category/politics/`, name: 'Politics', slug: 'politics', taxonomy: 'category' }],
      [{ id: 6, link: `${o}/tag/china/`, name: 'china', slug: 'china', taxonomy: 'post_tag' }],
    ],
  },
});

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8', ...headers });
  res.end(typeof body == 'string' ? body : JSON.stringify(body));
}

before(async () => {
  for (const g of DOM_GLOBALS) assert.equal(globalThis[g], undefined, `${g} must not exist in this test`);
  sdk = await import('../../dist/sdk/index.js');
  for (const g of DOM_GLOBALS) assert.equal(globalThis[g], undefined, `importing the SDK defined ${g}`);

  server = createServer((req, res) => {
    const url = new URL(req.url, origin);
    const [, site] = url.pathname.split('/');
    if (site === 'broken') return send(res, 500, '<h1>Error establishing a database connection</h1>', { 'Content-Type': 'text/html' });
    if (site === 'html') return send(res, 200, '<!DOCTYPE html><title>Maintenance</title>', { 'Content-Type': 'text/html' });
    if (site === 'bad') return send(res, 200, [{ ...post(origin), title: { rendered: 42 } }]);
    if (url.pathname === '/wp-json/wp/v2/posts') {
      const ids = (url.searchParams.get('include') || '4').split(',');
      const items = ids.filter((id) => id === '4').map(() => post(origin));
      return send(res, 200, items, { 'X-WP-Total': String(items.length), 'X-WP-TotalPages': '1' });
    }
    if (url.pathname === '/wp-json/wp/v2/users') return send(res, 200, url.searchParams.get('include') === '2' ? [{ ...user, link: `${origin}/author/saeed-minhas/` }] : []);
    send(res, 404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => new Promise((resolve) => server.close(resolve)));

test('the SDK entry exports the client, the sources and the error class', () => {
  assert.equal(typeof sdk.createClient, 'function');
  assert.equal(typeof sdk.wordpress, 'function');
  assert.equal(typeof sdk.BroadsheetError, 'function');
});

test('createClient + wordpress(): a typed article with plain-text title, srcset, authors and sections', async () => {
  const client = sdk.createClient({ source: sdk.wordpress(`${origin}/wp-json`) });
  const a = await client.articles.get('4');
  assert.equal(a.id, '4');
  assert.equal(a.title, 'Russia’s China Dilemma: Is Moscow Losing Its Independence?');
  assert.equal(a.excerpt, 'Moscow’s evolving relationship with Beijing…');
  assert.equal(a.publishedAt, '2024-05-24T04:00:00Z');
  assert.equal(a.url, `${origin}/2024/05/russias-china-dilemma-is-moscow-losing-its-independence/`);
  assert.deepEqual(
    a.authors.map((x) => [x.id, x.name, x.url]),
    [['2', 'Saeed Minhas', `${origin}/author/saeed-minhas/`]],
  );
  assert.deepEqual(a.sections, [{ id: '3', slug: 'politics', name: 'Politics', url: `${origin}/category/politics/` }]);
  assert.deepEqual(a.tags.map((t) => t.slug), ['china']);
  assert.equal(a.image.src, `${origin}/wp-content/uploads/2024/05/kremlin.jpg`);
  assert.equal(a.image.alt, 'The Kremlin');
  assert.deepEqual(a.image.srcset.map((c) => c.width), [300, 1024, 1200]);
  assert.equal(a.commentsOpen, true);
  // plain JSON: survives serialization unchanged
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a);

  const author = await client.authors.get('2');
  assert.equal(author.name, 'Saeed Minhas');
  assert.equal(author.avatar.width, 96);
});

test('a 500 becomes BroadsheetError http', async () => {
  const client = sdk.createClient({ source: sdk.wordpress(`${origin}/broken/wp-json`), retries: 0 });
  await assert.rejects(client.articles.get('4'), (e) => {
    assert.ok(e instanceof sdk.BroadsheetError);
    assert.equal(e.code, 'http');
    assert.equal(e.status, 500);
    return true;
  });
});

test('an invalid payload becomes BroadsheetError invalid-response naming the path', async () => {
  const client = sdk.createClient({ source: sdk.wordpress(`${origin}/bad/wp-json`), retries: 0 });
  await assert.rejects(client.articles.get('4'), (e) => {
    assert.ok(e instanceof sdk.BroadsheetError);
    assert.equal(e.code, 'invalid-response');
    assert.equal(e.path, 'posts[0].title.rendered');
    return true;
  });
});

test('an HTML page with status 200 becomes invalid-response', async () => {
  const client = sdk.createClient({ source: sdk.wordpress(`${origin}/html/wp-json`), retries: 0 });
  await assert.rejects(client.articles.list(), (e) => e instanceof sdk.BroadsheetError && e.code === 'invalid-response');
});

test('an unknown route is not-found', async () => {
  const client = sdk.createClient({ source: sdk.wordpress(`${origin}/wp-json`), retries: 0 });
  await assert.rejects(client.authors.get('99'), (e) => e instanceof sdk.BroadsheetError && e.code === 'not-found');
});
