/**
 * A small React 19 app on broadsheet/react and on the plain tags (React 19's own custom
 * element support, typed by broadsheet/jsx). test/react/react.test.mjs bundles it with esbuild
 * and drives it in Chromium. What the elements report through React props and events is
 * written to `#log`, one line per call.
 */
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ArticleCard, AuthorBio, CommentForm, NewsSource, RelatedStories } from 'broadsheet/react';
import type {} from 'broadsheet/jsx';
import { BroadsheetError, createClient, isBroadsheetError, type Article, type Author } from 'broadsheet/sdk';
import { memory } from 'broadsheet/sdk/memory';

const author: Author = { id: '7', slug: 'saeed-minhas', name: 'Saeed Minhas', url: 'https://journal.example/author/saeed-minhas/', bio: 'A journalist.', role: 'Chief Editor (National)' };
const story = (id: string, tags: string[] = []): Article => ({
  id,
  slug: `story-${id}`,
  url: `https://journal.example/${id}/`,
  title: `Story ${id}`,
  excerpt: `The excerpt of story ${id}.`,
  publishedAt: `2024-05-2${id}T09:30:00Z`,
  authors: [author],
  sections: [{ id: '3', slug: 'world', name: 'World' }],
  tags: tags.map((t) => ({ id: t, slug: t, name: t })),
  commentsOpen: true,
});
const articles = [story('1', ['a']), story('2', ['a']), story('3', ['a']), story('4')];
// Comments on story 4 are refused, as a server would refuse them on a closed article.
const client = createClient({
  source: memory(
    { articles, authors: [author], comments: [] },
    { simulate: (_, call) => (call.operation === 'submitComment' && call.input.articleId === '4' ? new BroadsheetError('comment-rejected', 'Closed', { reason: 'closed' }) : undefined) },
  ),
});
const code = (error: unknown) => (isBroadsheetError(error) ? error.code : 'unknown');

function App() {
  const [log, setLog] = useState<string[]>([]);
  const add = (line: string) => setLog((l) => [...l, line]);
  const [variant, setVariant] = useState<'stacked' | 'hero'>('stacked');
  const card = useRef<HTMLElementTagNameMap['article-card']>(null);
  // The ref is the element itself (set once, so StrictMode's second effect run changes nothing).
  useEffect(() => void (document.body.dataset.ref = `${card.current?.localName}:${card.current?.data?.id}`), []);
  return (
    <>
      <button id="hero" onClick={() => setVariant('hero')}>Hero</button>
      <NewsSource client={client}>
        {/* broadsheet/react: properties, children, a ref and React-style events */}
        <ArticleCard id="wrapped-data" ref={card} data={articles[0]} variant={variant} headingLevel={2} />
        <ArticleCard id="wrapped-key" article="2" />
        <ArticleCard id="wrapped-missing" article="404" onBroadsheetError={(e) => add(`wrapped broadsheet-error:${code(e.detail.error)}`)} />
        <AuthorBio id="wrapped-fallback">
          <a href="https://journal.example/author/saeed-minhas/">Saeed Minhas (fallback)</a>
        </AuthorBio>
        <RelatedStories id="wrapped-related" article="1" limit={2} heading="More like this" />
        <CommentForm
          id="wrapped-form"
          article="1"
          minFillMs={0}
          onCommentSubmitted={(e) => add(`wrapped comment-submitted:${e.detail.result.status}`)}
          onCommentError={(e) => add(`wrapped comment-error:${code(e.detail.error)}`)}
        />
        <CommentForm id="wrapped-refused" article="4" minFillMs={0} onCommentError={(e) => add(`wrapped comment-error:${code(e.detail.error)}`)} />
        {/* plain tags: React 19 sets properties it finds on the element, attributes otherwise */}
        <article-card id="plain-data" data={articles[2]} heading-level="4" />
        <article-card id="plain-missing" article="405" onbroadsheet-error={(e) => add(`plain broadsheet-error:${code(e.detail.error)}`)} />
        <comment-form
          id="plain-form"
          article="2"
          min-fill-ms={0}
          oncomment-submitted={(e) => add(`plain comment-submitted:${e.detail.result.status}`)}
          oncomment-error={(e) => add(`plain comment-error:${code(e.detail.error)}`)}
        />
      </NewsSource>
      <pre id="log">{log.join('\n')}</pre>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
