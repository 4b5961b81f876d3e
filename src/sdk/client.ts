import type { Article, ArticleQuery, Author, Comment, CommentInput, CommentResult, Page } from './model.js';
import type { Source } from './source.js';

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

export declare function createClient(options: ClientOptions): NewsClient;
