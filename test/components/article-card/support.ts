/**
 * Shared by the article-card and related-stories tests: stories independent of the demo
 * dataset, WordPress-shaped posts built on WordPress's own fixture, and shadow-DOM helpers.
 */
import { fixtureSync } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { TemplateResult } from 'lit';
import type { Article } from '../../../src/sdk/model.js';
import type { Source } from '../../../src/sdk/source.js';
import type { WpFixture } from '../../support/wp-fixture.js';

export const sr = (el: Element) => el.shadowRoot!;
export const $ = <E extends Element = HTMLElement>(el: Element, sel: string) => sr(el).querySelector<E>(sel);
export const $$ = <E extends Element = HTMLElement>(el: Element, sel: string) => [...sr(el).querySelectorAll<E>(sel)];
export const part = <E extends Element = HTMLElement>(el: Element, name: string) => $<E>(el, `[part~="${name}"]`);
export const text = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
export const box = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10 };
};
/** The card's `<img>`, made once its picture box renders (offscreen cards make none). */
export async function picture(el: Element): Promise<HTMLImageElement> {
  await waitUntil(() => part(el, 'image'), 'the card made no <img> for its picture');
  return part<HTMLImageElement>(el, 'image')!;
}
export const isReady = (el: { status: string }, what = 'the element') =>
  waitUntil(() => el.status === 'ready', `${what} did not become ready`, { timeout: 5000 });

/**
 * Like `fixture()`, but waits for the Lit elements' updates instead of an animation frame: the
 * runner keeps one of its concurrent pages in the background, where frames never come.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const lit = [root, ...root.querySelectorAll('*')].filter((e) => 'updateComplete' in e) as unknown as { updateComplete: Promise<unknown> }[];
  await Promise.all(lit.map((e) => e.updateComplete));
  return root;
}

/** A story with everything a card shows; ids and URLs are made up. */
export function story(id: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    slug: `story-${id}`,
    url: `https://journal.example/${id}/story-${id}/`,
    title: `Story ${id}`,
    excerpt: `The excerpt of story ${id}.`,
    publishedAt: '2024-05-26T09:30:00Z',
    authors: [{ id: '7', slug: 'saeed-minhas', name: 'Saeed Minhas', url: 'https://journal.example/author/saeed-minhas/', bio: '' }],
    sections: [{ id: '3', slug: 'world', name: 'World' }],
    tags: [],
    image: {
      src: `https://journal.example/img/${id}-1200.jpg`,
      alt: '',
      width: 1200,
      height: 675,
      srcset: [
        { src: `https://journal.example/img/${id}-400.jpg`, width: 400 },
        { src: `https://journal.example/img/${id}-800.jpg`, width: 800 },
      ],
    },
    readingTimeMinutes: 5,
    commentsOpen: true,
    ...overrides,
  };
}

/**
 * A WordPress `/wp/v2/posts` item: the fixture's `PostModel`, with what `_embed` adds on a
 * real site (author, featured media with its sizes, categories and tags).
 */
export function wpPost(fx: WpFixture, id: number, title = `Post ${id} &#8211; it&#8217;s here`) {
  const base = structuredClone(fx.PostModel);
  const media = structuredClone(fx.MediaModel);
  media.alt_text = `Picture &amp; caption ${id}`;
  media.source_url = `http://wp.test/wp-content/uploads/${id}.jpg`;
  media.media_details = {
    width: 1600,
    height: 900,
    sizes: {
      medium: { source_url: `http://wp.test/wp-content/uploads/${id}-300x169.jpg`, width: 300, height: 169 },
      thumbnail: { source_url: `http://wp.test/wp-content/uploads/${id}-150x150.jpg`, width: 150, height: 150 },
      large: { source_url: `http://wp.test/wp-content/uploads/${id}-1024x576.jpg`, width: 1024, height: 576 },
      full: { source_url: `http://wp.test/wp-content/uploads/${id}.jpg`, width: 1600, height: 900 },
    },
  };
  const category = { ...fx.CategoriesCollection[0], id: 12, name: 'Politics &amp; Power', slug: 'politics', link: 'http://wp.test/category/politics/' };
  const user = { ...fx.UserModel, id: 7, name: 'Saeed Minhas', slug: 'saeed-minhas', link: 'http://wp.test/author/saeed-minhas/' };
  return {
    ...base,
    id,
    slug: `post-${id}`,
    link: `http://wp.test/${id}/post-${id}/`,
    title: { rendered: title },
    excerpt: { rendered: `<p>Excerpt of post ${id} [&hellip;]</p>\n`, protected: false },
    date_gmt: '2024-05-26T09:30:00',
    author: 7,
    featured_media: 100 + id,
    categories: [12],
    _embedded: { author: [user], 'wp:featuredmedia': [media], 'wp:term': [[category], []] },
  };
}

/** Wraps a source so a test sees which calls were aborted. */
export function watched(source: Source) {
  const calls: { keys: string[]; aborted: boolean }[] = [];
  const wrapped: Source = {
    ...source,
    getArticles(keys, ctx) {
      const call = { keys: [...keys], aborted: false };
      calls.push(call);
      ctx.signal.addEventListener('abort', () => (call.aborted = true));
      return source.getArticles(keys, ctx);
    },
  };
  return { source: wrapped, calls };
}

/** Total layout-shift score over `during`, or undefined where the browser does not report it (Firefox). */
export async function layoutShift(during: () => Promise<unknown>): Promise<number | undefined> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    await during();
    return undefined;
  }
  let total = 0;
  const seen = (list: PerformanceObserverEntryList) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!e.hadRecentInput) total += e.value;
    }
  };
  const po = new PerformanceObserver(seen);
  // Only shifts from now on: earlier tests' shifts are in the buffer.
  po.observe({ type: 'layout-shift' });
  await during();
  // Not requestAnimationFrame: a page the runner keeps in the background gets no frames.
  await new Promise((r) => setTimeout(r, 100));
  seen({ getEntries: () => po.takeRecords() } as PerformanceObserverEntryList);
  po.disconnect();
  return total;
}
