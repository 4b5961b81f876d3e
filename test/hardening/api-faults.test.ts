/**
 * API faults, end to end: what a WordPress API (or the network in front of it) does on a bad
 * day — 500, 503 with Retry-After, 429, no answer, connection refused, truncated JSON, an HTML
 * error page with status 200, wrong types, missing fields, empty lists. The SDK answers with a
 * typed `BroadsheetError` or degrades field by field; every element shows an error state (or its
 * empty state) and its retry works once the API is back; no rejection goes unhandled.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/context/define.js';
import '../../src/components/article-card/define.js';
import '../../src/components/author-bio/define.js';
import '../../src/components/related-stories/define.js';
import '../../src/components/comment-form/define.js';
import type { NewsSource } from '../../src/context/define.js';
import { createClient, type NewsClient } from '../../src/sdk/client.js';
import { BroadsheetError, type BroadsheetErrorCode } from '../../src/sdk/errors.js';
import { wordpress } from '../../src/sdk/sources/wordpress.js';
import { createFetchStub, type FetchStub, type StubAnswer } from '../support/fetch-stub.js';
import { waitUntil } from '../support/wait.js';
import { canary, clearStages, make, settle, stage, statusOf, waitStatus, type Canary } from './support.js';

const API = `http://wp.faults-${Math.random().toString(36).slice(2, 8)}.test/wp-json`;
/** A closed local port (not on the browsers' blocked-port list): a real "connection refused". */
const REFUSED = 'http://127.0.0.1:2/wp-json/wp/v2/posts';
const PICTURE = new URL('../../src/demo/images/cpec-480.webp', import.meta.url).href;

const LABELS = {
  loadError: 'This could not be loaded.',
  offline: 'This could not be loaded. Check your connection and try again.',
  notFound: 'This is no longer available.',
  failed: 'Your comment could not be sent. It is saved here; please try again.',
  commentOffline: 'You appear to be offline. Your comment is saved and will be sent when you are back online.',
  flood: 'You are posting comments too quickly. Please wait a moment and try again.',
  published: 'Your comment has been published.',
};

function post(id: number, extra: object = {}) {
  return {
    id,
    slug: `post-${id}`,
    link: `https://journal.example/${id}/`,
    title: { rendered: `Story ${id} &#8211; fine` },
    excerpt: { rendered: `<p>The excerpt of story ${id}.</p>`, protected: false },
    date_gmt: '2024-05-26T09:30:00',
    modified_gmt: '2024-05-27T09:30:00',
    comment_status: 'open',
    _embedded: {
      author: [user(7)],
      'wp:featuredmedia': [{ id: 90, alt_text: 'A picture', source_url: PICTURE, media_details: { width: 480, height: 270, sizes: {} } }],
      'wp:term': [[{ id: 3, name: 'World', slug: 'world', taxonomy: 'category', link: 'https://journal.example/world/' }], []],
    },
    ...extra,
  };
}
function user(id: number, extra: object = {}) {
  return { id, name: 'Saeed Minhas', slug: 'saeed-minhas', description: '<p>An editor.</p>', url: '', link: 'https://journal.example/author/saeed/', avatar_urls: {}, ...extra };
}
function comment(id: number) {
  return { id, post: 1, parent: 0, author_name: 'Ann Reader', author_url: '', date_gmt: '2024-05-26T10:00:00', content: { rendered: '<p>Thanks.</p>' }, status: 'approved', author_avatar_urls: {} };
}
const list = (items: unknown[]): StubAnswer => ({ json: items, headers: { 'X-WP-Total': String(items.length), 'X-WP-TotalPages': '1' } });

type Answer = StubAnswer | 'refused';
interface Fault {
  name: string;
  /** What the API answers, given what it would answer on a good day. */
  answer: (good: unknown) => Answer;
  /** The connection is refused: a real request to a closed port. */
  refused?: boolean;
  /** The browser also says it is offline (`navigator.onLine`) until the fault ends. */
  offline?: boolean;
  code: BroadsheetErrorCode;
  /** What a loading element says. */
  says: keyof typeof LABELS;
  /** What the comment form says when its POST meets this fault. */
  formSays: keyof typeof LABELS;
}

const FAULTS: Fault[] = [
  {
    name: '500 Internal Server Error',
    answer: () => ({ status: 500, json: { code: 'internal_server_error', message: '<p>There has been a critical error on this website.</p>', data: { status: 500 } } }),
    code: 'http',
    says: 'loadError',
    formSays: 'failed',
  },
  {
    name: '503 with Retry-After longer than the SDK waits (120 s)',
    answer: () => ({ status: 503, text: '<!doctype html><title>Service Unavailable</title><h1>Down for maintenance</h1>', headers: { 'Retry-After': '120', 'Content-Type': 'text/html' } }),
    code: 'http',
    says: 'loadError',
    formSays: 'failed',
  },
  {
    name: '429 Too Many Requests',
    answer: () => ({ status: 429, json: { code: 'too_many_requests', message: 'Slow down.' }, headers: { 'Retry-After': '120' } }),
    code: 'rate-limited',
    says: 'loadError',
    formSays: 'flood',
  },
  // The browser is online, so the form cannot wait for an `online` event: the reader sends again.
  { name: 'no answer (timeout)', answer: () => 'hang', code: 'timeout', says: 'offline', formSays: 'failed' },
  { name: 'connection refused', answer: () => 'refused', refused: true, code: 'network', says: 'offline', formSays: 'failed' },
  { name: 'connection refused, browser offline', answer: () => 'refused', refused: true, offline: true, code: 'network', says: 'offline', formSays: 'commentOffline' },
  {
    name: 'truncated JSON',
    answer: (good) => ({ status: 200, text: JSON.stringify(good).slice(0, 120), headers: { 'Content-Type': 'application/json' } }),
    code: 'invalid-response',
    says: 'loadError',
    formSays: 'failed',
  },
  {
    name: 'an HTML error page with status 200',
    answer: () => ({ status: 200, text: '<!DOCTYPE html><html><body><h1>Error establishing a database connection</h1></body></html>', headers: { 'Content-Type': 'text/html' } }),
    code: 'invalid-response',
    says: 'loadError',
    formSays: 'failed',
  },
  {
    name: 'an empty 200 answer',
    answer: () => ({ status: 200, text: '' }),
    code: 'invalid-response',
    says: 'loadError',
    formSays: 'failed',
  },
  {
    name: 'wrong types (an object for a list, strings for numbers)',
    answer: (good) => ({ json: Array.isArray(good) ? { items: good } : { ...(good as object), id: 'one', content: 'plain' } }),
    code: 'invalid-response',
    says: 'loadError',
    formSays: 'failed',
  },
];

let stub: FetchStub;
let fault: Fault | undefined;
let c: Canary;
/** The API as the client sees it: the stub, or a refused connection while that fault is on. */
const fetcher: typeof fetch = (input, init) => {
  const url = new URL(String(input instanceof Request ? input.url : input));
  if (fault?.refused) return fetch(REFUSED + url.search, { signal: init?.signal });
  return stub.fetch(input, init);
};
const client = (options: { retries?: number } = {}) => createClient({ source: wordpress(API), fetch: fetcher, retries: 0, timeoutMs: 400, ...options });

beforeEach(() => {
  c = canary();
  fault = undefined;
  stub = createFetchStub();
  const answer = (good: unknown) => (fault ? (fault.answer(good) as StubAnswer) : Array.isArray(good) ? list(good) : { status: 201, json: good });
  stub.on(/^GET \/wp-json\/wp\/v2\/posts/, () => answer([post(1), post(2), post(3)]));
  stub.on(/^GET \/wp-json\/wp\/v2\/posts\?.*include=/, (req) => answer(req.url.searchParams.get('include')!.split(',').map(Number).map((id) => post(id))));
  stub.on(/^GET \/wp-json\/wp\/v2\/users/, () => answer([user(7)]));
  stub.on(/^POST \/wp-json\/wp\/v2\/comments/, (_, nth) => answer(comment(100 + nth)));
});
afterEach(() => {
  c.stop();
  clearStages();
  expect(c.rejections, 'unhandled rejections').to.deep.equal([]);
  expect(c.errors, 'uncaught errors').to.deep.equal([]);
});

async function inSource(cl: NewsClient = client()): Promise<NewsSource> {
  const source = make<NewsSource>(stage(480), 'news-source', { client: cl });
  await source.updateComplete;
  return source;
}

const sr = (el: Element) => el.shadowRoot!;
const alertText = (el: Element) => sr(el).querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function rejection(p: Promise<unknown>): Promise<BroadsheetError> {
  try {
    await p;
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(BroadsheetError);
    return e as BroadsheetError;
  }
  throw new Error('expected a rejection');
}

describe('API faults: the SDK answers with typed errors', () => {
  for (const f of FAULTS) {
    it(`${f.name} → ${f.code}`, async () => {
      fault = f;
      const cl = client();
      const errors = await Promise.all([rejection(cl.articles.get('1')), rejection(cl.articles.list()), rejection(cl.authors.get('7'))]);
      for (const e of errors) expect(e.code, e.message).to.equal(f.code);
      const input = { articleId: '1', name: 'Ann', email: 'ann@example.com', body: 'Hello' };
      const sent = await rejection(cl.comments.submit(input));
      expect(sent.code, `submit: ${sent.message}`).to.equal(f.code == 'rate-limited' ? 'comment-rejected' : f.code);
    });
  }

  it('503 with Retry-After: 1 → the SDK waits as asked and tries again', async () => {
    stub.on(/^GET \/wp-json\/wp\/v2\/posts\?.*include=/, (_, nth) => (nth == 0 ? { status: 503, text: 'Busy', headers: { 'Retry-After': '1' } } : list([post(1)])));
    const article = await client({ retries: 2 }).articles.get('1');
    expect(article.title).to.equal('Story 1 – fine');
    expect(stub.requests).to.have.length(2);
  });

  it('429 with Retry-After: 0 → tried again at once; still 429 after the retries → rate-limited', async () => {
    stub.on(/^GET \/wp-json\/wp\/v2\/users/, { status: 429, json: { code: 'too_many_requests' }, headers: { 'Retry-After': '0' } });
    const e = await rejection(client({ retries: 2 }).authors.get('7'));
    expect(e).to.include({ code: 'rate-limited', status: 429, retryAfterMs: 0 });
    expect(stub.requests).to.have.length(3);
  });

  it('missing optional fields degrade field by field: no excerpt, picture, author, section or update date', async () => {
    const bare = { ...post(1), excerpt: undefined, modified_gmt: 'yesterday', _embedded: { author: [{ code: 'rest_user_invalid_id', message: 'Invalid user ID.', data: { status: 404 } }], 'wp:featuredmedia': [{ id: 9 }], 'wp:term': [[{ id: 'x', taxonomy: 'category' }]] } };
    stub.on(/^GET \/wp-json\/wp\/v2\/posts\?.*include=/, list([bare]));
    const a = await client().articles.get('1');
    expect(a).to.deep.include({ id: '1', title: 'Story 1 – fine', excerpt: '', authors: [], sections: [], tags: [] });
    expect(a.image, 'no usable picture').to.be.undefined;
    expect(a.updatedAt, 'an unreadable update date is left out').to.be.undefined;
  });

  it('a missing required field (the title) → invalid-response naming it', async () => {
    stub.on(/^GET \/wp-json\/wp\/v2\/posts\?.*include=/, list([{ ...post(1), title: undefined }]));
    const e = await rejection(client().articles.get('1'));
    expect(e).to.include({ code: 'invalid-response', path: 'posts[0].title' });
  });

  it('empty lists → not-found for one item, an empty page for a list', async () => {
    stub.on(/^GET \/wp-json\/wp\/v2\/posts/, list([]));
    stub.on(/^GET \/wp-json\/wp\/v2\/users/, list([]));
    const cl = client();
    expect((await rejection(cl.articles.get('1'))).code).to.equal('not-found');
    expect((await rejection(cl.authors.get('7'))).code).to.equal('not-found');
    expect(await cl.articles.latest()).to.deep.equal([]);
    expect((await cl.articles.list()).items).to.deep.equal([]);
  });
});

describe('API faults: every element shows an error state, and its retry works', () => {
  const elements: [tag: string, attrs: Record<string, string>][] = [
    ['article-card', { article: '1' }],
    ['author-bio', { author: '7' }],
    ['related-stories', { mode: 'latest', limit: '3' }],
  ];
  for (const f of FAULTS) {
    for (const [tag, attrs] of elements) {
      it(`${f.name}: <${tag}> says “${LABELS[f.says]}”, and recovers on retry`, async () => {
        fault = f;
        const source = await inSource();
        const failed = oneEvent(source, 'broadsheet-error');
        const el = make<HTMLElement>(source, tag, {}, attrs);
        const { detail } = await failed;
        expect((detail.error as BroadsheetError).code, 'the event names the error').to.equal(f.code);
        await waitStatus(el, 'error');
        await settle(el);
        expect(alertText(el), 'the message').to.equal(LABELS[f.says] + ' Try again');
        const retry = sr(el).querySelector<HTMLButtonElement>('[part=retry]');
        expect(retry, 'a retry button').to.exist;

        fault = undefined;
        retry!.click();
        await waitStatus(el, 'ready');
        await settle(el);
        expect(sr(el).querySelector('[role=alert]'), 'the error is gone').to.be.null;
      });
    }
  }

  it('503 with Retry-After: 1 and retries on: the element waits, then shows the story, never an error', async () => {
    stub.on(/^GET \/wp-json\/wp\/v2\/posts\?.*include=/, (_, nth) => (nth == 0 ? { status: 503, text: 'Busy', headers: { 'Retry-After': '1' } } : list([post(1)])));
    const source = await inSource(client({ retries: 2 }));
    const el = make<HTMLElement>(source, 'article-card', {}, { article: '1' });
    let sawError = false;
    el.addEventListener('broadsheet-error', () => (sawError = true));
    await waitStatus(el, 'ready');
    expect(sawError).to.be.false;
  });

  it('empty lists: a card and an author box say the item is gone (no retry); a story list takes no space', async () => {
    stub.on(/^GET \/wp-json\/wp\/v2\/posts/, list([]));
    stub.on(/^GET \/wp-json\/wp\/v2\/users/, list([]));
    const source = await inSource();
    const card = make<HTMLElement>(source, 'article-card', {}, { article: '1' });
    const bio = make<HTMLElement>(source, 'author-bio', {}, { author: '7' });
    const stories = make<HTMLElement>(source, 'related-stories', {}, { mode: 'latest' });
    await Promise.all([waitStatus(card, 'error'), waitStatus(bio, 'error'), waitStatus(stories, 'empty')]);
    await settle(source);
    for (const el of [card, bio]) {
      expect(alertText(el)).to.equal(LABELS.notFound);
      expect(sr(el).querySelector('[part=retry]')).to.be.null;
    }
    expect(stories.getBoundingClientRect().height, 'an empty list takes no space').to.equal(0);
  });

  it('missing optional fields: the card shows what there is (headline, date) and leaves out the rest', async () => {
    stub.on(/^GET \/wp-json\/wp\/v2\/posts\?.*include=/, list([{ ...post(1), excerpt: undefined, _embedded: undefined }]));
    const source = await inSource();
    const card = make<HTMLElement>(source, 'article-card', {}, { article: '1' });
    await waitStatus(card, 'ready');
    await settle(card);
    expect(sr(card).querySelector('[part=headline]')!.textContent!.trim()).to.equal('Story 1 – fine');
    expect(sr(card).querySelector('[part~=media]'), 'no picture box').to.be.null;
    expect(sr(card).querySelector('time'), 'the date').to.exist;
  });

  it('a malformed post fails only its own card, not the others that shared its request', async () => {
    stub.on(/^GET \/wp-json\/wp\/v2\/posts\?.*include=/, (req) =>
      list(req.url.searchParams.get('include')!.split(',').map((id) => (id == '2' ? { ...post(2), title: 42 } : post(Number(id))))),
    );
    const source = await inSource();
    const cards = ['1', '2', '3'].map((article) => make<HTMLElement>(source, 'article-card', {}, { article }));
    await waitUntil(() => cards.every((el) => statusOf(el) != 'loading'), 'the cards did not settle');
    expect(stub.requests[0].url.searchParams.get('include'), 'the cards shared one request').to.equal('1,2,3');
    expect(cards.map(statusOf)).to.deep.equal(['ready', 'error', 'ready']);
  });

  it('an answer that is not a list at all (a firewall’s page) fails the cards with that one request, not one more per card', async () => {
    stub.on(/^GET \/wp-json\/wp\/v2\/posts\?.*include=/, { status: 200, text: '<!DOCTYPE html><title>Just a moment…</title>', headers: { 'Content-Type': 'text/html' } });
    const source = await inSource();
    const cards = ['1', '2', '3', '4', '5'].map((article) => make<HTMLElement>(source, 'article-card', {}, { article }));
    await waitUntil(() => cards.every((el) => statusOf(el) != 'loading'), 'the cards did not settle');
    expect(cards.map(statusOf)).to.deep.equal(['error', 'error', 'error', 'error', 'error']);
    expect(stub.requests, 'one request for the five').to.have.length(1);
  });
});

describe('API faults: <comment-form> keeps the comment, says what happened, and sends it once the API is back', () => {
  const values = { body: 'A sober piece, thank you.', name: 'Ann Reader', email: 'ann@example.com' };
  afterEach(() => delete (navigator as any).onLine);
  for (const f of FAULTS) {
    it(`${f.name} → “${LABELS[f.formSays]}”, then published`, async () => {
      fault = f;
      if (f.offline) Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      const source = await inSource();
      const form = make<HTMLElement>(source, 'comment-form', {}, { article: '1', 'min-fill-ms': '0' });
      await settle(form);
      for (const [k, v] of Object.entries(values)) {
        const input = sr(form).querySelector<HTMLInputElement>('#' + k)!;
        input.value = v;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      const failed = oneEvent(form, 'comment-error');
      sr(form).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await failed;
      await settle(form);
      expect(alertText(form)).to.equal(LABELS[f.formSays]);
      expect(sr(form).querySelector<HTMLTextAreaElement>('#body')!.value, 'the comment is kept').to.equal(values.body);

      fault = undefined;
      delete (navigator as any).onLine;
      const done = oneEvent(form, 'comment-submitted');
      // Back online is the form's own cue to resend; otherwise the reader presses Send again.
      if (f.formSays == 'commentOffline') window.dispatchEvent(new Event('online'));
      else sr(form).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await done;
      await settle(form);
      expect(sr(form).querySelector('[role=status]')!.textContent!.trim()).to.equal(LABELS.published);
      expect(alertText(form)).to.equal('');
    });
  }
});
