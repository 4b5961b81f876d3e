import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { expect, waitFor } from 'storybook/test';
import '../src/context/define.js';
import '../src/components/related-stories/define.js';
import '../src/components/author-bio/define.js';
import '../src/components/comment-form/define.js';
import { demoDataset } from '../src/demo/index.js';

/*
 * The reference page from DESIGN.md, rebuilt: an ordinary news article page where everything
 * that is not the article itself (related stories, the author box, latest stories, the
 * comment form) comes from Broadsheet elements on the embedded demo dataset, through one
 * `<news-source source="demo">`. The headline, date line, breadcrumb and body are the page's
 * own plain HTML. The layout answers to the page's width (a container query), so the phone
 * story is a phone-width page in any canvas.
 */

const article = demoDataset.articles.find((a) => a.id === '101')!;
const author = article.authors[0];
const dateLine = new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(article.publishedAt));
const image = article.image!;

const styles = html`<style>
  .bs-page {
    container-type: inline-size;
    box-sizing: border-box;
    margin-inline: auto;
    padding: 1.25rem;
    font: 1rem/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    color: #1d1d1f;
    background: #fff;
    --bs-accent: #0b57d0;
  }
  .bs-page a { color: inherit; }
  .bs-page .masthead { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; padding-block-end: 0.75rem; border-block-end: 3px solid #1d1d1f; }
  .bs-page .masthead .site { font: 700 1.5rem/1.2 Georgia, 'Times New Roman', serif; text-decoration: none; }
  .bs-page .dateline { margin: 0; font-size: 0.875rem; color: #4a4a4f; }
  .bs-page nav ol { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; margin: 1rem 0 0; padding: 0; list-style: none; font-size: 0.875rem; color: #4a4a4f; }
  .bs-page nav li + li::before { content: '›'; margin-inline-end: 0.5rem; }
  .bs-page h1 { margin: 0.75rem 0 0.5rem; font: 700 clamp(1.75rem, 5cqi, 2.75rem)/1.15 Georgia, 'Times New Roman', serif; }
  .bs-page .standfirst { margin: 0 0 1rem; font-size: 1.2rem; line-height: 1.45; color: #3a3a3f; }
  .bs-page .byline { margin: 0 0 1rem; font-size: 0.875rem; color: #4a4a4f; }
  .bs-page figure { margin: 0 0 1.5rem; }
  .bs-page figure img { display: block; inline-size: 100%; block-size: auto; border-radius: 4px; }
  .bs-page figcaption { font-size: 0.8125rem; color: #4a4a4f; margin-block-start: 0.375rem; }
  .bs-page .related { margin-block: 0 2rem; padding: 1rem; border: 1px solid #d9d9de; border-radius: 6px; background: #f7f7f9; }
  .bs-page .body h2 { font: 700 1.4rem/1.3 Georgia, 'Times New Roman', serif; margin: 2rem 0 0.5rem; }
  .bs-page .body p { margin: 0 0 1rem; }
  .bs-page .author { margin-block: 2rem; padding-block: 1.5rem; border-block: 1px solid #d9d9de; }
  .bs-page .latest, .bs-page .comments { margin-block: 2rem; }
  .bs-page footer { margin-block-start: 2rem; padding-block-start: 1rem; border-block-start: 1px solid #d9d9de; font-size: 0.8125rem; color: #4a4a4f; }
  /* Desktop: the article column and a sidebar with the latest stories. */
  @container (min-width: 62rem) {
    .bs-page .columns { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 3rem; align-items: start; }
    .bs-page aside { position: sticky; inset-block-start: 1rem; }
  }
</style>`;

const page = (width: string) => html`${styles}
  <news-source source="demo">
    <div class="bs-page" style="inline-size:${width};max-inline-size:100%">
      <header class="masthead">
        <a class="site" href="https://demo.broadsheet.invalid/">The Broadsheet Demo Journal</a>
        <p class="dateline">${dateLine}</p>
      </header>
      <nav aria-label="Breadcrumb">
        <ol>
          <li><a href="https://demo.broadsheet.invalid/">Home</a></li>
          <li><a href="https://demo.broadsheet.invalid/latest/">Latest</a></li>
          <li aria-current="page">${article.title}</li>
        </ol>
      </nav>
      <div class="columns">
        <main>
          <article>
            <h1>${article.title}</h1>
            <p class="standfirst">${article.excerpt}</p>
            <p class="byline">By <a href=${author.url}>${author.name}</a> · <time datetime=${article.publishedAt}>${dateLine}</time></p>
            <figure>
              <img
                src=${image.src}
                srcset=${(image.srcset ?? []).map((c) => `${c.src} ${c.width}w`).join(', ')}
                sizes="(min-width: 62rem) 44rem, 100vw"
                width=${image.width!}
                height=${image.height!}
                alt=${image.alt ?? ''}
              />
              <figcaption>Illustration for The Broadsheet Demo Journal.</figcaption>
            </figure>
            <related-stories class="related" article=${article.id} limit="5"></related-stories>
            <!-- The demo's own article HTML (trusted demo content; a real page sanitises CMS HTML). -->
            <div class="body">${unsafeHTML(article.contentHtml!)}</div>
            <author-bio class="author" author=${author.slug}></author-bio>
          </article>
          <comment-form class="comments" article=${article.id}></comment-form>
        </main>
        <aside aria-label="Latest stories">
          <related-stories class="latest" mode="latest" article=${article.id} limit="5"></related-stories>
        </aside>
      </div>
      <footer>Demo content. Every story, name and picture on this page is part of Broadsheet's embedded demo dataset.</footer>
    </div>
  </news-source>`;

const meta: Meta = {
  title: 'Pages/Article page',
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

/** Checks the page is all there: plain HTML and every element with its data. */
const play: Story['play'] = async ({ canvasElement }) => {
  await expect(canvasElement.querySelector('.dateline')?.textContent).toBe('Sunday, May 26, 2024');
  await expect(canvasElement.querySelector('nav')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(`Home Latest ${article.title}`);
  const [related, latest] = canvasElement.querySelectorAll('related-stories');
  const bio = canvasElement.querySelector('author-bio')!;
  await waitFor(() => {
    expect(related.status).toBe('ready');
    expect(latest.status).toBe('ready');
    expect(bio.status).toBe('ready');
  }, { timeout: 5000 });
  // The five related stories DESIGN.md names, in the SDK's ranking order.
  await expect([...(related.value ?? [])].map((a) => a.title).sort()).toEqual(
    [
      'Exploring Human-Infant Interactions with BabyX',
      "CPEC: Unlocking Central Asia's Wealth",
      'Muslim Nations with Beijing Over US in South China Sea Conflict',
      "GEF's Profit Shift: Climate Aid or Cash Grab?",
      "Media Manipulation: How the West Distorts Gaza's Reality",
    ].sort(),
  );
  await expect(bio.value?.role).toBe('Chief Editor (National)');
};

export const Desktop: Story = { render: () => page('1200px'), play };

export const Phone: Story = {
  render: () => page('375px'),
  play,
  globals: { viewport: { value: 'mobile2', isRotated: false } },
};
