import type { Article, ArticleQuery, Author, Comment, CommentInput, CommentResult, Page } from './model.js';

/**
 * What a source gets with every call. The client owns timeouts, retries and aborts: it hands
 * the source a signal that fires on either, and the `fetch` to use.
 */
export interface SourceContext {
  signal: AbortSignal;
  fetch: typeof fetch;
}

/**
 * A backend adapter: the only code that knows a CMS's wire format. It maps responses to the
 * model and throws `BroadsheetError`s (`not-found`, `http` with `status`, `rate-limited` with
 * `retryAfterMs`, `invalid-response` with `path`, `comment-rejected` with `reason`). Network
 * failures may be thrown as they come; the client classifies them.
 */
export interface Source {
  /** Identifies the backend for caches and for sharing clients, e.g. `wordpress:https://site/wp-json`. */
  readonly key: string;
  /**
   * Many articles by id or slug in as few requests as the backend allows. The result has one
   * entry per key, `undefined` where there is no such article.
   */
  getArticles(keys: string[], ctx: SourceContext): Promise<(Article | undefined)[]>;
  listArticles(query: ArticleQuery, ctx: SourceContext): Promise<Page<Article>>;
  /** Articles that may be related to `article` (sharing sections or tags); the client ranks them. */
  relatedCandidates(article: Article, limit: number, ctx: SourceContext): Promise<Article[]>;
  getAuthor(idOrSlug: string, ctx: SourceContext): Promise<Author>;
  listComments(articleId: string, query: { page?: number; perPage?: number }, ctx: SourceContext): Promise<Page<Comment>>;
  /**
   * Posts a comment. A `comment_duplicate`-style answer is thrown as `comment-rejected` with
   * reason `duplicate`; the client decides whether that confirms an earlier attempt.
   */
  submitComment(input: CommentInput, ctx: SourceContext): Promise<CommentResult>;
}
