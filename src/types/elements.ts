/**
 * The tags' attributes, properties and events as TypeScript interfaces, framework-neutral:
 * `broadsheet/jsx` (React) and `broadsheet/jsx/preact` build their JSX types from them, and
 * other JSX setups can too.
 */
import type { BroadsheetError } from '../sdk/errors.js';
import type { ArticleCard } from '../components/article-card/article-card.js';
import type { AuthorBio } from '../components/author-bio/author-bio.js';
import type { RelatedStories } from '../components/related-stories/related-stories.js';
import type { CommentErrorDetail, CommentForm, CommentSubmittedDetail } from '../components/comment-form/comment-form.js';
import type { NewsSource } from '../context/news-source.js';

/** `detail` of `broadsheet-error`: loading failed. */
export interface BroadsheetErrorDetail {
  /** Usually a `BroadsheetError` (switch on `code`). */
  error: BroadsheetError | unknown;
}
export type BroadsheetErrorEvent = CustomEvent<BroadsheetErrorDetail>;
export type CommentSubmittedEvent = CustomEvent<CommentSubmittedDetail>;
export type CommentErrorEvent = CustomEvent<CommentErrorDetail>;

type Props<E, K extends keyof E> = Partial<Pick<E, K>>;
/** Attributes are strings in HTML; JSX may pass numbers too. */
type Num = number | string;

/** Every Broadsheet element: its own `api`, and the labels. */
interface Shared<E extends { labels?: unknown }> extends Props<E, 'labels'> {
  /** Base URL of a WordPress REST API, when not inside `<news-source>`. */
  api?: string;
}

/** `<article-card>`: attributes, properties and events. */
export interface ArticleCardJsx extends Shared<ArticleCard>, Props<ArticleCard, 'article' | 'variant' | 'headingLevel' | 'sizes' | 'hide' | 'structuredData' | 'data'> {
  'heading-level'?: Num;
  'structured-data'?: boolean;
  'onbroadsheet-error'?: (event: BroadsheetErrorEvent) => void;
}

/** `<author-bio>`: attributes, properties and events. */
export interface AuthorBioJsx extends Shared<AuthorBio>, Props<AuthorBio, 'author' | 'variant' | 'headingLevel' | 'structuredData' | 'data'> {
  'heading-level'?: Num;
  'structured-data'?: boolean;
  'onbroadsheet-error'?: (event: BroadsheetErrorEvent) => void;
}

/** `<related-stories>`: attributes, properties and events. */
export interface RelatedStoriesJsx
  extends Shared<RelatedStories>,
    Props<RelatedStories, 'article' | 'mode' | 'heading' | 'headingLevel' | 'layout' | 'variant' | 'data'> {
  limit?: Num;
  'heading-level'?: Num;
  'onbroadsheet-error'?: (event: BroadsheetErrorEvent) => void;
}

/** `<comment-form>`: attributes, properties and events. */
export interface CommentFormJsx
  extends Shared<CommentForm>,
    Props<CommentForm, 'article' | 'parent' | 'heading' | 'headingLevel' | 'hideWebsite' | 'minFillMs'> {
  'heading-level'?: Num;
  'hide-website'?: boolean;
  'min-fill-ms'?: Num;
  'oncomment-submitted'?: (event: CommentSubmittedEvent) => void;
  'oncomment-error'?: (event: CommentErrorEvent) => void;
}

/** `<news-source>`: attributes and properties. */
export interface NewsSourceJsx extends Props<NewsSource, 'api' | 'client'> {
  /** `demo`: the embedded demo dataset. */
  source?: 'demo' | (string & {});
}

/** Each tag's own attributes, properties and events (no framework's HTML attributes). */
export interface BroadsheetElements {
  'article-card': ArticleCardJsx;
  'author-bio': AuthorBioJsx;
  'related-stories': RelatedStoriesJsx;
  'comment-form': CommentFormJsx;
  'news-source': NewsSourceJsx;
}

/** The element classes by tag. */
export interface BroadsheetElementClasses {
  'article-card': ArticleCard;
  'author-bio': AuthorBio;
  'related-stories': RelatedStories;
  'comment-form': CommentForm;
  'news-source': NewsSource;
}
