/**
 * `broadsheet/react`: React components for the elements, made with @lit/react. Props that are
 * element properties (`data`, `headingLevel`, `labels`, `<NewsSource>`'s `client`) are set as
 * properties, other props as attributes, and events get React-style names. What an element
 * only reports (`client`, `status`, `value` on the data elements) is not a prop: setting it
 * would throw.
 *
 * ```tsx
 * import { NewsSource, ArticleCard, CommentForm } from 'broadsheet/react';
 * <NewsSource api="https://example.com/wp-json">
 *   <ArticleCard article="101" variant="hero" onBroadsheetError={(e) => log(e.detail.error)} />
 *   <CommentForm article="101" onCommentSubmitted={(e) => track(e.detail.result.status)} />
 * </NewsSource>
 * ```
 *
 * Importing it registers the tags (`article-card`, …). Each component takes a `ref` to its
 * element. React 19 also handles the plain tags: see `broadsheet/jsx` for their types.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ArticleCard as ArticleCardElement } from '../components/article-card/define.js';
import { AuthorBio as AuthorBioElement } from '../components/author-bio/define.js';
import { RelatedStories as RelatedStoriesElement } from '../components/related-stories/define.js';
import { CommentForm as CommentFormElement } from '../components/comment-form/define.js';
import { NewsSource as NewsSourceElement } from '../context/define.js';
import type { BroadsheetErrorEvent, CommentErrorEvent, CommentSubmittedEvent } from '../types/elements.js';

export type { BroadsheetErrorDetail, BroadsheetErrorEvent, CommentErrorEvent, CommentSubmittedEvent } from '../types/elements.js';
export type { CommentErrorDetail, CommentSubmittedDetail } from '../components/comment-form/comment-form.js';

const loadEvents = { onBroadsheetError: 'broadsheet-error' as EventName<BroadsheetErrorEvent> };

/** An element's type without its read-only getters, so the props cannot try to set them. */
type Settable<T extends HTMLElement> = Omit<T, 'client' | 'status' | 'value'> & HTMLElement;
const settable = <T extends HTMLElement>(c: new () => T) => c as unknown as new () => Settable<T>;

/** `<article-card>`: a story as one link. Event: `onBroadsheetError`. */
export const ArticleCard = createComponent({
  react: React,
  tagName: 'article-card',
  elementClass: settable(ArticleCardElement),
  events: loadEvents,
  displayName: 'ArticleCard',
});

/** `<author-bio>`: an author box. Event: `onBroadsheetError`. */
export const AuthorBio = createComponent({
  react: React,
  tagName: 'author-bio',
  elementClass: settable(AuthorBioElement),
  events: loadEvents,
  displayName: 'AuthorBio',
});

/** `<related-stories>`: related or latest stories. Event: `onBroadsheetError`. */
export const RelatedStories = createComponent({
  react: React,
  tagName: 'related-stories',
  elementClass: settable(RelatedStoriesElement),
  events: loadEvents,
  displayName: 'RelatedStories',
});

/** `<comment-form>`: the comment form. Events: `onCommentSubmitted`, `onCommentError`. */
export const CommentForm = createComponent({
  react: React,
  tagName: 'comment-form',
  elementClass: settable(CommentFormElement),
  events: {
    onCommentSubmitted: 'comment-submitted' as EventName<CommentSubmittedEvent>,
    onCommentError: 'comment-error' as EventName<CommentErrorEvent>,
  },
  displayName: 'CommentForm',
});

/** `<news-source>`: gives a client (`api`, `source="demo"` or `client`) to the elements inside. */
export const NewsSource = createComponent({
  react: React,
  tagName: 'news-source',
  elementClass: NewsSourceElement,
  displayName: 'NewsSource',
});
