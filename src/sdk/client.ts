import type { Article, ArticleQuery, Author, Comment, CommentInput, CommentResult, Page } from './model.js';
import type { Source, SourceContext } from './source.js';
import { BroadsheetError as E } from './errors.js';
import { rankRelated } from './related.js';
import { compact } from './validate.js';
import { safeUrl } from './text.js';

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
type Make<T> = (signal: AbortSignal) => Promise<T>;

/** A request shared by every caller that wants the same thing; aborted when all of them have left. */
interface Shared<T> {
  p: Promise<T>;
  /** Callers still waiting (a caller without a signal never leaves). */
  n: number;
  c: AbortController;
  /** A batch's keys. */
  k?: string[];
}

const noop = () => {};
const aborted = (signal: AbortSignal) => new E('aborted', 'Aborted', { cause: signal.reason });
/** Listens for `signal`'s abort; returns the function that stops listening. */
const onAbort = (signal: AbortSignal, f: () => void) => (signal.addEventListener('abort', f), () => signal.removeEventListener('abort', f));
/** Cache/in-flight key: the method letter, an id (if any) and the query, its keys sorted so their order does not matter. */
const keyOf = (m: string, q: object, id?: unknown) => JSON.stringify([m, id, ...Object.entries(q).sort()]);

/**
 * A request for `make`, with the controller its callers abort when they all leave (or a
 * timeout fires). It rejects as soon as that happens, even if `make` ignores its signal.
 */
function shared<T>(make: Make<T>, k?: string[]): Shared<T> {
  const c = new AbortController();
  const s = c.signal;
  return {
    n: 0,
    c,
    k,
    p: new Promise<T>((res, rej) => {
      onAbort(s, () => rej(s.reason));
      make(s).then(res, rej);
    }),
  };
}

/**
 * Joins a shared request: resolves or rejects with it, but rejects with `aborted` as soon as
 * the caller's own signal fires (or at once if it already has), without disturbing the other
 * callers; the last caller to leave aborts the request.
 */
const join = <T>(sh: Shared<T>, signal?: AbortSignal) =>
  new Promise<T>((res, rej) => {
    sh.n++;
    const leave = () => {
      rej(aborted(signal!));
      --sh.n || sh.c.abort(signal!.reason);
    };
    sh.p.then(res, rej).then(signal ? onAbort(signal, leave) : noop);
    signal?.aborted && leave();
  });

/**
 * Creates a client over a `Source`: many `articles.get` in one tick become one request,
 * identical in-flight requests are shared, results are cached (fresh for `cacheTtlMs`, then
 * served stale for `staleTtlMs` while refetched in the background; at most 1,000, then the
 * cache starts afresh), every attempt has a
 * timeout, and GETs are retried on network errors, timeouts, 5xx and 429 with bounded,
 * jittered exponential backoff that honours `retryAfterMs`. `comments.submit` is never retried.
 */
export function createClient(options: ClientOptions): NewsClient {
  const { source, cacheTtlMs = 6e4, staleTtlMs = 6e5, timeoutMs = 1e4, retries = 2 } = options;
  // Looked up on every call, so a fetch stubbed after the client was made is still used.
  const fetchFn: typeof fetch = (input, init) => (options.fetch ?? fetch)(input, init);
  const cache = new Map<string, [v: unknown, t: number]>();
  const inflight = new Map<string, Shared<any>>();
  /**
   * Comment payloads an attempt of which failed in a way that may have reached the server: a
   * duplicate answer to the same payload later means it is there.
   */
  const maybeLanded = new Set<string>();
  /** Comments sent per article. */
  const sent = new Map<string, number>();
  let batch: Shared<(Article | undefined)[]> | undefined;

  /**
   * Runs a task after `wait` ms, as a request of its own (see `shared`) that the caller's signal
   * or a timeout aborts, and retries retryable errors up to `tries` times: full jitter over
   * 300 ms · 2^i, capped at 5 s; the server's Retry-After wins, up to 30 s.
   */
  const run = <T>(task: Task<T>, outer?: AbortSignal, tries = retries, i = 0, wait = 0): Promise<T> => {
    const sh = shared((signal) =>
      new Promise<void>((r) => (wait ? setTimeout(r, wait) : r())).then(() => (signal.aborted ? (0 as never) : task({ signal, fetch: fetchFn }))),
    );
    const timer = setTimeout(() => sh.c.abort(new E('timeout', 'Timed out')), wait + timeoutMs);
    return join(sh, outer)
      .finally(() => clearTimeout(timer))
      .catch((e) => {
        e = e instanceof E ? e : new E('network', String(e), { cause: e });
        wait = e.retryAfterMs ?? Math.random() * Math.min(5e3, 300 * 2 ** i);
        if (i >= tries || !e.retryable || wait > 3e4) throw e;
        return run(task, outer, tries, i + 1, wait);
      });
  };

  // At most 1,000 results, then it starts afresh: a long-lived client (a server, a page open
  // all day) must not grow with every search it was ever asked.
  const store = (key: string, v: unknown) => (cache.size < 1e3 || cache.clear(), cache.set(key, [v, Date.now()]));
  const keep = (a?: Article) => a && (store('a' + a.id, a), store('a' + a.slug, a));
  const keepAll = <T extends (Article | undefined)[]>(list: T) => (list.forEach(keep), list);

  /**
   * Fresh from the cache, else stale from the cache with a background refresh, else from the
   * source: shared with the identical request in flight, cached when it succeeds (unless
   * invalidated meanwhile).
   */
  const cached = async <T>(key: string, make: Make<T>, signal?: AbortSignal): Promise<T> => {
    if (signal?.aborted) throw aborted(signal);
    const [v, t = -1 / 0] = cache.get(key) ?? [];
    const age = Date.now() - t;
    if (age >= cacheTtlMs) {
      let sh = inflight.get(key);
      // A request all its callers have just left is aborted but not yet gone: start afresh, or
      // this caller would get the other caller's abort (React's StrictMode aborts and asks again).
      if (!sh || sh.c.signal.aborted) {
        inflight.set(key, (sh = shared(make)));
        const end = (v?: unknown) => inflight.get(key) == sh && (inflight.delete(key), v && store(key, v));
        sh.p.then(end, () => end());
      }
      // Past the stale window the caller waits; within it the stale value is served at once
      // and a failed refresh keeps it (and is swallowed).
      if (age >= cacheTtlMs + staleTtlMs) return join(sh, signal);
      join(sh).catch(noop);
    }
    return v as T;
  };

  const get = <T>(key: string, task: Task<T>, signal?: AbortSignal) => cached(key, (s) => run(task, s), signal);

  // Paging out of range is the source's to clamp (1–100 per page, pages from 1), as WordPress does.
  const list = ({ signal, ...q }: ArticleQuery & CallOptions = {}) =>
    get(keyOf('l', q), (ctx) => source.listArticles(q, ctx).then((p) => (keepAll(p.items), p)), signal);

  const latest: NewsClient['articles']['latest'] = async ({ limit = 4, exclude = [], signal } = {}) =>
    (await list({ perPage: limit + exclude.length, exclude, signal })).items
      .filter((a) => !exclude.includes(a.id))
      .slice(0, limit);

  const client: NewsClient = {
    source,
    articles: {
      // Every key asked for in one tick goes into one `getArticles` call, a microtask later.
      get: (k, { signal } = {}) =>
        cached(
          'a' + k,
          (s) => {
            if (!batch || batch.c.signal.aborted) {
              const keys: string[] = [];
              batch = shared(async (s) => {
                await 0;
                batch = undefined;
                return run((ctx) => source.getArticles(keys, ctx).then(keepAll), s);
              }, keys);
            }
            const sh = batch;
            const keys = sh.k!;
            keys.includes(k) || keys.push(k);
            return join(sh, s)
              .then(
                (found) => found[keys.indexOf(k)],
                // One malformed article must not fail the others that shared its request: after a
                // batch fails validation on an item (`posts[3].title`), each of its keys is asked for
                // again on its own. A whole answer that is not a list (a firewall's page) is not.
                (e) => (e.code == 'invalid-response' && /]/.test(e.path) && keys.length > 1 ? run((ctx) => source.getArticles([k], ctx).then(keepAll), s).then((found) => found[0]) : Promise.reject(e)),
              )
              .then((a) => a ?? Promise.reject(new E('not-found', `No article ${k}`)));
          },
          signal,
        ),
      list,
      latest,
      async related(x, { limit = 4, signal } = {}) {
        const article = typeof x == 'string' ? await client.articles.get(x, { signal }) : x;
        const candidates = await get(keyOf('r', [limit], article.id), (ctx) => source.relatedCandidates(article, limit * 3, ctx).then(keepAll), signal);
        const ranked = rankRelated(article, candidates, limit);
        // Too few: filled up with the latest articles.
        const exclude = [article, ...ranked].map((a) => a.id);
        return ranked.length < limit ? [...ranked, ...(await latest({ limit: limit - ranked.length, exclude, signal }))] : ranked;
      },
    },
    authors: {
      get: (k, { signal } = {}) => get('u' + k, (ctx) => source.getAuthor(k, ctx), signal),
    },
    comments: {
      // A list's key carries how many comments were sent to its article, so sending one
      // leaves that article's cached and in-flight lists behind, and only those.
      list: (articleId, { signal, ...q } = {}) =>
        get(keyOf('c' + (sent.get(articleId) ?? ''), q, articleId), (ctx) => source.listComments(articleId, q, ctx), signal),
      async submit(input, { resend, signal } = {}) {
        const { articleId, parentId, name, website, body } = input;
        const payload = keyOf('s', input);
        // An earlier attempt of this comment may have reached the server.
        const landed = resend || maybeLanded.has(payload);
        try {
          const result = await run((ctx) => source.submitComment(input, ctx), signal, 0);
          return { ...result, confirmedBy: 'server' };
        } catch (e) {
          const err = e as E;
          if (/^(network|timeout|aborted)$/.test(err.code)) maybeLanded.add(payload);
          if (err.reason != 'duplicate' || !landed) throw err;
          // The server already has this comment: the earlier attempt landed.
          return {
            status: 'pending',
            comment: compact({
              id: '',
              articleId,
              parentId: parentId || undefined,
              authorName: name,
              authorUrl: safeUrl(website),
              bodyText: body,
              publishedAt: new Date().toISOString(),
              status: 'pending',
            }),
            confirmedBy: 'duplicate',
          };
        } finally {
          sent.set(articleId, ~~sent.get(articleId)! + 1);
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
