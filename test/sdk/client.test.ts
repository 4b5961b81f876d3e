import { expect } from '@open-wc/testing';
import { createClient } from '../../src/sdk/client.js';
import { BroadsheetError } from '../../src/sdk/errors.js';
import type { Article, Author, Comment, CommentInput, Page } from '../../src/sdk/model.js';
import type { Source, SourceContext } from '../../src/sdk/source.js';
import { createFetchStub } from '../support/fetch-stub.js';

// ---------------------------------------------------------------------------------------------
// Helpers

const article = (id: string, extra: Partial<Article> = {}): Article => ({
  id,
  slug: `story-${id}`,
  url: `https://news.example/story-${id}`,
  title: `Story ${id}`,
  excerpt: `Excerpt ${id}`,
  publishedAt: `2024-05-${String(10 + (Number(id) % 18)).padStart(2, '0')}T08:00:00Z`,
  authors: [],
  sections: [],
  tags: [],
  commentsOpen: true,
  ...extra,
});

const author: Author = { id: '7', slug: 'saeed-minhas', name: 'Saeed Minhas', url: 'https://news.example/author/saeed-minhas', bio: 'Chief Editor.' };

const page = <T>(items: T[]): Page<T> => ({ items, page: 1, perPage: items.length || 10, total: items.length, totalPages: 1 });

const input: CommentInput = { articleId: '1', name: 'Ayesha', email: 'ayesha@example.com', body: 'A thoughtful piece.' };

const published = (i: CommentInput): Comment => ({
  id: '99',
  articleId: i.articleId,
  authorName: i.name,
  bodyText: i.body,
  publishedAt: '2024-05-26T09:00:00Z',
  status: 'published',
});

interface Call {
  method: keyof Omit<Source, 'key'>;
  args: unknown[];
  ctx: SourceContext;
}

/**
 * A fake Source that records every call. Each method answers from `db` unless the test gives
 * its own implementation.
 */
function fakeSource(impl: Partial<Omit<Source, 'key'>> = {}, db: Article[] = Array.from({ length: 30 }, (_, i) => article(String(i + 1)))) {
  const calls: Call[] = [];
  const defaults: Omit<Source, 'key'> = {
    getArticles: async (keys) => keys.map((k) => db.find((a) => a.id === k || a.slug === k)),
    listArticles: async (q) => page(db.slice(0, q.perPage ?? 10)),
    relatedCandidates: async () => [],
    getAuthor: async () => author,
    listComments: async (articleId) => page([published({ ...input, articleId })]),
    submitComment: async (i) => ({ status: 'published', comment: published(i) }),
  };
  const source = { key: 'fake' } as Source;
  for (const method of Object.keys(defaults) as Call['method'][]) {
    (source as any)[method] = (...args: any[]) => {
      calls.push({ method, args: args.slice(0, -1), ctx: args[args.length - 1] });
      return ((impl[method] ?? defaults[method]) as any)(...args);
    };
  }
  return { source, calls, db, count: (m: Call['method']) => calls.filter((c) => c.method === m).length };
}

/** A Source that speaks HTTP through `ctx.fetch`, mapping statuses the way a real source does. */
function httpSource(): Source {
  const call = async <T>(ctx: SourceContext, method: string, path: string, body?: unknown): Promise<T> => {
    const res = await ctx.fetch(`http://127.0.0.1:9/api${path}`, {
      method,
      signal: ctx.signal,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.ok) return res.json();
    const retryAfter = res.headers.get('Retry-After');
    const retryAfterMs = retryAfter === null ? undefined : Number(retryAfter) * 1000;
    const data = await res.json().catch(() => undefined);
    if (res.status === 429) throw new BroadsheetError('rate-limited', 'Too many requests', { status: 429, retryAfterMs });
    if (data?.code === 'comment_duplicate') throw new BroadsheetError('comment-rejected', 'Duplicate comment', { status: 409, reason: 'duplicate' });
    if (res.status === 404) throw new BroadsheetError('not-found', 'Not found', { status: 404 });
    throw new BroadsheetError('http', `HTTP ${res.status}`, { status: res.status, retryAfterMs, body: data });
  };
  return {
    key: 'http',
    getArticles: (keys, ctx) => call(ctx, 'GET', `/articles?keys=${keys.join(',')}`),
    listArticles: (q, ctx) => call(ctx, 'GET', `/articles?per_page=${q.perPage ?? 10}`),
    relatedCandidates: (a, limit, ctx) => call(ctx, 'GET', `/related/${a.id}?limit=${limit}`),
    getAuthor: (k, ctx) => call(ctx, 'GET', `/authors/${k}`),
    listComments: (id, _q, ctx) => call(ctx, 'GET', `/comments?post=${id}`),
    submitComment: (i, ctx) => call(ctx, 'POST', '/comments', i),
  };
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Resolves with the rejection of `p`; fails the test if `p` resolves. */
const failure = (p: Promise<unknown>) =>
  p.then(
    (v) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(v)}`);
    },
    (e) => e as BroadsheetError,
  );

/** `Error#cause` (typed from ES2022, which the project's lib setting does not include). */
const causeOf = (e: unknown) => (e as { cause?: unknown }).cause;

/**
 * Waits `ms`, or with no argument just lets pending microtasks run (through a message task,
 * which background tabs do not throttle the way they throttle timers).
 */
const settle = (ms = 0) =>
  new Promise<void>((r) => {
    if (ms) return void setTimeout(r, ms);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => r();
    channel.port2.postMessage(null);
  });

/**
 * Backoff uses full jitter (`Math.random()`); pinning it to 0 makes retries immediate and the
 * only remaining wait the server's Retry-After, which is what the tests look at.
 */
let realRandom: () => number;
beforeEach(() => {
  realRandom = Math.random;
  Math.random = () => 0;
});
afterEach(() => {
  Math.random = realRandom;
});

// ---------------------------------------------------------------------------------------------

describe('NewsClient: batching articles.get', () => {
  it('20 gets in one tick make one request, and each caller gets its own article', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    const ids = Array.from({ length: 20 }, (_, i) => String(i + 1));
    const got = await Promise.all(ids.map((id) => client.articles.get(id)));
    expect(fake.count('getArticles')).to.equal(1);
    expect(fake.calls[0].args[0]).to.deep.equal(ids);
    expect(got.map((a) => a.id)).to.deep.equal(ids);
  });

  it('the same key asked twice in a tick is sent once', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    const [a, b, c] = await Promise.all([client.articles.get('3'), client.articles.get('3'), client.articles.get('story-4')]);
    expect(fake.calls[0].args[0]).to.deep.equal(['3', 'story-4']);
    expect(a).to.equal(b);
    expect(c.id).to.equal('4');
  });

  it('a get after the batch was sent starts a new request', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    const first = client.articles.get('1');
    await settle();
    const second = client.articles.get('2');
    await Promise.all([first, second]);
    expect(fake.calls.map((c) => c.args[0])).to.deep.equal([['1'], ['2']]);
  });

  it('a key asked again in the same tick after clear() is still sent once', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    const first = client.articles.get('1');
    client.clear();
    const second = client.articles.get('1');
    await Promise.all([first, second]);
    expect(fake.calls.map((c) => c.args[0])).to.deep.equal([['1']]);
  });

  it('a missing article rejects with not-found and the rest of the batch still resolves', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    const missing = failure(client.articles.get('nope'));
    const found = client.articles.get('5');
    expect((await missing).code).to.equal('not-found');
    expect((await found).id).to.equal('5');
    expect(fake.count('getArticles')).to.equal(1);
  });

  it('an aborted call rejects with aborted at once and does not disturb other callers', async () => {
    const answer = deferred<(Article | undefined)[]>();
    const fake = fakeSource({ getArticles: () => answer.promise }); // ignores its signal
    const client = createClient({ source: fake.source });
    const controller = new AbortController();
    const leaving = failure(client.articles.get('1', { signal: controller.signal }));
    const staying = client.articles.get('2');
    await settle();
    const reason = new Error('reader left the page');
    controller.abort(reason);
    const err = await leaving;
    expect(err).to.be.instanceOf(BroadsheetError);
    expect(err.code).to.equal('aborted');
    expect(causeOf(err)).to.equal(reason);
    expect(fake.calls[0].ctx.signal.aborted, 'the shared request goes on').to.equal(false);
    answer.resolve([article('1'), article('2')]);
    expect((await staying).id).to.equal('2');
  });

  it('when every caller of a batch aborts, the request itself is aborted', async () => {
    const fake = fakeSource({ getArticles: () => new Promise(() => {}) });
    const client = createClient({ source: fake.source });
    const a = new AbortController();
    const b = new AbortController();
    const pa = failure(client.articles.get('1', { signal: a.signal }));
    const pb = failure(client.articles.get('2', { signal: b.signal }));
    await settle();
    a.abort();
    expect(fake.calls[0].ctx.signal.aborted).to.equal(false);
    b.abort();
    expect(fake.calls[0].ctx.signal.aborted).to.equal(true);
    expect((await pa).code).to.equal('aborted');
    expect((await pb).code).to.equal('aborted');
  });

  // React's StrictMode (and any effect whose cleanup aborts) asks again in the same turn, right
  // after the only caller aborted: the new caller must get a new request, not that abort.
  for (const [what, ask] of [
    ['articles.get', (c: ReturnType<typeof createClient>, signal?: AbortSignal) => c.articles.get('1', { signal })],
    ['articles.list', (c: ReturnType<typeof createClient>, signal?: AbortSignal) => c.articles.list({ perPage: 2, signal })],
    ['authors.get', (c: ReturnType<typeof createClient>, signal?: AbortSignal) => c.authors.get('7', { signal })],
  ] as const) {
    it(`${what}: asked again in the same turn after the only caller aborted, it is answered, not aborted`, async () => {
      const fake = fakeSource();
      const client = createClient({ source: fake.source });
      const controller = new AbortController();
      const first = failure(ask(client, controller.signal));
      controller.abort();
      const again = ask(client);
      expect((await first).code).to.equal('aborted');
      const value = (await again) as { id?: string; items?: unknown[] };
      expect(value.id ?? value.items?.length, 'the second caller’s answer').to.be.ok;
    });
  }

  it('an already-aborted signal rejects without a request', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    const err = await failure(client.articles.get('1', { signal: AbortSignal.abort() }));
    expect(err.code).to.equal('aborted');
    await settle();
    expect(fake.count('getArticles')).to.equal(0);
  });
});

describe('NewsClient: sharing and caching', () => {
  it('keeps at most 1,000 results, then starts afresh: a long-lived client does not grow with every search', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    await client.articles.list({ search: 'first' });
    await client.articles.list({ search: 'first' });
    expect(fake.count('listArticles'), 'a repeat is served from the cache').to.equal(1);
    for (let i = 0; i < 1000; i++) await client.articles.list({ search: `q${i}` });
    expect(fake.count('listArticles')).to.equal(1001);
    await client.articles.list({ search: 'first' });
    expect(fake.count('listArticles'), 'the first search was dropped').to.equal(1002);
  });

  it('identical in-flight requests share one request; different ones do not', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    const [a, b, c] = await Promise.all([
      client.articles.list({ section: 'world', tag: 'china' }),
      client.articles.list({ tag: 'china', section: 'world' }),
      client.articles.list({ section: 'economy' }),
    ]);
    expect(fake.count('listArticles')).to.equal(2);
    expect(a).to.equal(b);
    expect(c).to.not.equal(a);
  });

  it('a second get is served from the cache with no request', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    const first = await client.articles.get('1');
    const again = await client.articles.get('1');
    expect(again).to.equal(first);
    expect(fake.count('getArticles')).to.equal(1);
  });

  it('articles from a list fill the article cache, by id and by slug', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    await client.articles.list({ perPage: 5 });
    const byId = await client.articles.get('3');
    const bySlug = await client.articles.get('story-4');
    expect(byId.id).to.equal('3');
    expect(bySlug.id).to.equal('4');
    expect(fake.count('getArticles')).to.equal(0);
  });

  it('errors are not cached: the next call asks again', async () => {
    let fail = true;
    const fake = fakeSource({
      getAuthor: async () => {
        if (fail) throw new BroadsheetError('http', 'Bad request', { status: 400 });
        return author;
      },
    });
    const client = createClient({ source: fake.source });
    expect((await failure(client.authors.get('7'))).code).to.equal('http');
    fail = false;
    expect((await client.authors.get('7')).name).to.equal('Saeed Minhas');
    expect(fake.count('getAuthor')).to.equal(2);
  });

  it('stale value served at once and revalidated in the background', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source, cacheTtlMs: 0 });
    expect((await client.articles.get('1')).title).to.equal('Story 1');

    const refresh = deferred<(Article | undefined)[]>();
    fake.source.getArticles = (keys, ctx) => {
      fake.calls.push({ method: 'getArticles', args: [keys], ctx });
      return refresh.promise;
    };
    // The refresh has not answered, yet the stale article comes back.
    expect((await client.articles.get('1')).title).to.equal('Story 1');
    await settle();
    expect(fake.count('getArticles')).to.equal(2);

    refresh.resolve([article('1', { title: 'Story 1, updated' })]);
    await settle();
    expect((await client.articles.get('1')).title).to.equal('Story 1, updated');
  });

  it('no unhandled rejection when background revalidation fails, and the stale value is kept', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => {
      unhandled.push(e.reason);
      e.preventDefault();
    };
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      let fail = false;
      const fake = fakeSource({
        getAuthor: async () => {
          if (fail) throw new TypeError('Failed to fetch');
          return author;
        },
      });
      const client = createClient({ source: fake.source, cacheTtlMs: 0, retries: 0 });
      await client.authors.get('7');
      fail = true;
      expect((await client.authors.get('7')).name).to.equal('Saeed Minhas');
      await settle(50);
      expect(fake.count('getAuthor')).to.equal(2);
      expect(unhandled).to.deep.equal([]);
      expect((await client.authors.get('7')).name, 'still the stale value').to.equal('Saeed Minhas');
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('past the stale window the caller waits for a fresh value', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source, cacheTtlMs: 0, staleTtlMs: 0 });
    await client.articles.get('1');
    fake.db[0] = article('1', { title: 'Fresh' });
    expect((await client.articles.get('1')).title).to.equal('Fresh');
    expect(fake.count('getArticles')).to.equal(2);
  });

  it('clear() empties the cache', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    await client.authors.get('7');
    client.clear();
    await client.authors.get('7');
    expect(fake.count('getAuthor')).to.equal(2);
  });

  it('authors.get and comments.list are cached per argument', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    await client.authors.get('7');
    await client.authors.get('7');
    await client.comments.list('1');
    await client.comments.list('1');
    await client.comments.list('1', { page: 2 });
    expect(fake.count('getAuthor')).to.equal(1);
    expect(fake.calls.filter((c) => c.method === 'listComments').map((c) => c.args)).to.deep.equal([
      ['1', {}],
      ['1', { page: 2 }],
    ]);
  });
});

describe('NewsClient: retries', () => {
  it('a 503 then 200 is retried and succeeds', async () => {
    const stub = createFetchStub().on('GET /api/authors/7', (_req, nth) => (nth === 0 ? { status: 503, json: {} } : { json: author }));
    const client = createClient({ source: httpSource(), fetch: stub.fetch });
    expect((await client.authors.get('7')).name).to.equal('Saeed Minhas');
    expect(stub.requests).to.have.length(2);
  });

  it('network errors are retried `retries` times, then come back as code network with the cause', async () => {
    const stub = createFetchStub().on('GET /api/authors/7', 'network-error');
    const client = createClient({ source: httpSource(), fetch: stub.fetch, retries: 3 });
    const err = await failure(client.authors.get('7'));
    expect(err).to.be.instanceOf(BroadsheetError);
    expect(err.code).to.equal('network');
    expect(causeOf(err)).to.be.instanceOf(TypeError);
    expect(stub.requests).to.have.length(4);
  });

  it('not-found and 4xx errors are thrown at once, without a retry', async () => {
    const stub = createFetchStub()
      .on('GET /api/authors/404', { status: 404, json: { code: 'rest_user_invalid_id' } })
      .on('GET /api/authors/400', { status: 400, json: { code: 'rest_invalid_param' } });
    const client = createClient({ source: httpSource(), fetch: stub.fetch });
    expect((await failure(client.authors.get('404'))).code).to.equal('not-found');
    const bad = await failure(client.authors.get('400'));
    expect([bad.code, bad.status]).to.deep.equal(['http', 400]);
    expect(stub.requests).to.have.length(2);
  });

  it('Retry-After is honoured', async () => {
    const times: number[] = [];
    const stub = createFetchStub().on('GET /api/authors/7', (_req, nth) => {
      times.push(performance.now());
      return nth === 0 ? { status: 429, headers: { 'Retry-After': '0.05' }, json: {} } : { json: author };
    });
    const client = createClient({ source: httpSource(), fetch: stub.fetch });
    expect((await client.authors.get('7')).name).to.equal('Saeed Minhas');
    expect(times).to.have.length(2);
    // Jitter is pinned to 0, so any wait at all comes from Retry-After (50 ms; a little slack for clock rounding).
    expect(times[1] - times[0]).to.be.at.least(40);
  });

  it('a Retry-After longer than the cap gives up with rate-limited', async () => {
    const stub = createFetchStub().on('GET /api/authors/7', { status: 429, headers: { 'Retry-After': '3600' }, json: {} });
    const client = createClient({ source: httpSource(), fetch: stub.fetch });
    const err = await failure(client.authors.get('7'));
    expect(err.code).to.equal('rate-limited');
    expect(err.retryAfterMs).to.equal(3_600_000);
    expect(stub.requests).to.have.length(1);
  });

  it('aborting during the backoff rejects with aborted and stops retrying', async () => {
    const stub = createFetchStub().on('GET /api/authors/7', { status: 503, headers: { 'Retry-After': '0.1' }, json: {} });
    const client = createClient({ source: httpSource(), fetch: stub.fetch });
    const controller = new AbortController();
    const pending = failure(client.authors.get('7', { signal: controller.signal }));
    await settle(20);
    controller.abort();
    expect((await pending).code).to.equal('aborted');
    await settle(200); // well past the 100 ms the server asked for
    expect(stub.requests).to.have.length(1);
  });
});

describe('NewsClient: timeouts and aborts', () => {
  it('a timeout gives code timeout and aborts the request', async () => {
    const stub = createFetchStub().on('GET /api/authors/7', 'hang');
    const fake = fakeSource({ getAuthor: (k, ctx) => httpSource().getAuthor(k, ctx) });
    const client = createClient({ source: fake.source, fetch: stub.fetch, timeoutMs: 30, retries: 0 });
    const err = await failure(client.authors.get('7'));
    expect(err).to.be.instanceOf(BroadsheetError);
    expect(err.code).to.equal('timeout');
    expect(fake.calls[0].ctx.signal.aborted).to.equal(true);
  });

  it('a timeout is reported even when the source ignores its signal', async () => {
    const fake = fakeSource({ getAuthor: () => new Promise(() => {}) });
    const client = createClient({ source: fake.source, timeoutMs: 20, retries: 0 });
    expect((await failure(client.authors.get('7'))).code).to.equal('timeout');
  });

  it('a timed-out attempt is retried with a fresh signal', async () => {
    const stub = createFetchStub().on('GET /api/authors/7', (_req, nth) => (nth === 0 ? 'hang' : { json: author }));
    const fake = fakeSource({ getAuthor: (k, ctx) => httpSource().getAuthor(k, ctx) });
    const client = createClient({ source: fake.source, fetch: stub.fetch, timeoutMs: 30 });
    expect((await client.authors.get('7')).name).to.equal('Saeed Minhas');
    expect(fake.calls).to.have.length(2);
    expect(fake.calls[0].ctx.signal.aborted).to.equal(true);
    expect(fake.calls[1].ctx.signal.aborted).to.equal(false);
  });

  it("the caller's abort rejects at once with aborted, even when the source ignores the signal", async () => {
    const fake = fakeSource({ getAuthor: () => new Promise(() => {}) });
    const client = createClient({ source: fake.source });
    const controller = new AbortController();
    const pending = failure(client.authors.get('7', { signal: controller.signal }));
    await settle();
    controller.abort('gone');
    const err = await pending;
    expect(err.code).to.equal('aborted');
    expect(causeOf(err)).to.equal('gone');
    expect(fake.calls[0].ctx.signal.aborted, 'the only caller left, so the request is aborted').to.equal(true);
  });

  it('the default fetch is globalThis.fetch, looked up at call time', async () => {
    const stub = createFetchStub().on('GET /api/authors/7', { json: author });
    const client = createClient({ source: httpSource() });
    const real = globalThis.fetch;
    // Only the test's own URLs go to the stub: the test runner talks to its server with fetch too.
    globalThis.fetch = (input, init) => (String(input).startsWith('http://127.0.0.1:9/') ? stub.fetch : real)(input, init);
    try {
      expect((await client.authors.get('7')).name).to.equal('Saeed Minhas');
    } finally {
      globalThis.fetch = real;
    }
    expect(stub.requests).to.have.length(1);
  });
});

describe('NewsClient: comments.submit', () => {
  it('a successful submission is confirmed by the server and never cached', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    const first = await client.comments.submit(input);
    await client.comments.submit(input);
    expect(first.status).to.equal('published');
    expect(first.confirmedBy).to.equal('server');
    expect(fake.count('submitComment')).to.equal(2);
  });

  it('POST not retried on 503', async () => {
    const stub = createFetchStub().on('POST /api/comments', { status: 503, json: {} });
    const client = createClient({ source: httpSource(), fetch: stub.fetch });
    const err = await failure(client.comments.submit(input));
    expect([err.code, err.status]).to.deep.equal(['http', 503]);
    expect(stub.requests).to.have.length(1);
  });

  it('POST not retried on a network error', async () => {
    const stub = createFetchStub().on('POST /api/comments', 'network-error');
    const client = createClient({ source: httpSource(), fetch: stub.fetch });
    expect((await failure(client.comments.submit(input))).code).to.equal('network');
    expect(stub.requests).to.have.length(1);
  });

  it('first submission answered duplicate is rejected', async () => {
    const stub = createFetchStub().on('POST /api/comments', { status: 409, json: { code: 'comment_duplicate' } });
    const client = createClient({ source: httpSource(), fetch: stub.fetch });
    const err = await failure(client.comments.submit(input));
    expect(err.code).to.equal('comment-rejected');
    expect(err.reason).to.equal('duplicate');
  });

  it('resend answered duplicate is confirmed', async () => {
    const stub = createFetchStub().on('POST /api/comments', { status: 409, json: { code: 'comment_duplicate' } });
    const client = createClient({ source: httpSource(), fetch: stub.fetch });
    const reply = { ...input, parentId: '12', website: 'https://ayesha.example' };
    const result = await client.comments.submit(reply, { resend: true });
    expect(result.status).to.equal('pending');
    expect(result.confirmedBy).to.equal('duplicate');
    const { publishedAt, ...comment } = result.comment;
    expect(comment).to.deep.equal({
      id: '',
      articleId: '1',
      parentId: '12',
      authorName: 'Ayesha',
      authorUrl: 'https://ayesha.example/',
      bodyText: 'A thoughtful piece.',
      status: 'pending',
    });
    expect(Number.isNaN(Date.parse(publishedAt))).to.equal(false);
  });

  it('a duplicate after this client lost the answer to the same comment is confirmed without resend', async () => {
    const stub = createFetchStub().on('POST /api/comments', (_req, nth) =>
      nth === 0 ? 'network-error' : { status: 409, json: { code: 'comment_duplicate' } },
    );
    const client = createClient({ source: httpSource(), fetch: stub.fetch });
    expect((await failure(client.comments.submit(input))).code).to.equal('network');
    const result = await client.comments.submit({ ...input });
    expect(result.confirmedBy).to.equal('duplicate');
    expect(result.status).to.equal('pending');
  });

  it('a timed-out attempt also makes a later duplicate answer a confirmation', async () => {
    let nth = 0;
    const fake = fakeSource({
      submitComment: () => (nth++ === 0 ? new Promise(() => {}) : Promise.reject(new BroadsheetError('comment-rejected', 'Duplicate', { reason: 'duplicate' }))),
    });
    const client = createClient({ source: fake.source, timeoutMs: 20 });
    expect((await failure(client.comments.submit(input))).code).to.equal('timeout');
    expect((await client.comments.submit(input)).confirmedBy).to.equal('duplicate');
  });

  it('a duplicate for a different comment than the one that failed stays rejected', async () => {
    const stub = createFetchStub().on('POST /api/comments', (_req, nth) =>
      nth === 0 ? 'network-error' : { status: 409, json: { code: 'comment_duplicate' } },
    );
    const client = createClient({ source: httpSource(), fetch: stub.fetch });
    await failure(client.comments.submit(input));
    const err = await failure(client.comments.submit({ ...input, body: 'Another comment.' }));
    expect(err.reason).to.equal('duplicate');
  });

  it("submitting invalidates that article's cached comment lists, and only those", async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    await client.comments.list('1');
    await client.comments.list('1', { page: 2 });
    await client.comments.list('2');
    await client.comments.submit(input);
    await client.comments.list('1');
    await client.comments.list('1', { page: 2 });
    await client.comments.list('2');
    expect(fake.calls.filter((c) => c.method === 'listComments').map((c) => c.args[0])).to.deep.equal(['1', '1', '2', '1', '1']);
  });

  it('a comment list that was in flight during a submission is not cached', async () => {
    const before = deferred<Page<Comment>>();
    let nth = 0;
    const fake = fakeSource({ listComments: async (id) => (nth++ === 0 ? before.promise : page([published({ ...input, articleId: id })])) });
    const client = createClient({ source: fake.source });
    const old = client.comments.list('1');
    await client.comments.submit(input);
    before.resolve(page([]));
    expect((await old).items).to.have.length(0);
    expect((await client.comments.list('1')).items, 'asked again, not the old answer').to.have.length(1);
    expect(fake.count('listComments')).to.equal(2);
  });
});

describe('NewsClient: list, latest and related', () => {
  it('list passes the query through, paging included (the source clamps it)', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    await client.articles.list({ section: 'world', page: 2, perPage: 5, signal: new AbortController().signal });
    expect(fake.calls[0].args[0]).to.deep.equal({ section: 'world', page: 2, perPage: 5 });
    await client.articles.list({ perPage: 500 });
    expect(fake.calls[1].args[0]).to.deep.equal({ perPage: 500 });
  });

  it('latest asks for limit + excluded, then leaves the excluded out', async () => {
    const fake = fakeSource();
    const client = createClient({ source: fake.source });
    const latest = await client.articles.latest({ limit: 3, exclude: ['2'] });
    expect(fake.calls[0].args[0]).to.deep.include({ perPage: 4, exclude: ['2'] });
    expect(latest.map((a) => a.id)).to.deep.equal(['1', '3', '4']);
    expect((await client.articles.latest()).map((a) => a.id)).to.deep.equal(['1', '2', '3', '4']);
  });

  it('related resolves an id, asks for 3× the limit and ranks the candidates', async () => {
    const world = { id: 's1', slug: 'world', name: 'World' };
    const china = { id: 't1', slug: 'china', name: 'China' };
    const fake = fakeSource({
      relatedCandidates: async () => [article('2', { tags: [china] }), article('3', { sections: [world] }), article('1', { sections: [world] })],
    });
    fake.db[0] = article('1', { sections: [world], tags: [china] });
    const client = createClient({ source: fake.source });
    const related = await client.articles.related('1', { limit: 2 });
    expect(fake.calls.find((c) => c.method === 'relatedCandidates')!.args).to.deep.equal([fake.db[0], 6]);
    expect(related.map((a) => a.id)).to.deep.equal(['3', '2']);
    expect(fake.count('listArticles')).to.equal(0);
  });

  it('related fills up from latest, without the article or repeats', async () => {
    const fake = fakeSource({ relatedCandidates: async () => [article('3')] });
    const client = createClient({ source: fake.source });
    const related = await client.articles.related(article('1'));
    expect(related.map((a) => a.id)).to.deep.equal(['3', '2', '4', '5']);
    expect(fake.count('getArticles')).to.equal(0);
    expect(fake.calls.find((c) => c.method === 'listArticles')!.args[0]).to.deep.include({ exclude: ['1', '3'] });
  });

  it('articles from related and latest fill the article cache', async () => {
    const fake = fakeSource({ relatedCandidates: async () => [article('9')] });
    const client = createClient({ source: fake.source });
    await client.articles.related(article('1'), { limit: 2 });
    await Promise.all([client.articles.get('9'), client.articles.get('2')]);
    expect(fake.count('getArticles')).to.equal(0);
  });
});
