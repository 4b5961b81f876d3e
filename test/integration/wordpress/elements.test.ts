/**
 * The real elements on a real WordPress: <news-source api=…> (and an element's own `api`) with
 * article cards, an author bio and related/latest stories, all read cross-origin.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/context/define.js';
import '../../../src/components/article-card/define.js';
import '../../../src/components/author-bio/define.js';
import '../../../src/components/related-stories/define.js';
import type { ArticleCard } from '../../../src/components/article-card/define.js';
import type { AuthorBio } from '../../../src/components/author-bio/define.js';
import type { RelatedStories } from '../../../src/components/related-stories/define.js';
import { article, data, NO_IMAGE, post, REST, RUSSIA, seed, texturized, text, user } from './support.js';
import { demoSource } from '../../../src/demo/index.js';
import { createClient } from '../../../src/sdk/index.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const ready = (el: Element & { status: string }, what: string) =>
  waitUntil(() => el.status != 'loading', `${what} did not load`, { timeout: 10000 }).then(() => {
    expect(el.status, `${what}: ${(el as any)._error}`).to.equal('ready');
    return (el as any).updateComplete;
  });

describe('<article-card> on WordPress', () => {
  it('inside <news-source api>: headline with the apostrophe, link, picture with srcset, section, author, date', async () => {
    const source = await fixture(html`<news-source api=${REST}><article-card article=${post(RUSSIA)}></article-card></news-source>`);
    const card = source.querySelector<ArticleCard>('article-card')!;
    await ready(card, 'card');
    const seeded = article(RUSSIA);
    const link = part(card, 'link') as HTMLAnchorElement;
    expect(text(link)).to.equal('Russia\u2019s China Dilemma: Is Moscow Losing Its Independence?');
    expect(link.href).to.equal(`${seed.baseUrl}/2024/05/${seeded.slug}/`);
    expect(text(part(card, 'excerpt'))).to.equal(texturized(seeded.excerpt));
    expect(text(part(card, 'section'))).to.equal('World');
    expect(text(part(card, 'meta'))).to.contain('Saeed Minhas');
    expect(card.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(card.value!.publishedAt);
    // The card makes its <img> once the picture's box has rendered (a frame or two).
    await waitUntil(() => part(card, 'image'), 'the card made no picture', { timeout: 5000 });
    const img = part(card, 'image') as HTMLImageElement;
    expect(img.getAttribute('alt')).to.equal(seeded.image!.alt);
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['960', '540']);
    const srcset = img.getAttribute('srcset')!.split(', ').map((c) => c.split(' '));
    expect(srcset.map(([, w]) => w)).to.deep.equal(['300w', '768w', '960w']);
    for (const [u] of srcset) expect(u.startsWith(`${seed.baseUrl}/wp-content/uploads/`), u).to.equal(true);
    // The picture really loads from WordPress (another origin; <img> needs no CORS).
    img.loading = 'eager';
    await waitUntil(() => img.complete, 'image loaded', { timeout: 10000 });
    expect(img.naturalWidth, 'a rendition WordPress generated').to.be.greaterThan(0);
  });

  it('by slug, with its own `api` (no <news-source>); a story without a featured image has no picture box', async () => {
    const el = await fixture(html`<div>
      <article-card api=${REST} article=${article('107').slug}></article-card>
      <article-card api=${REST} article=${post(NO_IMAGE)}></article-card>
    </div>`);
    const [bySlug, noImage] = [...el.querySelectorAll<ArticleCard>('article-card')];
    await ready(bySlug, 'card by slug');
    await ready(noImage, 'card without image');
    expect(text(part(bySlug, 'link'))).to.equal(article('107').title);
    expect(text(part(noImage, 'link'))).to.equal(article(NO_IMAGE).title);
    expect(part(noImage, 'image')).to.equal(null);
    expect(part(noImage, 'media')).to.equal(null);
  });

  it('an unknown article: the not-found message, no retry button', async () => {
    const source = await fixture(html`<news-source api=${REST}><article-card article="999999"></article-card></news-source>`);
    const card = source.querySelector<ArticleCard>('article-card')!;
    await waitUntil(() => card.status == 'error', 'error state', { timeout: 10000 });
    await card.updateComplete;
    expect(text(part(card, 'error'))).to.equal('This is no longer available.');
    expect(part(card, 'retry')).to.equal(null);
  });
});

describe('<author-bio> on WordPress', () => {
  it('name, role (broadsheet_role), bio, website link and "more from" link; the avatar from avatar_urls', async () => {
    const source = await fixture(html`<news-source api=${REST}><author-bio author="saeed-minhas"></author-bio></news-source>`);
    const bio = source.querySelector<AuthorBio>('author-bio')!;
    await ready(bio, 'author bio');
    const seeded = data.authors.find((a) => a.slug == 'saeed-minhas')!;
    expect(text(part(bio, 'name'))).to.equal('Saeed Minhas');
    expect(text(part(bio, 'role'))).to.equal('Chief Editor (National)');
    expect(text(part(bio, 'text'))).to.equal(seeded.bio);
    expect((part(bio, 'link') as HTMLAnchorElement).href).to.equal(seeded.website);
    expect((part(bio, 'more') as HTMLAnchorElement).href).to.equal(`${seed.baseUrl}/author/saeed-minhas/`);
    expect(bio.value!.avatar!.srcset!.map((c) => c.width)).to.deep.equal([24, 48, 96]);
    // The avatar is gravatar's (unreachable here): an <img> with WordPress's three sizes, which
    // falls back to the initials once it fails to load.
    const avatar = part(bio, 'avatar')!;
    if (avatar.tagName == 'IMG') {
      expect(avatar.getAttribute('srcset')).to.match(/ 24w, .* 48w, .* 96w$/);
    } else {
      expect(text(avatar)).to.equal('SM');
    }
    expect(user('saeed-minhas')).to.equal(bio.value!.id);
  });
});

describe('<related-stories> on WordPress', () => {
  it('related to the reference article: the same four stories, in the same order, as the demo dataset', async () => {
    const source = await fixture(html`<news-source api=${REST}><related-stories article=${post(RUSSIA)}></related-stories></news-source>`);
    const rs = source.querySelector<RelatedStories>('related-stories')!;
    await ready(rs, 'related stories');
    expect(text(part(rs, 'heading'))).to.equal('Related stories');
    const cards = [...rs.shadowRoot!.querySelectorAll<ArticleCard>('article-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    const titles = cards.map((c) => text(part(c, 'link')));
    const demo = await createClient({ source: demoSource() }).articles.related(RUSSIA, { limit: 4 });
    expect(titles).to.deep.equal(demo.map((a) => texturized(a.title)));
    expect(titles).to.not.include(texturized(article(RUSSIA).title));
  });

  it('latest, excluding the current article', async () => {
    const source = await fixture(html`<news-source api=${REST}><related-stories mode="latest" limit="3" article=${post(RUSSIA)}></related-stories></news-source>`);
    const rs = source.querySelector<RelatedStories>('related-stories')!;
    await ready(rs, 'latest stories');
    expect(text(part(rs, 'heading'))).to.equal('Latest stories');
    const cards = [...rs.shadowRoot!.querySelectorAll<ArticleCard>('article-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    const newest = [...data.articles].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt)).filter((a) => a.id != RUSSIA);
    expect(cards.map((c) => text(part(c, 'link')))).to.deep.equal(newest.slice(0, 3).map((a) => texturized(a.title)));
  });
});
