/**
 * `broadsheet/jsx`: JSX types for the plain tags, so `<article-card data={story} />` type-checks
 * in React 19 (and with `broadsheet/jsx/preact`, in Preact). Types only: bring them in once,
 * e.g. `import type {} from 'broadsheet/jsx';` in your app's entry or a `.d.ts`.
 *
 * React 19 sets a prop as a property when the element has one (`data`, `headingLevel`,
 * `labels`), else as an attribute (`heading-level`, `structured-data`), and listens to
 * `on<event-name>` props: `oncomment-submitted={(e) => e.detail.result}`. Preact does the same.
 * For wrappers with React-style event names (`onCommentSubmitted`), use `broadsheet/react`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { BroadsheetElementClasses, BroadsheetElements } from './elements.js';

export type * from './elements.js';

type ReactTag<T extends keyof BroadsheetElements> = DetailedHTMLProps<HTMLAttributes<BroadsheetElementClasses[T]>, BroadsheetElementClasses[T]> &
  BroadsheetElements[T];

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'article-card': ReactTag<'article-card'>;
      'author-bio': ReactTag<'author-bio'>;
      'related-stories': ReactTag<'related-stories'>;
      'comment-form': ReactTag<'comment-form'>;
      'news-source': ReactTag<'news-source'>;
    }
  }
}
