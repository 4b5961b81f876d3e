import { BroadsheetError } from '../errors.js';
import type { CommentField, CommentRejectReason } from '../errors.js';
import type { Article, ArticleQuery, Author, Comment, CommentInput, CommentResult, Page, Term } from '../model.js';
import type { Source, SourceContext } from '../source.js';

/**
 * The in-memory source: serves a dataset of model objects as if it were a CMS. It is what the
 * demo, Storybook and tests run on, so it behaves like WordPress where that is visible
 * (pagination, search, comment validation and moderation) and it can be told to be slow, to
 * fail, or to never answer.
 */

/** Plain model objects. Each article carries its authors, sections and tags, as the model does. */
export interface MemoryDataset {
  articles: Article[];
  authors: Author[];
  comments?: Comment[];
}

/** One call to the source, as `simulate` sees it: check `operation` to narrow the rest. */
export type MemoryCall =
  | { operation: 'getArticles'; keys: string[] }
  | { operation: 'listArticles'; query: ArticleQuery }
  | { operation: 'relatedCandidates'; article: Article; limit: number }
  | { operation: 'getAuthor'; idOrSlug: string }
  | { operation: 'listComments'; articleId: string; query: { page?: number; perPage?: number } }
  | { operation: 'submitComment'; input: CommentInput };
/** The `Source` method being called. */
export type MemoryOperation = MemoryCall['operation'];
/**
 * What a simulated call does: `undefined` answers normally; an error (usually a
 * `BroadsheetError`; a plain `TypeError` imitates a failed `fetch`) is thrown; `'hang'` never
 * answers until the call's signal aborts (a loading state that stays).
 */
export type MemoryOutcome = Error | 'hang' | undefined | void;

export interface MemoryOptions {
  /** Names the source in its `key` (`memory:<name>`). Default `'dataset'`. */
  name?: string;
  /** Every answer arrives this late, so loading states show. Abortable. Default 0. */
  latencyMs?: number;
  /** New comments are held for moderation (`pending`) instead of published. Default false. */
  moderation?: boolean;
  /**
   * Decides the outcome of each call before it runs (and before the latency), e.g.
   * - every call fails: `simulate: () => new BroadsheetError('network', 'Offline')`
   * - a loading state that never ends: `simulate: () => 'hang'`
   * - one kind of call: `simulate: (op) => op === 'submitComment' ? new BroadsheetError('comment-rejected', 'Slow down', { reason: 'flood' }) : undefined`
   * - by its arguments: `simulate: (_, call) => call.operation === 'getAuthor' && call.idOrSlug === 'x' ? 'hang' : undefined`
   *
   * It is called on every call, so it can read state that changes (a Storybook control).
   */
  simulate?: (operation: MemoryOperation, call: MemoryCall) => MemoryOutcome;
}

/** WordPress's column lengths, so "too long" behaves as it would there. */
const MAX_LENGTH: Partial<Record<CommentField, number>> = { name: 245, email: 100, website: 200, body: 65525 };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HTTP_URL = /^https?:\/\/[^\s/?#]+\S*$/i;

export function memory(dataset: MemoryDataset, options: MemoryOptions = {}): Source {
  // Copied in as well as out: neither the caller's later edits nor ours leak across.
  const articles = copy(dataset.articles);
  const authors = copy(dataset.authors);
  const comments = copy(dataset.comments ?? []);
  const emails = new Map<string, string>(); // comment id → email, for the duplicate check
  let nextCommentId = comments.reduce((max, c) => Math.max(max, Number(c.id) || 0), 0) + 1;

  /** Runs one call: simulation, latency and abort first, then `answer`; the result is copied. */
  async function run<T>(call: MemoryCall, ctx: SourceContext, answer: () => T): Promise<T> {
    const outcome = options.simulate?.(call.operation, call);
    await wait(options.latencyMs ?? 0, ctx.signal);
    if (outcome === 'hang') await wait(Infinity, ctx.signal);
    if (outcome) throw outcome;
    return copy(answer());
  }

  const findArticle = (key: string) => articles.find((a) => a.id === key) ?? articles.find((a) => a.slug === key);

  function submit(input: CommentInput): CommentResult {
    const reject = (reason: CommentRejectReason, message: string, field?: CommentField): never => {
      throw new BroadsheetError('comment-rejected', message, { reason, field });
    };
    const article = findArticle(input.articleId);
    if (!article) return reject('unknown-article', 'There is no such article.');
    if (!article.commentsOpen) return reject('closed', 'Comments are closed on this article.');
    const name = (input.name ?? '').trim();
    const email = (input.email ?? '').trim();
    const website = (input.website ?? '').trim();
    const body = (input.body ?? '').trim();
    if (!name) reject('invalid-field', 'Please enter your name here', 'name');
    if (!email) reject('invalid-field', 'Please enter your email address here', 'email');
    if (!EMAIL.test(email)) reject('invalid-field', 'You have entered an incorrect email address!', 'email');
    if (website && !HTTP_URL.test(website)) reject('invalid-field', 'Please enter a valid web address.', 'website');
    if (!body) reject('invalid-field', 'Please enter your comment!', 'body');
    const values: Partial<Record<CommentField, string>> = { name, email, website, body };
    for (const field of Object.keys(MAX_LENGTH) as CommentField[]) {
      if ((values[field] ?? '').length > MAX_LENGTH[field]!) reject('too-long', `The ${field} is too long.`, field);
    }
    const parentId = input.parentId || undefined;
    if (parentId && !comments.some((c) => c.id === parentId && c.articleId === article.id)) {
      reject('invalid-field', 'The comment you are replying to does not exist.', 'parentId');
    }
    // As WordPress: same article, same parent, same text, same name or email.
    const duplicate = comments.some(
      (c) =>
        c.articleId === article.id &&
        c.parentId === parentId &&
        c.bodyText === body &&
        (c.authorName === name || emails.get(c.id)?.toLowerCase() === email.toLowerCase()),
    );
    if (duplicate) reject('duplicate', 'Duplicate comment detected; it looks as though you’ve already said that!');

    const comment: Comment = {
      id: String(nextCommentId++),
      articleId: article.id,
      ...(parentId ? { parentId } : {}),
      authorName: name,
      ...(website ? { authorUrl: website } : {}),
      bodyText: body,
      publishedAt: new Date().toISOString(),
      status: options.moderation ? 'pending' : 'published',
    };
    comments.push(comment);
    emails.set(comment.id, email);
    if (comment.status === 'published') article.commentCount = (article.commentCount ?? 0) + 1;
    return { status: comment.status, comment, confirmedBy: 'server' };
  }

  return {
    key: `memory:${options.name ?? 'dataset'}`,

    getArticles(keys, ctx) {
      return run({ operation: 'getArticles', keys }, ctx, () => keys.map(findArticle));
    },

    listArticles(query, ctx) {
      return run({ operation: 'listArticles', query }, ctx, () => {
        const terms = query.search ? fold(query.search).split(/\s+/).filter(Boolean) : [];
        const excluded = new Set(query.exclude ?? []);
        const matches = newestFirst(
          articles.filter(
            (a) =>
              !excluded.has(a.id) &&
              (!query.section || a.sections.some(is(query.section))) &&
              (!query.tag || a.tags.some(is(query.tag))) &&
              (!query.author || a.authors.some(is(query.author))) &&
              terms.every((t) => fold(`${a.title} ${a.excerpt}`).includes(t)),
          ),
        );
        return paginate(matches, query.page, query.perPage);
      });
    },

    relatedCandidates(article, limit, ctx) {
      return run({ operation: 'relatedCandidates', article, limit }, ctx, () => {
        // A term is shared when its id or its slug matches, as in `rankRelated`.
        const count = (mine: Term[], theirs: Term[]) =>
          mine.filter((m) => theirs.some((t) => t.id === m.id || t.slug === m.slug)).length;
        const shared = (a: Article) => 3 * count(article.sections, a.sections) + count(article.tags, a.tags);
        // The client ranks; this only hands it the best few dozen, weighted as `rankRelated` does.
        return newestFirst(articles.filter((a) => a.id !== article.id && shared(a) > 0))
          .sort((a, b) => shared(b) - shared(a))
          .slice(0, Math.max(limit * 5, 50));
      });
    },

    getAuthor(idOrSlug, ctx) {
      return run({ operation: 'getAuthor', idOrSlug }, ctx, () => {
        const author = authors.find((a) => a.id === idOrSlug) ?? authors.find((a) => a.slug === idOrSlug);
        if (!author) throw new BroadsheetError('not-found', `No author "${idOrSlug}".`, { status: 404 });
        return author;
      });
    },

    listComments(articleId, query, ctx) {
      return run({ operation: 'listComments', articleId, query }, ctx, () => {
        const id = findArticle(articleId)?.id ?? articleId;
        const published = comments
          .filter((c) => c.articleId === id && c.status === 'published')
          .sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt) || compareIds(a.id, b.id));
        return paginate(published, query.page, query.perPage);
      });
    },

    submitComment(input, ctx) {
      return run({ operation: 'submitComment', input }, ctx, () => submit(input));
    },
  };
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = ms === Infinity ? undefined : setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A deep copy of plain JSON-like data. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copy(v);
    return out as T;
  }
  return value;
}

/** Case- and accent-insensitive form for search ("Sao" finds "São"). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const is = (key: string) => (term: Term | Author) => term.id === key || term.slug === key;

function compareIds(a: string, b: string): number {
  return Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function newestFirst(list: Article[]): Article[] {
  return list.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || compareIds(b.id, a.id));
}

/** WordPress's rules: `page` from 1, `perPage` 1–100 (default 10); a page past the end is empty. */
function paginate<T>(all: T[], page?: number, perPage?: number): Page<T> {
  const size = Math.min(100, Math.max(1, Math.floor(perPage ?? 10) || 10));
  const current = Math.max(1, Math.floor(page ?? 1) || 1);
  return {
    items: all.slice((current - 1) * size, current * size),
    page: current,
    perPage: size,
    total: all.length,
    totalPages: Math.ceil(all.length / size),
  };
}
