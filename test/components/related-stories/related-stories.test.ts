import { html, expect, aTimeout } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import '../../../src/components/related-stories/define.js';
import '../../../src/components/article-card/define.js';
import '../../../src/context/define.js';
import { RelatedStories } from '../../../src/components/related-stories/define.js';
import { ArticleCard } from '../../../src/components/article-card/define.js';
import { defineElement } from '../../../src/components/shared/define.js';
import { createClient, type NewsClient } from '../../../src/sdk/client.js';
import { BroadsheetError } from '../../../src/sdk/errors.js';
import { memory, type MemoryOptions } from '../../../src/sdk/sources/memory.js';
import { wordpress } from '../../../src/sdk/sources/wordpress.js';
import type { Article } from '../../../src/sdk/model.js';
import { demoDataset } from '../../../src/demo/dataset.js';
import { createFetchStub } from '../../support/fetch-stub.js';
import { loadWpFixture } from '../../support/wp-fixture.js';
import { mount, $, $$, box, isReady, layoutShift, part, picture, sr, story, text, watched, wpPost } from '../article-card/support.js';

const demoClient = (options: MemoryOptions = {}) => createClient({ source: memory(demoDataset, { name: 'demo-test', ...options }), retries: 0 });
const title = (id: string) => demoDataset.articles.find((a) => a.id === id)!.title;

async function inSource(client: NewsClient, content: unknown, width = 640) {
  const wrapper = await mount<HTMLElement>(
    html`<div style="inline-size:${width}px"><news-source .client=${client}>${content}</news-source></div>`,
  );
  return wrapper.querySelector<RelatedStories>('related-stories')!;
}
const cards = (el: Element) => $$<ArticleCard>(el, 'li > *');
const headlines = (el: Element) => cards(el).map((c) => text(c, 'headline'));
const ready = async (el: RelatedStories) => {
  await isReady(el, 'the list');
  await Promise.all(cards(el).map((c) => c.updateComplete));
};

describe('<related-stories>', () => {
  describe('content', () => {
    it('ranks the demo’s related stories for the reference article: shared section/tags, then recency', async () => {
      const el = await inSource(demoClient(), html`<related-stories article="101" limit="5"></related-stories>`);
      await ready(el);
      // 104 shares the section and three tags; 103 and 106 two tags (103 is newer); 102 and 105 one tag (102 is newer).
      expect(headlines(el)).to.deep.equal(['104', '103', '106', '102', '105'].map(title));
      expect(text(el, 'heading')).to.equal('Related stories');
    });

    it('limit defaults to 4 and is respected, while loading and when ready', async () => {
      const el = await inSource(demoClient({ latencyMs: 100 }), html`<related-stories article="101"></related-stories>`);
      expect(cards(el), 'four skeletons').to.have.length(4);
      expect(cards(el).every((c) => c.status === 'loading')).to.be.true;
      await ready(el);
      expect(headlines(el)).to.deep.equal(['104', '103', '106', '102'].map(title));

      el.limit = 2;
      await ready(el);
      await waitUntil(() => cards(el).length === 2 && el.status === 'ready', 'limit 2 did not apply');
      expect(headlines(el)).to.deep.equal(['104', '103'].map(title));

      el.data = demoDataset.articles.slice(0, 5);
      await el.updateComplete;
      expect(cards(el), '.data is cut to the limit too').to.have.length(2);
    });

    it('mode="latest" shows the newest stories without the current article (by id or by slug)', async () => {
      const el = await inSource(demoClient(), html`<related-stories mode="latest" article="101"></related-stories>`);
      await ready(el);
      expect(text(el, 'heading')).to.equal('Latest stories');
      // 101 (May 26) would be fourth newest; it is left out.
      expect(headlines(el)).to.deep.equal(['107', '109', '108', '110'].map(title));

      el.article = 'russias-china-dilemma-is-moscow-losing-its-independence';
      await waitUntil(() => el.status === 'ready' && cards(el).length === 4, 'did not reload', { timeout: 5000 });
      await ready(el);
      expect(headlines(el)).to.deep.equal(['107', '109', '108', '110'].map(title));

      el.article = undefined;
      await waitUntil(() => el.status === 'ready' && headlines(el).includes(title('101')), 'without article, 101 is among the latest', { timeout: 5000 });
    });

    it('each card gets its story as .data: the cards make no requests of their own (WordPress)', async () => {
      const fx = await loadWpFixture();
      const stub = createFetchStub().on(/^GET \/wp-json\/wp\/v2\/posts/, (req) => {
        const q = req.url.searchParams;
        const ids = q.get('include') ? q.get('include')!.split(',').map(Number) : [12, 11, 10];
        return { json: ids.map((id) => wpPost(fx, id)), headers: { 'X-WP-Total': String(ids.length), 'X-WP-TotalPages': '1' } };
      });
      const client = createClient({ source: wordpress('http://wp.test/wp-json'), fetch: stub.fetch, retries: 0 });
      const el = await inSource(client, html`<related-stories article="1" limit="3"></related-stories>`);
      await ready(el);
      const paths = stub.requests.map((r) => `${r.url.pathname}?${r.url.searchParams.get('include') ? 'include' : r.url.searchParams.get('categories') ? 'categories' : ''}`);
      expect(paths, 'the article, then its related candidates; nothing per card').to.deep.equal(['/wp-json/wp/v2/posts?include', '/wp-json/wp/v2/posts?categories']);
      // Equal scores and dates: the smaller id first (the SDK's total order).
      expect(headlines(el)).to.deep.equal(['Post 10 – it’s here', 'Post 11 – it’s here', 'Post 12 – it’s here']);
      expect(cards(el).every((c) => c.data !== undefined && !c.hasAttribute('article'))).to.be.true;
    });

    it('.data works with no client at all', async () => {
      const el = await mount<RelatedStories>(html`<related-stories .data=${[story('1'), story('2')]}></related-stories>`);
      await ready(el);
      expect(headlines(el)).to.deep.equal(['Story 1', 'Story 2']);
    });

    it('heading: overridable text, labels, and heading-level (the cards sit one level below)', async () => {
      const el = await mount<RelatedStories>(html`<related-stories heading="More on this" heading-level="3" .data=${[story('1')]}></related-stories>`);
      await ready(el);
      expect(text(el, 'heading')).to.equal('More on this');
      expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('3');
      expect(part(cards(el)[0], 'headline')!.getAttribute('aria-level')).to.equal('4');

      const fr = await mount<RelatedStories>(html`<related-stories .labels=${{ related: 'À lire aussi' }} .data=${[story('1')]}></related-stories>`);
      expect(text(fr, 'heading')).to.equal('À lire aussi');
    });

    it('the list is a region labelled by its heading', async () => {
      const el = await mount<RelatedStories>(html`<related-stories .data=${[story('1')]}></related-stories>`);
      const region = part(el, 'region')!;
      expect(region.localName).to.equal('section');
      expect($(el, `#${region.getAttribute('aria-labelledby')}`)).to.equal(part(el, 'heading'));
      expect(part(el, 'list')!.localName).to.equal('ul');
    });

    it('passes its language to the cards (dates in French)', async () => {
      const wrapper = await mount<HTMLElement>(html`<div lang="fr"><related-stories .data=${[story('1')]}></related-stories></div>`);
      const el = wrapper.querySelector('related-stories')!;
      await ready(el);
      expect($(cards(el)[0], 'time')!.textContent).to.equal('26 mai 2024');
    });
  });

  describe('layout', () => {
    it('list: one column of compact cards; grid: several columns of stacked cards', async () => {
      const data = demoDataset.articles.slice(1, 5);
      const list = await mount<RelatedStories>(html`<related-stories style="inline-size:900px" .data=${data}></related-stories>`);
      await ready(list);
      expect(cards(list).map((c) => c.variant)).to.deep.equal(['compact', 'compact', 'compact', 'compact']);
      expect(getComputedStyle(part(list, 'list')!).gridTemplateColumns.split(' ')).to.have.length(1);
      expect(part(cards(list)[0], 'image'), 'compact cards have no pictures').to.be.null;

      const grid = await mount<RelatedStories>(html`<related-stories layout="grid" style="inline-size:900px" .data=${data}></related-stories>`);
      await ready(grid);
      expect(cards(grid).map((c) => c.variant)).to.deep.equal(['stacked', 'stacked', 'stacked', 'stacked']);
      const columns = getComputedStyle(part(grid, 'list')!).gridTemplateColumns.split(' ');
      expect(columns.length, 'several columns at 900px').to.be.greaterThan(1);
      const [a, b] = cards(grid).map((c) => c.getBoundingClientRect());
      expect(a.top, 'the first two cards side by side').to.equal(b.top);
      expect(await picture(cards(grid)[0])).to.exist;

      const horizontal = await mount<RelatedStories>(html`<related-stories variant="horizontal" .data=${data}></related-stories>`);
      await ready(horizontal);
      expect(cards(horizontal)[0].variant, 'variant overrides the default').to.equal('horizontal');
    });

    for (const layout of ['list', 'grid']) {
      it(`${layout}: the skeletons have the final size, so nothing moves when the stories arrive`, async () => {
        const wrapper = await mount<HTMLElement>(html`<div style="inline-size:720px">
          <news-source .client=${demoClient({ latencyMs: 200 })}><related-stories article="101" layout=${layout}></related-stories></news-source>
          <p id="below">Below</p>
        </div>`);
        const el = wrapper.querySelector('related-stories')!;
        const below = wrapper.querySelector('#below')!;
        await Promise.all(cards(el).map((c) => c.updateComplete));
        const before = box(el);
        const belowTop = below.getBoundingClientRect().top;
        const shift = await layoutShift(() => ready(el));
        // Within half a pixel: before the first frame a card's text box has its reserved height
        // (exact), once rendered its rows' heights snap to layout units (1/64 px each).
        expect(box(el).w).to.equal(before.w);
        expect(box(el).h).to.be.closeTo(before.h, 0.5);
        expect(below.getBoundingClientRect().top).to.be.closeTo(belowTop, 0.5);
        if (shift !== undefined) expect(shift).to.be.lessThan(0.001);
      });
    }
  });

  describe('states', () => {
    it('is axe-clean loading, ready, empty and in error, in both layouts', async () => {
      for (const layout of ['list', 'grid']) {
        const loading = await inSource(demoClient({ simulate: () => 'hang' }), html`<related-stories article="101" layout=${layout}></related-stories>`);
        expect(part(loading, 'region')!.getAttribute('aria-busy')).to.equal('true');
        await expect(loading).to.be.accessible();

        const ok = await inSource(demoClient(), html`<related-stories article="101" layout=${layout}></related-stories>`);
        await ready(ok);
        expect(part(ok, 'region')!.getAttribute('aria-busy')).to.equal('false');
        await expect(ok).to.be.accessible();

        const failing = await inSource(demoClient({ simulate: () => new BroadsheetError('network', 'Offline') }), html`<related-stories article="101" layout=${layout}></related-stories>`);
        await waitUntil(() => failing.status === 'error', 'did not fail', { timeout: 5000 });
        await expect(failing).to.be.accessible();

        const empty = await mount<RelatedStories>(html`<related-stories layout=${layout} .data=${[]}></related-stories>`);
        await expect(empty).to.be.accessible();
      }
    });

    it('nothing to show: renders nothing, taking no space', async () => {
      const client = createClient({ source: memory({ articles: [story('1')], authors: [] }), retries: 0 });
      const el = await inSource(client, html`<related-stories article="1"></related-stories>`);
      await waitUntil(() => el.status === 'empty', 'did not become empty', { timeout: 5000 });
      expect(sr(el).children, 'no heading over an empty list').to.have.length(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('error → retry → ready', async () => {
      let fail = true;
      const client = demoClient({ simulate: () => (fail ? new BroadsheetError('network', 'Offline') : undefined) });
      const el = await inSource(client, html`<related-stories article="101"></related-stories>`);
      await waitUntil(() => el.status === 'error', 'did not fail', { timeout: 5000 });
      expect(text(el, 'error')).to.contain('Check your connection');
      fail = false;
      part<HTMLButtonElement>(el, 'retry')!.click();
      await ready(el);
      expect(headlines(el)).to.have.length(4);
    });

    it('changing article aborts the old request and never shows the old list', async () => {
      const { source, calls } = watched(memory(demoDataset, { latencyMs: 150 }));
      const el = await inSource(createClient({ source, retries: 0 }), html`<related-stories article="101"></related-stories>`);
      const seen = new Set<string>();
      const timer = setInterval(() => headlines(el).forEach((h) => h && seen.add(h)), 5);
      await aTimeout(20);
      el.article = '107';
      await waitUntil(() => el.status === 'ready', 'did not load', { timeout: 5000 });
      await aTimeout(300);
      clearInterval(timer);
      expect(calls[0].keys).to.deep.equal(['101']);
      expect(calls[0].aborted, 'the old request was aborted').to.be.true;
      expect([...seen], 'the old list (for 101) never showed').not.to.include(title('104'));
      expect(headlines(el)).not.to.include(title('107'));
    });

    it('registering the tag twice does not throw', () => {
      expect(() => defineElement('related-stories', RelatedStories)).not.to.throw();
    });
  });

  describe('safety', () => {
    it('renders hostile titles as text and drops javascript: links', async () => {
      const hostile = story('1', { title: '<img src=x onerror="window.__pwned2=1">', url: 'javascript:alert(1)' });
      const el = await mount<RelatedStories>(html`<related-stories heading="<b>x</b>" .data=${[hostile] as Article[]}></related-stories>`);
      await ready(el);
      expect(text(el, 'heading')).to.equal('<b>x</b>');
      const c = cards(el)[0];
      expect(text(c, 'headline')).to.equal('<img src=x onerror="window.__pwned2=1">');
      expect($(c, '[part="link"]')!.hasAttribute('href')).to.be.false;
      expect($(c, '[part~="headline"] img')).to.be.null;
      expect((window as any).__pwned2).to.be.undefined;
    });
  });
});
