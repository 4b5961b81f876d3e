/**
 * `broadsheet/jsx/preact`: JSX types for the plain tags in Preact, as `broadsheet/jsx` gives
 * them to React. Types only: `import type {} from 'broadsheet/jsx/preact';` once.
 * Preact sets a prop as a property when the element has one, else as an attribute, and
 * listens to `on<event-name>` props (`oncomment-submitted`).
 */
import type { JSX } from 'preact';
import type { BroadsheetElementClasses, BroadsheetElements } from './elements.js';

export type * from './elements.js';

type PreactTag<T extends keyof BroadsheetElements> = JSX.HTMLAttributes<BroadsheetElementClasses[T]> & BroadsheetElements[T];

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'article-card': PreactTag<'article-card'>;
      'author-bio': PreactTag<'author-bio'>;
      'related-stories': PreactTag<'related-stories'>;
      'comment-form': PreactTag<'comment-form'>;
      'news-source': PreactTag<'news-source'>;
    }
  }
}
