/**
 * `broadsheet/jsx/preact`: JSX types for the plain tags in Preact, as `broadsheet/jsx` gives
 * them to React. Types only: `import type {} from 'broadsheet/jsx/preact';` once.
 * Preact sets a prop as a property when the element has one, else as an attribute, and
 * listens to `on<event-name>` props (`oncomment-submitted`).
 */
import type { JSX } from 'preact';
import type { BroadsheetElementClasses, BroadsheetElements } from './elements.js';

export type * from './elements.js';

/**
 * Preact writes `false` as the text "false" on a dashed attribute (`hide-website="false"`), and
 * any value of a boolean attribute turns it on: such attributes take only `true` here (leave
 * them out for false, or use the property, `hideWebsite={false}`).
 */
type Flags<P> = { [K in keyof P]: K extends `${string}-${string}` ? (boolean extends P[K] ? true | undefined : P[K]) : P[K] };
type PreactTag<T extends keyof BroadsheetElements> = JSX.HTMLAttributes<BroadsheetElementClasses[T]> & Flags<BroadsheetElements[T]>;

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
