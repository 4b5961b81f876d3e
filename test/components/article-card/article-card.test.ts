import { html, expect, aTimeout } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/article-card/define.js';
import '../../../src/context/define.js';
import { ArticleCard } from '../../../src/components/article-card/define.js';
import { defineElement } from '../../../src/components/shared/define.js';
import { registerLabels } from '../../../src/components/shared/i18n.js';
import { createClient, type NewsClient } from '../../../src/sdk/client.js';
import { BroadsheetError } from '../../../src/sdk/errors.js';
import { memory, type MemoryOptions } from '../../../src/sdk/sources/memory.js';
import { wordpress } from '../../../src/sdk/sources/wordpress.js';
import type { Article } from '../../../src/sdk/model.js';
import { createFetchStub } from '../../support/fetch-stub.js';
import { loadWpFixture } from '../../support/wp-fixture.js';
import { demoDataset } from '../../../src/demo/dataset.js';
import { mount, $, $$, box, isReady, layoutShift, part, picture, sr, story, text, watched, wpPost } from './support.js';

const VARIANTS = ['stacked', 'horizontal', 'compact', 'hero'] as const;

const memClient = (articles: Article[], options: MemoryOptions = {}) =>
  createClient({ source: memory({ articles, authors: [] }, options), retries: 0 });

/** A `<news-source>` with `client`, holding `content`, in a box `width` wide. */
async function inSource(client: NewsClient, content: unknown, width = 480) {
  const wrapper = await mount<HTMLElement>(
    html`<div style="inline-size:${width}px"><news-source .client=${client}>${content}</news-source></div>`,
  );
  return wrapper.querySelector('article-card')!;
}
const card = (article: Article, variant = 'stacked') =>
  mount<ArticleCard>(html`<article-card .data=${article} variant=${variant} style="inline-size:480px"></article-card>`);
const link = (el: Element) => $<HTMLAnchorElement>(el, '[part="link"]')!;

const russia = () => demoDataset.articles.find((a) => a.title.startsWith('Russia'))!;

describe('<article-card>', () => {
  describe('content', () => {
    it('shows a demo story given as .data: section, headline, excerpt, author, date, reading time, linked as one <a>', async () => {
      const a = russia();
      const el = await card(a);
      expect(text(el, 'headline'), 'headline').to.equal(a.title);
      expect(text(el, 'excerpt'), 'excerpt').to.equal(a.excerpt);
      expect(text(el, 'section'), 'primary section').to.equal(a.sections[0].name);
      expect(text(el, 'meta'), 'meta line').to.contain(a.authors[0].name);
      const time = $<HTMLTimeElement>(el, 'time')!;
      expect(time.dateTime, 'machine-readable date').to.equal(a.publishedAt);
      expect(time.textContent, 'readable date').to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(a.publishedAt)));
      if (a.readingTimeMinutes) expect(text(el, 'meta'), 'reading time').to.contain(`${a.readingTimeMinutes} min read`);
      const links = $$(el, 'a');
      expect(links, 'exactly one link for keyboards and assistive technology').to.have.length(1);
      expect(links[0].getAttribute('href')).to.equal(a.url);
      expect(part(el, 'headline')!.contains(links[0]), 'the link is the headline').to.be.true;
      expect(links[0].textContent!.trim(), 'named by the headline').to.equal(a.title);
      expect(part(el, 'headline')!.getAttribute('role')).to.equal('heading');
      expect(part(el, 'headline')!.getAttribute('aria-level'), 'default heading level').to.equal('3');
    });

    it('loads demo stories by id and by slug through <news-source source="demo">', async () => {
      const wrapper = await mount<HTMLElement>(html`<div style="inline-size:480px">
        <news-source source="demo">
          <article-card article="101"></article-card>
          <article-card article="exploring-human-infant-interactions-with-babyx" variant="compact"></article-card>
        </news-source>
      </div>`);
      const [byId, bySlug] = [...wrapper.querySelectorAll('article-card')];
      await Promise.all([isReady(byId), isReady(bySlug)]);
      expect(text(byId, 'headline')).to.equal("Russia's China Dilemma: Is Moscow Losing Its Independence?");
      expect(text(byId, 'meta')).to.contain('Saeed Minhas').and.contain('May 26, 2024').and.contain('3 min read');
      expect((await picture(byId)).alt).to.contain('crimson disc');
      expect(text(bySlug, 'headline')).to.equal('Exploring Human-Infant Interactions with BabyX');
      expect(text(bySlug, 'excerpt')).to.match(/^In a groundbreaking initiative, developmental psychology researchers at the/);
    });

    it('sizes its picture and lets the browser pick a rendition: width/height, srcset, sizes, lazy, async', async () => {
      const a = story('9');
      const el = await card(a);
      const img = await picture(el);
      expect(img.getAttribute('src')).to.equal(a.image!.src);
      expect(img.getAttribute('width')).to.equal('1200');
      expect(img.getAttribute('height')).to.equal('675');
      expect(img.getAttribute('srcset')).to.equal(
        'https://journal.example/img/9-400.jpg 400w, https://journal.example/img/9-800.jpg 800w, https://journal.example/img/9-1200.jpg 1200w',
      );
      expect(img.getAttribute('sizes'), 'a default for the stacked variant').to.be.a('string').and.not.empty;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.hasAttribute('fetchpriority')).to.be.false;
      const media = part(el, 'media')!.getBoundingClientRect();
      expect(media.width / media.height, 'a 16:9 box').to.be.closeTo(16 / 9, 0.02);

      el.sizes = '200px';
      await el.updateComplete;
      expect(img.getAttribute('sizes'), 'the sizes attribute wins').to.equal('200px');
    });

    it('hero loads its picture eagerly with high priority; compact shows no picture at all', async () => {
      const hero = await card(story('1'), 'hero');
      expect(part(hero, 'image')!.getAttribute('loading')).to.equal('eager');
      expect(part(hero, 'image')!.getAttribute('fetchpriority')).to.equal('high');
      const compact = await card(story('1'), 'compact');
      expect(part(compact, 'media'), 'compact is text only').to.be.null;
      expect(text(compact, 'headline')).to.equal('Story 1');
    });

    it('makes no <img> while offscreen: the picture is set up when its box comes near the viewport', async () => {
      const wrapper = await mount<HTMLElement>(html`<div>
        <div style="block-size:6000px"></div>
        <article-card .data=${story('5')} style="inline-size:480px"></article-card>
      </div>`);
      const el = wrapper.querySelector('article-card')!;
      for (let i = 0; i < 5; i++) await new Promise(requestAnimationFrame);
      expect(text(el, 'headline'), 'the text is there').to.equal('Story 5');
      expect(part(el, 'image'), 'no picture far below the viewport').to.be.null;
      expect(part(el, 'media')!.getBoundingClientRect().height, 'its box is reserved').to.be.greaterThan(200);
      el.scrollIntoView();
      expect((await picture(el)).getAttribute('src')).to.equal(story('5').image!.src);
      wrapper.remove();
      scrollTo(0, 0);
    });

    it('is one block link: a click on the picture, headline, excerpt or meta lands on a link to the story', async () => {
      const a = story('4');
      const el = await card(a);
      await picture(el);
      for (const name of ['media', 'section', 'headline', 'excerpt', 'meta']) {
        const r = part(el, name)!.getBoundingClientRect();
        const hit = sr(el).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        expect(hit?.closest('a')?.href, `a click on the ${name}`).to.equal(a.url);
      }
      expect($$(el, 'a').length, 'through one link: one tab stop, one link for screen readers').to.equal(1);
    });

    it('draws the focus ring round the whole card when its link has keyboard focus', async () => {
      const el = await card(story('4'));
      expect(getComputedStyle(part(el, 'card')!).outlineStyle).to.equal('none');
      link(el).focus({ focusVisible: true } as FocusOptions);
      await sendKeys({ press: 'Shift' }); // a keyboard event, so the focus counts as :focus-visible
      expect(sr(el).activeElement).to.equal(link(el));
      expect(getComputedStyle(part(el, 'card')!).outlineStyle, 'the ring is on the card').to.equal('solid');
    });

    it('a card given .data asks no <news-source> for a client', async () => {
      let asked = 0;
      const count = () => asked++;
      document.addEventListener('context-request', count);
      try {
        await card(story('1'));
        expect(asked).to.equal(0);
        await mount(html`<article-card article="1"></article-card>`);
        expect(asked, 'a card loading by id does ask').to.equal(1);
      } finally {
        document.removeEventListener('context-request', count);
      }
    });

    it('heading-level sets the headline level; out-of-range values are clamped', async () => {
      const el = await mount<ArticleCard>(html`<article-card .data=${story('1')} heading-level="2"></article-card>`);
      expect(part(el, 'headline')!.getAttribute('aria-level')).to.equal('2');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(part(el, 'headline')!.getAttribute('aria-level')).to.equal('6');
    });

    it('hide leaves parts out, in the skeleton too', async () => {
      const el = await mount<ArticleCard>(html`<article-card .data=${story('1')} hide="image excerpt reading-time"></article-card>`);
      expect(part(el, 'image')).to.be.null;
      expect(part(el, 'excerpt')).to.be.null;
      expect(text(el, 'meta')).not.to.contain('read');
      expect(text(el, 'meta')).to.contain('Saeed Minhas');
      el.data = undefined;
      await el.updateComplete;
      expect(part(el, 'skeleton'), 'loading again').to.exist;
      expect(part(el, 'media'), 'no picture box reserved when the picture is hidden').to.be.null;
    });

    it('a hidden part of the meta line leaves no text behind, for find-in-page or copying', async () => {
      const el = await mount<ArticleCard>(html`<article-card .data=${story('1')} hide="author date"></article-card>`);
      expect(part(el, 'meta')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('5 min read');
      el.hide = 'date reading-time';
      await el.updateComplete;
      expect(part(el, 'meta')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Saeed Minhas');
    });

    it('lists several authors in the reader’s language', async () => {
      const authors = ['Saeed Minhas', 'Farah Qadri'].map((name, i) => ({ id: `${i}`, slug: `a${i}`, name, url: 'https://journal.example/a/', bio: '' }));
      const el = await mount<ArticleCard>(html`<article-card lang="fr" .data=${story('1', { authors })}></article-card>`);
      expect(text(el, 'meta')).to.contain('Saeed Minhas et Farah Qadri');
    });

    it('a story without a picture gets no empty picture box; the loading skeleton reserves one', async () => {
      const el = await card(story('1', { image: undefined }));
      expect(part(el, 'media'), 'no picture box').to.be.null;
      expect(text(el, 'headline')).to.equal('Story 1');
      const loading = await mount<ArticleCard>(html`<article-card></article-card>`);
      expect(part(loading, 'media'), 'the skeleton reserves the common case').to.exist;
    });

    it('loads WordPress posts: twenty cards by id in one <news-source> make ONE posts request with include=', async () => {
      const fx = await loadWpFixture();
      const stub = createFetchStub().on(/^GET \/wp-json\/wp\/v2\/posts/, (req) => {
        const ids = req.url.searchParams.get('include')!.split(',').map(Number);
        return { json: ids.map((id) => wpPost(fx, id)), headers: { 'X-WP-Total': String(ids.length), 'X-WP-TotalPages': '1' } };
      });
      const client = createClient({ source: wordpress('http://wp.test/wp-json'), fetch: stub.fetch });
      const ids = Array.from({ length: 20 }, (_, i) => i + 1);
      const wrapper = await mount<HTMLElement>(html`<div style="inline-size:480px">
        <news-source .client=${client}>${ids.map((id) => html`<article-card article=${id}></article-card>`)}</news-source>
      </div>`);
      const cards = [...wrapper.querySelectorAll('article-card')];
      await Promise.all(cards.map((c) => isReady(c, `card ${c.article}`)));

      expect(stub.requests, 'one request for twenty cards').to.have.length(1);
      const url = stub.requests[0].url;
      expect(url.pathname).to.equal('/wp-json/wp/v2/posts');
      expect(url.searchParams.get('include')?.split(',').map(Number).sort((a, b) => a - b)).to.deep.equal(ids);
      const seventh = cards[6];
      expect(text(seventh, 'headline'), 'entities decoded, as text').to.equal('Post 7 – it’s here');
      expect(text(seventh, 'excerpt')).to.equal('Excerpt of post 7 […]');
      expect(text(seventh, 'section')).to.equal('Politics & Power');
      expect(link(seventh).getAttribute('href')).to.equal('http://wp.test/7/post-7/');
      seventh.scrollIntoView(); // offscreen cards make their <img> when it comes into view
      const img = await picture(seventh);
      expect(img.alt).to.equal('Picture & caption 7');
      expect(img.getAttribute('width')).to.equal('1600');
      expect(img.getAttribute('srcset'), 'the 16:9 sizes, not the square thumbnail').to.equal(
        'http://wp.test/wp-content/uploads/7-300x169.jpg 300w, http://wp.test/wp-content/uploads/7-1024x576.jpg 1024w, http://wp.test/wp-content/uploads/7.jpg 1600w',
      );
      expect($(seventh, 'time')!.getAttribute('datetime')).to.equal('2024-05-26T09:30:00Z');
    });

    it('resolves a slug through the card’s own api attribute', async () => {
      const fx = await loadWpFixture();
      const stub = createFetchStub().on(/^GET \/own\/wp-json\/wp\/v2\/posts/, (req) => ({
        json: [{ ...wpPost(fx, 5), slug: req.url.searchParams.get('slug') }],
      }));
      const realFetch = window.fetch;
      window.fetch = stub.fetch;
      try {
        const el = await mount<ArticleCard>(html`<article-card api="http://wp.test/own/wp-json" article="my-slug"></article-card>`);
        await isReady(el);
        expect(text(el, 'headline')).to.equal('Post 5 – it’s here');
        expect(stub.requests[0].url.searchParams.get('slug')).to.equal('my-slug');
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  describe('moved in the page (a keyed list reordered)', () => {
    it('with its own api, moved while loading: loads again and shows its story', async () => {
      const fx = await loadWpFixture();
      const stub = createFetchStub().on(/^GET \/moved\/wp-json\/wp\/v2\/posts/, (_, nth) => (nth == 0 ? 'hang' : { json: [wpPost(fx, 5)] }));
      const realFetch = window.fetch;
      window.fetch = stub.fetch;
      try {
        const api = `http://wp-${Math.random().toString(36).slice(2, 8)}.test/moved/wp-json`;
        const wrapper = await mount<HTMLElement>(html`<div><article-card api=${api} article="5"></article-card><p></p></div>`);
        const el = wrapper.querySelector('article-card')!;
        await waitUntil(() => stub.requests.length == 1, 'no request');
        wrapper.append(el); // a move: disconnected, then connected again
        await isReady(el);
        expect(text(el, 'headline')).to.equal('Post 5 – it’s here');
        expect(stub.requests).to.have.length(2);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('moved once loaded: keeps its story, with no skeleton and no request', async () => {
      const { source, calls } = watched(memory({ articles: [story('1')], authors: [] }));
      const el = await inSource(createClient({ source, retries: 0 }), html`<article-card article="1"></article-card>`);
      await isReady(el);
      const skeletons: Node[] = [];
      const observer = new MutationObserver((records) =>
        records.forEach((r) => r.addedNodes.forEach((n) => n instanceof Element && n.matches('[part~=skeleton]') && skeletons.push(n))),
      );
      observer.observe(sr(el), { childList: true, subtree: true });
      el.parentElement!.append(document.createElement('p'), el);
      await el.updateComplete;
      await aTimeout(30);
      observer.disconnect();
      expect(el.status).to.equal('ready');
      expect(skeletons, 'never rebuilt through its skeleton').to.have.length(0);
      expect(calls).to.have.length(1);
    });
  });

  describe('accessibility (axe) in every variant and state', () => {
    for (const variant of VARIANTS) {
      it(`${variant}: loading, ready and error are axe-clean`, async () => {
        const hang = await inSource(memClient([story('1')], { simulate: () => 'hang' }), html`<article-card article="1" variant=${variant}></article-card>`);
        expect(hang.status).to.equal('loading');
        expect(part(hang, 'skeleton')!.getAttribute('aria-busy')).to.equal('true');
        expect(text(hang, 'skeleton'), 'screen readers hear that it is loading').to.equal('Loading…');
        await expect(hang).to.be.accessible();

        const ready = await card(story('1'), variant);
        await expect(ready).to.be.accessible();

        const failing = await inSource(
          memClient([story('1')], { simulate: () => new BroadsheetError('http', 'Server error', { status: 500 }) }),
          html`<article-card article="1" variant=${variant}></article-card>`,
        );
        await waitUntil(() => failing.status === 'error', 'the card did not fail', { timeout: 5000 });
        expect(part(failing, 'error')!.getAttribute('role')).to.equal('alert');
        await expect(failing).to.be.accessible();
      });
    }
  });

  describe('on a dark page', () => {
    it('the error message and its retry button are readable with the default colours (axe: contrast)', async () => {
      const wrapper = await mount<HTMLElement>(html`<div style="color:#eee; background:#111; padding:1em">
        <news-source .client=${memClient([story('1')], { simulate: () => new BroadsheetError('http', 'Server error', { status: 500 }) })}>
          <article-card article="1"></article-card>
        </news-source>
      </div>`);
      const el = wrapper.querySelector('article-card')!;
      await waitUntil(() => el.status === 'error', 'the card did not fail', { timeout: 5000 });
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('retry by keyboard: focus stays on the card while it loads, and the next Tab is its link', async () => {
      let fail = true;
      const el = await inSource(
        memClient([story('1')], { simulate: () => (fail ? new BroadsheetError('http', 'Server error', { status: 500 }) : undefined), latencyMs: 30 }),
        html`<article-card article="1"></article-card>`,
      );
      await waitUntil(() => el.status === 'error', 'the card did not fail', { timeout: 5000 });
      fail = false;
      part<HTMLButtonElement>(el, 'retry')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement, 'not lost to the page while it loads').to.equal(el);
      await isReady(el);
      expect(document.activeElement, 'still on the card').to.equal(el);
      expect(el.hasAttribute('tabindex') && el.tabIndex, 'focusable by script only, not a tab stop').to.equal(-1);
      await sendKeys({ press: 'Tab' });
      expect(sr(el).activeElement, 'the next Tab is the story').to.equal(link(el));
    });

    it('retry keeps a tabindex the page set', async () => {
      const el = await inSource(
        memClient([story('1')], { simulate: () => new BroadsheetError('http', 'Server error', { status: 500 }) }),
        html`<article-card article="1" tabindex="0"></article-card>`,
      );
      await waitUntil(() => el.status === 'error', 'the card did not fail', { timeout: 5000 });
      part<HTMLButtonElement>(el, 'retry')!.click();
      expect(el.getAttribute('tabindex')).to.equal('0');
    });

    it('the card is one tab stop, named by its headline, and Enter follows the link', async () => {
      const a = story('1');
      const wrapper = await mount<HTMLElement>(html`<div>
        <button id="before">before</button>
        <article-card .data=${a}></article-card>
        <button id="after">after</button>
      </div>`);
      const el = wrapper.querySelector('article-card')!;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(document.activeElement, 'focus is on the card').to.equal(el);
      expect(sr(el).activeElement, 'on its link').to.equal(link(el));
      expect(link(el).textContent!.trim(), 'named by its headline').to.equal('Story 1');

      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id, 'the next Tab leaves the card').to.equal('after');

      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(sr(el).activeElement).to.equal(link(el));
      // Catch the navigation so the test page stays.
      let anchor: HTMLAnchorElement | undefined;
      el.addEventListener(
        'click',
        (e) => {
          anchor = e.composedPath()[0] as HTMLAnchorElement;
          e.preventDefault();
        },
        { once: true },
      );
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => anchor, 'Enter did not activate anything');
      expect(anchor!.localName).to.equal('a');
      expect(anchor!.href, 'Enter activates the story link').to.equal(a.url);
    });
  });

  describe('states', () => {
    it('error → retry → ready: a failing first load, then the retry button loads the story', async () => {
      let calls = 0;
      const client = memClient([story('1')], {
        simulate: (op) => (op === 'getArticles' && calls++ === 0 ? new BroadsheetError('http', 'Server error', { status: 500 }) : undefined),
      });
      const el = await inSource(client, html`<article-card article="1"><a href="https://journal.example/1/">Story 1 (fallback)</a></article-card>`);
      await waitUntil(() => el.status === 'error', 'the first load did not fail', { timeout: 5000 });
      expect(text(el, 'error')).to.contain('This could not be loaded.');
      const slot = $<HTMLSlotElement>(el, 'slot')!;
      expect(slot.assignedElements()[0]?.textContent, 'the fallback link still shows under the error').to.equal('Story 1 (fallback)');

      part<HTMLButtonElement>(el, 'retry')!.click();
      await isReady(el);
      expect(text(el, 'headline')).to.equal('Story 1');
      expect(part(el, 'error')).to.be.null;
      expect(calls).to.equal(2);
    });

    it('a missing story says so, without a retry button', async () => {
      const el = await inSource(memClient([story('1')]), html`<article-card article="404"></article-card>`);
      await waitUntil(() => el.status === 'error', 'did not fail', { timeout: 5000 });
      expect(text(el, 'error')).to.equal('This is no longer available.');
      expect(part(el, 'retry')).to.be.null;
    });

    it('an error from another copy of Broadsheet is read by its code: "no longer available", no retry', async () => {
      // What the CDN embed's client throws to an app's own elements: its own BroadsheetError class.
      const foreign = Object.assign(new Error('No article "1"'), { name: 'BroadsheetError', code: 'not-found' });
      const base = memClient([story('1')]);
      const other: NewsClient = { ...base, articles: { ...base.articles, get: () => Promise.reject(foreign) } };
      const el = await inSource(other, html`<article-card article="1"></article-card>`);
      await waitUntil(() => el.status === 'error', 'did not fail', { timeout: 5000 });
      expect(text(el, 'error')).to.equal('This is no longer available.');
      expect(part(el, 'retry')).to.be.null;
    });

    it('changing article refetches, aborts the old request and never shows the old story', async () => {
      const slow = memory({ articles: [story('1'), story('2')], authors: [] }, { latencyMs: 150 });
      const { source, calls } = watched(slow);
      const client = createClient({ source, retries: 0 });
      const el = await inSource(client, html`<article-card article="1"></article-card>`);
      const seen: string[] = [];
      const observer = new MutationObserver(() => {
        const h = text(el, 'headline');
        if (h) seen.push(h);
      });
      observer.observe(sr(el), { subtree: true, childList: true, characterData: true });

      await aTimeout(20);
      el.article = '2';
      await isReady(el);
      await aTimeout(250); // long after story 1 would have arrived
      observer.disconnect();

      expect(calls.map((c) => c.keys.join())).to.deep.equal(['1', '2']);
      expect(calls[0].aborted, 'the request for story 1 was aborted').to.be.true;
      expect(calls[1].aborted).to.be.false;
      expect(text(el, 'headline')).to.equal('Story 2');
      expect(seen, 'story 1 never showed').not.to.include('Story 1');
    });

    it('the light-DOM link shows before the element upgrades, and the card replaces it after', async () => {
      const wrapper = await mount<HTMLElement>(html`<div>
        <late-card article="1"><a href="https://journal.example/1/story-1/">Story 1</a></late-card>
      </div>`);
      const el = wrapper.querySelector('late-card')!;
      const fallback = el.querySelector('a')!;
      expect(fallback.getClientRects().length, 'the plain link is visible before upgrade').to.be.greaterThan(0);

      customElements.define('late-card', class extends ArticleCard {});
      (el as ArticleCard).data = story('1');
      await (el as ArticleCard).updateComplete;
      expect(fallback.getClientRects().length, 'the light DOM is no longer rendered').to.equal(0);
      expect(text(el, 'headline')).to.equal('Story 1');
    });

    it('registering the tag a second time does not throw', () => {
      expect(() => defineElement('article-card', ArticleCard)).not.to.throw();
      expect(() => defineElement('article-card', class extends ArticleCard {})).not.to.throw();
      expect(customElements.get('article-card')).to.equal(ArticleCard);
    });
  });

  describe('layout', () => {
    for (const variant of VARIANTS) {
      it(`${variant}: nothing moves when the data arrives late (same box, layout shift ≈ 0)`, async () => {
        const client = memClient([story('1')], { latencyMs: 200 });
        const wrapper = await mount<HTMLElement>(html`<div style="inline-size:480px">
          <news-source .client=${client}><article-card article="1" variant=${variant}></article-card></news-source>
          <p id="below">Text below the card</p>
        </div>`);
        const el = wrapper.querySelector('article-card')!;
        const below = wrapper.querySelector('#below')!;
        expect(el.status).to.equal('loading');
        const before = box(el);
        const belowTop = below.getBoundingClientRect().top;
        const shift = await layoutShift(() => isReady(el));
        expect(box(el), 'the card keeps the skeleton’s size').to.deep.equal(before);
        expect(below.getBoundingClientRect().top, 'what follows the card does not move').to.be.closeTo(belowTop, 0.5);
        if (shift !== undefined) expect(shift, 'cumulative layout shift').to.be.lessThan(0.001);
      });
    }

    it('nothing moves when the data and then the picture arrive (a real demo picture, hero: eager)', async () => {
      const client = createClient({ source: memory(demoDataset, { latencyMs: 150 }), retries: 0 });
      const wrapper = await mount<HTMLElement>(html`<div style="inline-size:480px">
        <news-source .client=${client}><article-card article="101" variant="hero"></article-card></news-source>
      </div>`);
      const el = wrapper.querySelector('article-card')!;
      const before = box(el);
      const shift = await layoutShift(async () => {
        await isReady(el);
        const img = await picture(el);
        await waitUntil(() => img.complete && img.naturalWidth > 0, 'the picture did not load', { timeout: 5000 });
      });
      expect(box(el)).to.deep.equal(before);
      if (shift !== undefined) expect(shift).to.be.lessThan(0.001);
    });

    // Offscreen, what is inside the card's padding is skipped and sized by its reserved height
    // alone: if that differs from its rendered height, cards move as the reader scrolls them
    // into view. (`visible` and `hidden` force each state: a fresh `auto` box may not have been
    // rendered yet.) Two widths: in the horizontal variant the text is the taller in a narrow
    // column, the picture in a wide one.
    for (const variant of VARIANTS) {
      for (const hide of ['', 'section', 'excerpt', 'author date reading-time', 'section excerpt author date reading-time']) {
        it(`${variant}${hide ? `, hide="${hide}"` : ''}: the card reserved while skipped is as tall as the rendered one, at 320 and 1200 px`, async () => {
          for (const width of [320, 1200]) {
            const wrapper = await mount<HTMLElement>(html`<div style="inline-size:${width}px">
              <article-card variant=${variant} hide=${hide} .data=${story('1')} style="--bs-card-visibility: visible"></article-card>
              <article-card variant=${variant} hide=${hide} .data=${story('1')} style="--bs-card-visibility: hidden"></article-card>
              <article-card variant=${variant} hide=${hide} style="--bs-card-visibility: visible"></article-card>
              <article-card variant=${variant} hide=${hide} style="--bs-card-visibility: hidden"></article-card>
            </div>`);
            const [shown, skipped, skeleton, skippedSkeleton] = [...wrapper.querySelectorAll('article-card')];
            const h = (el: Element) => Math.round(el.getBoundingClientRect().height * 10) / 10;
            expect(h(shown), `${width}px: rendered`).to.be.greaterThan(20);
            expect(h(skipped), `${width}px: reserved while skipped`).to.equal(h(shown));
            expect(h(skeleton), `${width}px: loading skeleton`).to.equal(h(shown));
            expect(h(skippedSkeleton), `${width}px: loading skeleton, skipped`).to.equal(h(shown));
          }
        });
      }
    }

    it('the reserved size holds with a padded card, a picture-less story and a wider picture column', async () => {
      const wrapper = await mount<HTMLElement>(html`<div style="inline-size:700px; --bs-card-padding: 1em 2.5em 0.5em; --bs-card-media-size: 12em">
        ${['stacked', 'horizontal', 'hero'].map(
          (variant) => html`
            <article-card variant=${variant} .data=${story('1')} style="--bs-card-visibility: visible"></article-card>
            <article-card variant=${variant} .data=${story('1')} style="--bs-card-visibility: hidden"></article-card>
            <article-card variant=${variant} .data=${story('2', { image: undefined })} style="--bs-card-visibility: visible"></article-card>
            <article-card variant=${variant} .data=${story('2', { image: undefined })} style="--bs-card-visibility: hidden"></article-card>
          `,
        )}
      </div>`);
      const cards = [...wrapper.querySelectorAll('article-card')];
      const h = (el: Element) => Math.round(el.getBoundingClientRect().height * 10) / 10;
      for (let i = 0; i < cards.length; i += 2) {
        const what = `${cards[i].getAttribute('variant') ?? 'stacked'}, ${i % 4 ? 'no picture' : 'picture'}`;
        expect(h(cards[i + 1]), `${what}: reserved while skipped`).to.equal(h(cards[i]));
      }
      const [withPicture, , without] = cards;
      expect(h(without), 'a story without a picture reserves no picture').to.be.lessThan(h(withPicture) - 100);
    });

    // The picture's room is the padding of the box that holds the picture and the text: the
    // picture must fill exactly that room, inside the card's own padding, and never cover text.
    for (const variant of ['stacked', 'horizontal', 'hero']) {
      it(`${variant}: the picture fills its room exactly, inside the card's padding, beside or above the text`, async () => {
        for (const [width, padding] of [
          [320, ''],
          [1200, ''],
          [700, '1em 2.5em 0.5em'],
        ] as const) {
          const el = await mount<ArticleCard>(
            html`<article-card variant=${variant} .data=${story('1')} style="inline-size:${width}px; --bs-card-padding:${padding || '0'}; --bs-card-visibility: visible"></article-card>`,
          );
          const em = parseFloat(getComputedStyle(el).fontSize);
          const pad = padding ? { top: 1 * em, side: 2.5 * em, bottom: 0.5 * em } : { top: 0, side: 0, bottom: 0 };
          const gap = 0.75 * em;
          const card = part(el, 'card')!.getBoundingClientRect();
          const media = part(el, 'media')!.getBoundingClientRect();
          const body = part(el, 'body')!.getBoundingClientRect();
          const at = `${width}px${padding ? ', padded' : ''}`;
          const near = (a: number, b: number, what: string) => expect(Math.abs(a - b), `${at}: ${what} (${a} vs ${b})`).to.be.below(0.6);
          near(media.top, card.top + pad.top, 'the picture starts at the top of the padded card');
          near(media.left, card.left + pad.side, 'at its inline start');
          near(media.height, (media.width * 9) / 16, 'the picture is 16:9');
          if (variant == 'horizontal') {
            near(media.width, 0.38 * (card.width - 2 * pad.side), 'the picture column is 38% wide');
            near(body.left, media.right + gap, 'the text is beside it');
            near(body.top, media.top, 'top-aligned with it');
            near(card.bottom - pad.bottom, Math.max(media.bottom, body.bottom), 'the taller of the two sets the height');
          } else {
            near(media.width, card.width - 2 * pad.side, 'the picture is as wide as the card');
            near(body.top, media.bottom + gap, 'the text is below it');
            near(card.bottom - pad.bottom, body.bottom, 'and ends the card');
          }
          el.remove();
        }
      });
    }

    for (const variant of ['stacked', 'horizontal']) {
      it(`${variant}: with --bs-card-visibility: visible, a card in view still makes its picture`, async () => {
        const wrapper = await mount<HTMLElement>(html`<div style="inline-size:480px">
          <article-card variant=${variant} .data=${story('1')} style="--bs-card-visibility: visible"></article-card>
        </div>`);
        const el = wrapper.querySelector('article-card')!;
        await waitUntil(() => part(el, 'image'), 'no <img> was made for a card in view', { timeout: 3000 });
        wrapper.remove();
      });
    }

    // The skeleton's hidden "Loading…" text is positioned: it must stay inside the card, or the
    // skeletons in a scroller stretch the page itself.
    it('loading skeletons inside a scrolling row or sidebar add nothing to the page’s own scroll size', async () => {
      const settle = () => new Promise((r) => setTimeout(r, 300));
      const width = document.documentElement.scrollWidth;
      const row = await mount<HTMLElement>(html`<div style="display:flex; gap:16px; overflow-x:auto; inline-size:300px">
        ${Array.from({ length: 12 }, () => html`<article-card style="flex:none; inline-size:250px"></article-card>`)}
      </div>`);
      await settle();
      expect(document.documentElement.scrollWidth, 'page scroll width').to.equal(width);
      row.remove();
      const height = Math.max(document.documentElement.scrollHeight, innerHeight);
      const sidebar = await mount<HTMLElement>(html`<div style="overflow-y:auto; block-size:200px; inline-size:300px">
        ${Array.from({ length: 30 }, () => html`<article-card variant="compact"></article-card>`)}
      </div>`);
      await settle();
      expect(document.documentElement.scrollHeight, 'page scroll height').to.be.at.most(height);
      sidebar.remove();
    });

    it('a long headline is clamped to its reserved lines, and the card stays the same height', async () => {
      const short = await card(story('1'));
      const long = await card(story('2', { title: 'A very long headline that goes on and on '.repeat(8), excerpt: 'An excerpt that is much longer than one line. '.repeat(6) }));
      expect(box(long).h).to.equal(box(short).h);
    });

    it('long unbroken words wrap instead of overflowing', async () => {
      const el = await mount<ArticleCard>(html`<article-card style="inline-size:200px" .data=${story('1', { title: 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(4), excerpt: 'x'.repeat(300) })}></article-card>`);
      for (const name of ['headline', 'excerpt', 'body']) {
        const p = part(el, name)!;
        expect(p.scrollWidth, `${name} does not overflow`).to.be.at.most(p.clientWidth + 1);
      }
      expect(el.getBoundingClientRect().width).to.equal(200);
    });

    it('horizontal: the picture is at the inline start, on the left in LTR and on the right in RTL', async () => {
      const wrapper = await mount<HTMLElement>(html`<div>
        <div dir="ltr" style="inline-size:480px"><article-card variant="horizontal" .data=${story('1')}></article-card></div>
        <div dir="rtl" style="inline-size:480px"><article-card variant="horizontal" .data=${story('1')}></article-card></div>
      </div>`);
      const [ltr, rtl] = [...wrapper.querySelectorAll('article-card')];
      const pos = (el: Element) => ({ media: part(el, 'media')!.getBoundingClientRect(), body: part(el, 'body')!.getBoundingClientRect() });
      const l = pos(ltr);
      const r = pos(rtl);
      expect(l.media.right, 'LTR: picture left of the text').to.be.at.most(l.body.left);
      expect(r.media.left, 'RTL: picture right of the text').to.be.at.least(r.body.right);
      expect(l.media.top, 'side by side').to.equal(l.body.top);
    });
  });

  describe('language and safety', () => {
    it('formats the date and reading time in the element’s language (lang="fr" → French month)', async () => {
      registerLabels('fr', { readingTime: 'Lecture : {time}' });
      const wrapper = await mount<HTMLElement>(html`<div lang="fr"><article-card .data=${story('1')}></article-card></div>`);
      const el = wrapper.querySelector('article-card')!;
      expect($(el, 'time')!.textContent).to.equal('26 mai 2024');
      expect(text(el, 'meta')).to.contain('Lecture : 5 min');
    });

    it('renders hostile CMS strings as text: no element is created', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
      const el = await card(story('1', { title: hostile, excerpt: hostile, sections: [{ id: '1', slug: 's', name: hostile }] }));
      expect(text(el, 'headline')).to.equal(hostile);
      expect(text(el, 'excerpt')).to.equal(hostile);
      expect(text(el, 'section')).to.equal(hostile);
      await picture(el);
      expect($$(el, 'img'), 'only the story’s own picture').to.have.length(1);
      expect($(el, 'b')).to.be.null;
      await aTimeout(50);
      expect((window as any).__pwned).to.be.undefined;
    });

    it('a javascript: URL in .data gives no javascript: href or src', async () => {
      const a = story('1', {
        url: 'javascript:alert(1)',
        image: { src: 'javascript:alert(2)', alt: '', width: 10, height: 10, srcset: [{ src: 'javascript:alert(3)', width: 5 }] },
      });
      const el = await card(a);
      const html = sr(el).innerHTML;
      expect(html).not.to.match(/javascript:/i);
      expect(link(el).hasAttribute('href'), 'no href at all').to.be.false;
      expect(part(el, 'image'), 'no picture with an unsafe URL').to.be.null;
      await expect(el).to.be.accessible();

      const el2 = await card(story('2', { url: ' JAVASCRIPT:alert(1)' }));
      expect(link(el2).hasAttribute('href')).to.be.false;
      const el3 = await card(story('3', { image: { ...story('3').image!, srcset: [{ src: 'data:image/png;base64,AAAA', width: 5 }] } }));
      expect((await picture(el3)).getAttribute('srcset')).not.to.contain('data:');
    });

    it('a comma in a picture URL cannot split the srcset into a candidate of its own', async () => {
      const el = await card(story('4', { image: { ...story('4').image!, srcset: [{ src: 'https://cdn.example/a.jpg,data:x 9w', width: 300 }] } }));
      const candidates = (await picture(el)).getAttribute('srcset')!.split(', ');
      expect(candidates[0]).to.equal('https://cdn.example/a.jpg%2Cdata:x%209w 300w');
    });
  });
});

describe('<article-card> mixed-direction text', () => {
  it('lays out each CMS string in its own direction (an Urdu headline in an English page, an English one in an RTL page)', async () => {
    const urdu = 'روس کا چین مخمصہ';
    const el = await mount<HTMLElement>(html`<article-card .data=${story('9', { title: urdu, excerpt: urdu })}></article-card>`);
    const headline = el.shadowRoot!.querySelector('[part~="headline"]')!;
    const excerpt = el.shadowRoot!.querySelector('[part~="excerpt"]')!;
    expect(headline.matches(':dir(rtl)'), 'the Urdu headline is right-to-left').to.be.true;
    expect(excerpt.matches(':dir(rtl)'), 'the Urdu excerpt is right-to-left').to.be.true;
    const rtl = await mount<HTMLElement>(html`<div dir="rtl"><article-card .data=${story('10', { title: "Russia's China Dilemma?" })}></article-card></div>`);
    const card = rtl.querySelector('article-card')!;
    await (card as any).updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="headline"]')!.matches(':dir(ltr)'), 'the English headline stays left-to-right').to.be.true;
  });
});
