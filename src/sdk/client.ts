import type { Article, ArticleQuery, Author, Comment, CommentInput, CommentResult, Page } from './model.js';
import type { Source, SourceContext } from './source.js';
import { BroadsheetError as E } from './errors.js';
import { rankRelated } from './related.js';

export interface ClientOptions {
  source: Source;
  /** How long a result is fresh. Default 60 000 ms. */
  cacheTtlMs?: number;
  /** How long past freshness a result may still be served while it is refetched. Default 10 minutes. */
  staleTtlMs?: number;
  /** Per attempt. Default 10 000 ms. */
  timeoutMs?: number;
  /** Extra attempts for a GET after a network error, a timeout, a 5xx or a 429. Default 2. */
  retries?: number;
  /** Defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface NewsClient {
  readonly source: Source;
  articles: {
    get(idOrSlug: string, options?: CallOptions): Promise<Article>;
    list(query?: ArticleQuery & CallOptions): Promise<Page<Article>>;
    latest(options?: { limit?: number; exclude?: string[] } & CallOptions): Promise<Article[]>;
    related(article: string | Article, options?: { limit?: number } & CallOptions): Promise<Article[]>;
  };
  authors: {
    get(idOrSlug: string, options?: CallOptions): Promise<Author>;
  };
  comments: {
    list(articleId: string, options?: { page?: number; perPage?: number } & CallOptions): Promise<Page<Comment>>;
    /**
     * Never retried automatically. Pass `resend: true` when an earlier attempt of the same
     * comment may have reached the server; a duplicate answer then confirms it.
     */
    submit(input: CommentInput, options?: { resend?: boolean } & CallOptions): Promise<CommentResult>;
  };
  /** Drops every cached result. */
  clear(): void;
}

type Task<T> = (ctx: SourceContext) => Promise<T>;

/** A request shared by every caller that wants the same thing; aborted when all of them have left. */
interface Shared<T> {
  p: Promise<T>;
  /** Callers still waiting (a caller without a signal never leaves). */
  n: number;
  c: AbortController;
}

const noop = () => {};
const aborted = (signal: AbortSignal) => new E('aborted', 'Aborted', { cause: signal.reason });
/** Cache/in-flight key: the method letter + the arguments, object keys sorted so order does not matter. */
const keyOf = (m: string, args: unknown) =>
  m + JSON.stringify(args, (_, v) => (v && typeof v == 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));

/** A request for `make`, with the controller its callers abort when they all leave. */
function shared<T>(make: (signal: AbortSignal) => Promise<T>): Shared<T> {
  const c = new AbortController();
  return { n: 0, c, p: make(c.signal) };
}

/**
 * Joins a shared request: resolves or rejects with it, but rejects with `aborted` as soon as
 * the caller's own signal fires, without disturbing the other callers.
 */
function join<T>(sh: Shared<T>, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) return Promise.reject(aborted(signal));
  sh.n++;
  return new Promise<T>((res, rej) => {
    const leave = () => {
      rej(aborted(signal!));
      if (!--sh.n) sh.c.abort(signal!.reason);
    };
    signal?.addEventListener('abort', leave);
    sh.p.then(res, rej).then(() => signal?.removeEventListener('abort', leave));
  });
}

/**
 * Creates a client over a `Source`: many `articles.get` in one tick become one request,
 * identical in-flight requests are shared, results are cached (fresh for `cacheTtlMs`, then
 * served stale for `staleTtlMs` while refetched in the background), every attempt has a
 * timeout, and GETs are retried on network errors, timeouts, 5xx and 429 with bounded,
 * jittered exponential backoff that honours `retryAfterMs`. `comments.submit` is never retried.
 */
export function createClient(options: ClientOptions): NewsClient {
  const { source, cacheTtlMs = 6e4, staleTtlMs = 6e5, timeoutMs = 1e4, retries = 2 } = options;
  // Looked up on every call, so a fetch stubbed after the client was made is still used.
  const fetchFn = ((input, init) => (options.fetch ?? globalThis.fetch)(input, init)) as typeof fetch;
  const cache = new Map<string, { v: unknown; t: number }>();
  const inflight = new Map<string, Shared<any>>();
  /** Comment payloads whose attempt failed in a way that may have reached the server. */
  const maybeLanded = new Set<string>();
  let batch: { keys: string[]; sh: Shared<(Article | undefined)[]> } | undefined;

  /** One attempt: its own controller, fired by the caller's signal or by the timeout. */
  const attempt = <T>(task: Task<T>, outer: AbortSignal) =>
    new Promise<T>((res, rej) => {
      if (outer.aborted) return rej(aborted(outer));
      const ac = new AbortController();
      const s = ac.signal;
      const abort = () => ac.abort(aborted(outer));
      const timer = setTimeout(() => ac.abort(new E('timeout', `No answer within ${timeoutMs} ms`)), timeoutMs);
      const done = () => {
        clearTimeout(timer);
        outer.removeEventListener('abort', abort);
      };
      // Rejects at once, even if the source ignores its signal.
      s.addEventListener('abort', () => (done(), rej(s.reason)));
      outer.addEventListener('abort', abort);
      Promise.resolve({ signal: s, fetch: fetchFn })
        .then(task)
        .then(res, (e) =>
          rej(e instanceof E ? e : s.aborted ? s.reason : new E('network', (e as Error)?.message || 'Network error', { cause: e })),
        )
        .then(done);
    });

  const sleep = (ms: number, signal: AbortSignal) =>
    new Promise<void>((res, rej) => {
      const wake = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', wake);
        signal.aborted ? rej(aborted(signal)) : res();
      };
      const timer = setTimeout(wake, ms);
      signal.addEventListener('abort', wake);
    });

  /** Runs a task with timeouts and up to `tries` retries of retryable errors. */
  const run = async <T>(task: Task<T>, signal: AbortSignal, tries: number): Promise<T> => {
    for (let i = 0; ; i++) {
      try {
        return await attempt(task, signal);
      } catch (e) {
        const err = e as E;
        // Full jitter over 300 ms · 2^i, capped at 5 s; the server's Retry-After wins, up to 30 s.
        const wait = err.retryAfterMs ?? Math.random() * Math.min(5e3, 300 * 2 ** i);
        if (i >= tries || !err.retryable || wait > 3e4) throw err;
        await sleep(wait, signal);
      }
    }
  };

  const store = (key: string, v: unknown) => cache.set(key, { v, t: Date.now() });
  const keep = (a: Article) => (store('a' + a.id, a), store('a' + a.slug, a), a);

  /** The in-flight request for `key`, or a new one made by `make`; cached when it succeeds (unless invalidated meanwhile). */
  const share = <T>(key: string, make: (signal: AbortSignal) => Promise<T>): Shared<T> => {
    let sh = inflight.get(key);
    if (!sh) {
      const mine: Shared<T> = (sh = shared((s) =>
        make(s).then(
          (v) => (inflight.get(key) == mine && (store(key, v), inflight.delete(key)), v),
          (e) => {
            if (inflight.get(key) == mine) inflight.delete(key);
            throw e;
          },
        ),
      ));
      inflight.set(key, mine);
    }
    return sh;
  };

  /** Fresh from the cache, else stale from the cache with a background refresh, else shared from the source. */
  const cached = <T>(key: string, make: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> => {
    if (signal?.aborted) return Promise.reject(aborted(signal));
    const hit = cache.get(key);
    const age = hit ? Date.now() - hit.t : Infinity;
    if (age < cacheTtlMs + staleTtlMs) {
      // A failed refresh keeps the stale value and is swallowed.
      if (age >= cacheTtlMs) join(share(key, make)).catch(noop);
      return Promise.resolve(hit!.v as T);
    }
    return join(share(key, make), signal);
  };

  const get = <T>(key: string, task: Task<T>, signal?: AbortSignal) => cached(key, (s) => run(task, s, retries), signal);

  /** Adds a key to this tick's batch (sent in one `getArticles` call a microtask later) and waits for it. */
  const fromBatch = (k: string, signal: AbortSignal) => {
    if (!batch) {
      const keys: string[] = [];
      batch = {
        keys,
        sh: shared((s) =>
          Promise.resolve().then(() => {
            batch = undefined;
            return run((ctx) => source.getArticles(keys, ctx).then((found) => (found.forEach((a) => a && keep(a)), found)), s, retries);
          }),
        ),
      };
    }
    const { keys, sh } = batch;
    if (!keys.includes(k)) keys.push(k);
    return join(sh, signal).then((found) => found[keys.indexOf(k)] ?? Promise.reject(new E('not-found', `No article "${k}"`)));
  };

  const list = async (query: ArticleQuery & CallOptions = {}) => {
    const { signal, ...q } = query;
    const { page = 1, perPage = 10 } = q;
    if (!(perPage >= 1 && perPage <= 100 && page >= 1)) throw new RangeError(`perPage must be 1-100, page >= 1`);
    return get(keyOf('l', q), (ctx) => source.listArticles(q, ctx).then((p) => (p.items.forEach(keep), p)), signal);
  };

  const latest: NewsClient['articles']['latest'] = async ({ limit = 4, exclude = [], signal } = {}) =>
    (await list({ perPage: Math.min(100, limit + exclude.length), exclude, signal })).items
      .filter((a) => !exclude.includes(a.id))
      .slice(0, limit);

  const client: NewsClient = {
    source,
    articles: {
      get: (k, { signal } = {}) => cached('a' + k, (s) => fromBatch(k, s), signal),
      list,
      latest,
      async related(x, { limit = 4, signal } = {}) {
        const article = typeof x == 'string' ? await client.articles.get(x, { signal }) : x;
        const candidates = await get(
          keyOf('r', [article.id, limit]),
          (ctx) => source.relatedCandidates(article, limit * 3, ctx).then((c) => (c.forEach(keep), c)),
          signal,
        );
        const ranked = rankRelated(article, candidates, limit);
        if (ranked.length < limit) {
          const exclude = [article.id, ...ranked.map((a) => a.id)];
          ranked.push(...(await latest({ limit: limit - ranked.length, exclude, signal })));
        }
        return ranked;
      },
    },
    authors: {
      get: (k, { signal } = {}) => get('u' + k, (ctx) => source.getAuthor(k, ctx), signal),
    },
    comments: {
      list: (articleId, { signal, ...q } = {}) => get(keyOf('c', [articleId, q]), (ctx) => source.listComments(articleId, q, ctx), signal),
      async submit(input, { resend, signal } = {}) {
        const { articleId, parentId, name, email, website, body } = input;
        const payload = JSON.stringify([articleId, parentId, name, email, body]);
        const invalidate = () => {
          const prefix = keyOf('c', [articleId]).slice(0, -1);
          for (const m of [cache, inflight]) for (const k of m.keys()) if (k.startsWith(prefix)) m.delete(k);
        };
        try {
          const result = await run((ctx) => source.submitComment(input, ctx), signal ?? new AbortController().signal, 0);
          maybeLanded.delete(payload);
          return { ...result, confirmedBy: 'server' };
        } catch (e) {
          const err = e as E;
          if (err.code == 'network' || err.code == 'timeout' || err.code == 'aborted') maybeLanded.add(payload);
          if (err.reason != 'duplicate' || !(resend || maybeLanded.has(payload))) throw err;
          // The server already has this comment: the earlier attempt landed.
          maybeLanded.delete(payload);
          return {
            status: 'pending',
            comment: {
              id: '',
              articleId,
              ...(parentId ? { parentId } : {}),
              authorName: name,
              ...(website && /^https?:\/\//i.test(website) ? { authorUrl: website } : {}),
              bodyText: body,
              publishedAt: new Date().toISOString(),
              status: 'pending',
            },
            confirmedBy: 'duplicate',
          };
        } finally {
          invalidate();
        }
      },
    },
    clear() {
      cache.clear();
      inflight.clear();
    },
  };
  return client;
}
