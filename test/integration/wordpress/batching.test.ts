/**
 * Batching on the real server: many cards, one request. Its own test file, so its page starts
 * with an empty per-URL client (the one <news-source api> shares) and an empty resource timeline.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/context/define.js';
import '../../../src/components/article-card/define.js';
import type { ArticleCard } from '../../../src/components/article-card/define.js';
import { countingClient, data, post, REST, texturized, text, to } from './support.js';

const postsRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((u) => u.startsWith(`${REST}/wp/v2/posts`));

async function rendered(cards: ArticleCard[]) {
  await waitUntil(() => cards.every((c) => c.status != 'loading'), 'cards did not load', { timeout: 10000 });
  await Promise.all(cards.map((c) => c.updateComplete));
  return cards.map((c) => text(c.shadowRoot!.querySelector('[part~=link]')));
}

describe('batching on WordPress', () => {
  it('twenty <article-card article=ID> in one <news-source api>: one posts request, every card with its title', async () => {
    const ids = data.articles.map((a) => a.id);
    const twenty = Array.from({ length: 20 }, (_, i) => ids[i % ids.length]); // all 14 stories, 6 of them twice
    expect(postsRequests()).to.deep.equal([]);
    const source = await fixture(html`<news-source api=${REST}>
      ${twenty.map((id) => html`<article-card article=${post(id)}></article-card>`)}
    </news-source>`);
    const cards = [...source.querySelectorAll<ArticleCard>('article-card')];
    expect(cards).to.have.length(20);
    const titles = await rendered(cards);
    expect(titles).to.deep.equal(twenty.map((id) => texturized(data.articles.find((a) => a.id == id)!.title)));
    // Resource timing lists every fetch the page made (cross-origin ones too).
    const requests = postsRequests();
    expect(requests, requests.join('\n')).to.have.length(1);
    const include = new URL(requests[0]).searchParams.get('include')!.split(',');
    expect([...include].sort()).to.deep.equal([...new Set(twenty.map(post))].sort());
  });

  it('ids and slugs mixed: one request for the ids, one for the slugs (a client with a counting fetch)', async () => {
    const counted = countingClient();
    const byId = data.articles.slice(0, 10).map((a) => post(a.id));
    const bySlug = data.articles.slice(10).map((a) => a.slug);
    const source = await fixture(html`<news-source .client=${counted.client}>
      ${[...byId, ...bySlug].map((k) => html`<article-card article=${k}></article-card>`)}
    </news-source>`);
    const titles = await rendered([...source.querySelectorAll<ArticleCard>('article-card')]);
    expect(titles).to.deep.equal(data.articles.map((a) => texturized(a.title)));
    const requests = to(counted.requests, '/wp/v2/posts');
    expect(requests, requests.join('\n')).to.have.length(2);
    const params = requests.map((r) => new URL(r.split(' ')[1]).searchParams);
    expect(params.map((p) => (p.has('include') ? 'include' : p.has('slug') ? 'slug' : '?')).sort()).to.deep.equal(['include', 'slug']);
    // Cached afterwards: the same cards again cost nothing.
    await fixture(html`<news-source .client=${counted.client}>${byId.map((k) => html`<article-card article=${k}></article-card>`)}</news-source>`);
    expect(to(counted.requests, '/wp/v2/posts')).to.have.length(2);
  });
});
