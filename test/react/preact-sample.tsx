/** @jsxImportSource preact */
/**
 * A Preact sample that must type-check (test/react/types.test.mjs): the plain tags typed by
 * broadsheet/jsx/preact. Each `@ts-expect-error` line is a mistake the types must catch.
 */
import type {} from '../../dist/types/preact.js'; // `broadsheet/jsx/preact` once the package exports it
import type { Article } from 'broadsheet/sdk';

export function PlainTags({ story }: { story: Article }) {
  return (
    <news-source api="https://example.com/wp-json">
      <article-card data={story} variant="compact" heading-level={3} class="card" onbroadsheet-error={(e) => e.detail.error} />
      <author-bio author="saeed-minhas" variant="full" />
      <related-stories article={story.id} limit={4} />
      <comment-form article={story.id} hide-website oncomment-submitted={(e) => e.detail.result.status} />
      {/* @ts-expect-error: Preact would write hide-website="false", which hides the field */}
      <comment-form hide-website={false} />
      {/* @ts-expect-error: not a variant */}
      <article-card variant="huge" />
      {/* @ts-expect-error: data is an Article */}
      <article-card data={{ id: 1 }} />
    </news-source>
  );
}
