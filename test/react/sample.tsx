/**
 * A React 19 sample that must type-check (test/react/types.test.mjs runs tsc on it): the
 * wrappers from broadsheet/react and the plain tags typed by broadsheet/jsx. Each
 * `@ts-expect-error` line is a mistake the types must catch (tsc fails if one is accepted).
 */
import { useRef } from 'react';
import { ArticleCard, AuthorBio, CommentForm, NewsSource, RelatedStories, type CommentSubmittedEvent } from 'broadsheet/react';
import type {} from 'broadsheet/jsx';
import type { Article, CommentResult } from 'broadsheet/sdk';

export function Wrappers({ story }: { story: Article }) {
  const card = useRef<HTMLElementTagNameMap['article-card']>(null);
  const onSubmitted = (e: CommentSubmittedEvent) => {
    const result: CommentResult = e.detail.result;
    return result.status;
  };
  return (
    <NewsSource api="https://example.com/wp-json">
      <ArticleCard ref={card} data={story} variant="hero" headingLevel={1} structuredData onBroadsheetError={(e) => console.log(e.detail.error)} />
      <AuthorBio author="saeed-minhas" variant="compact">
        <a href="/author/saeed-minhas/">Saeed Minhas</a>
      </AuthorBio>
      <RelatedStories article={story.id} mode="latest" limit={5} layout="grid" />
      <CommentForm article={story.id} hideWebsite minFillMs={0} onCommentSubmitted={onSubmitted} onCommentError={(e) => e.detail.input.articleId} />
      {/* @ts-expect-error: not a variant */}
      <ArticleCard variant="huge" />
      {/* @ts-expect-error: data is an Article */}
      <ArticleCard data={{ id: 1 }} />
      {/* @ts-expect-error: the detail has no such field */}
      <CommentForm onCommentSubmitted={(e) => e.detail.nope} />
      {/* @ts-expect-error: a data element only reports its client (setting it would throw); <NewsSource client> gives one */}
      <ArticleCard client={undefined} article="1" />
      {/* @ts-expect-error: status is read-only */}
      <AuthorBio status="ready" />
    </NewsSource>
  );
}

export function PlainTags({ story }: { story: Article }) {
  return (
    <news-source source="demo">
      <article-card data={story} variant="horizontal" heading-level="3" structured-data hide="excerpt" onbroadsheet-error={(e) => e.detail.error} />
      <author-bio author="saeed-minhas" structured-data className="bio" />
      <related-stories article={story.id} mode="related" limit="4" layout="list" />
      <comment-form article={story.id} hide-website min-fill-ms="0" oncomment-submitted={(e) => e.detail.result.status} oncomment-error={(e) => e.detail.error} />
      {/* @ts-expect-error: not a variant */}
      <article-card variant="huge" />
      {/* @ts-expect-error: not an attribute of <article-card> */}
      <article-card colour="red" />
      {/* @ts-expect-error: the detail has no such field */}
      <comment-form oncomment-submitted={(e) => e.detail.nope} />
      {/* @ts-expect-error: not a mode */}
      <related-stories mode="popular" />
    </news-source>
  );
}
