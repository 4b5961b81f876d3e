/**
 * Broadsheet's data model: plain JSON, so it can be cached, serialized for server rendering
 * and passed to an element as a property. Ids are strings; dates are ISO-8601 with a zone.
 * Every text field is plain text (entities decoded, tags stripped); the one field that stays
 * HTML says so in its name (`contentHtml`). Every URL is absolute http(s); anything else is
 * dropped by the sources.
 */

export interface Image {
  src: string;
  /** Plain text; empty string for a decorative image. */
  alt: string;
  width?: number;
  height?: number;
  /** Other renditions of the same picture, narrowest first. */
  srcset?: ImageCandidate[];
}

export interface ImageCandidate {
  src: string;
  width: number;
}

/** A section (WordPress: category) or a tag. */
export interface Term {
  id: string;
  slug: string;
  name: string;
  url?: string;
}
export type Section = Term;
export type Tag = Term;

export interface AuthorLink {
  /** e.g. "Website", "X", "LinkedIn": plain text. */
  label: string;
  url: string;
}

export interface Author {
  id: string;
  slug: string;
  name: string;
  /** The author's page on the publisher's site ("more from this author"). */
  url: string;
  bio: string;
  /** e.g. "Chief Editor (National)". */
  role?: string;
  avatar?: Image;
  links?: AuthorLink[];
}

export interface Article {
  id: string;
  slug: string;
  url: string;
  title: string;
  excerpt: string;
  /** Raw CMS HTML: never render it without sanitizing. */
  contentHtml?: string;
  publishedAt: string;
  updatedAt?: string;
  authors: Author[];
  sections: Section[];
  tags: Tag[];
  image?: Image;
  readingTimeMinutes?: number;
  commentsOpen: boolean;
  commentCount?: number;
}

export type CommentStatus = 'published' | 'pending';

export interface Comment {
  id: string;
  articleId: string;
  parentId?: string;
  authorName: string;
  authorUrl?: string;
  avatar?: Image;
  bodyText: string;
  publishedAt: string;
  status: CommentStatus;
}

export interface Page<T> {
  items: T[];
  page: number;
  perPage: number;
  total: number;
  totalPages: number;
}

export interface ArticleQuery {
  /** Section id or slug. */
  section?: string;
  /** Tag id or slug. */
  tag?: string;
  /** Author id or slug. */
  author?: string;
  search?: string;
  /** 1-based; default 1. */
  page?: number;
  /** 1–100, default 10; the sources clamp other values into range. */
  perPage?: number;
  /** Article ids to leave out. */
  exclude?: string[];
}

export interface CommentInput {
  articleId: string;
  name: string;
  email: string;
  website?: string;
  body: string;
  parentId?: string;
}

export interface CommentResult {
  status: CommentStatus;
  comment: Comment;
  /**
   * `'duplicate'` when this was a resend of an attempt whose answer was lost and the server
   * answered that it already had the comment: the first attempt landed. The comment is then
   * rebuilt from the input (its id is unknown) and its status is `pending`.
   */
  confirmedBy?: 'server' | 'duplicate';
}
