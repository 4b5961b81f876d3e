import { expect, fixtureSync } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { html } from 'lit';
import '../../src/context/define.js';
import '../../src/components/article-card/define.js';
import { NewsSource } from '../../src/context/news-source.js';
import type { ArticleCard } from '../../src/components/article-card/article-card.js';
import { createClient } from '../../src/sdk/client.js';
import { memory } from '../../src/sdk/sources/memory.js';
import { story } from '../components/article-card/support.js';

const headline = (card: Element) => card.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.trim();
const clientWith = (name: string, ...titles: string[]) =>
  createClient({ source: memory({ articles: titles.map((t, i) => story(String(i + 1), { title: t })), authors: [] }, { name }) });

describe('<news-source>', () => {
  it('gives the elements inside it the embedded demo dataset with source="demo"', async () => {
    const el = fixtureSync(html`<news-source source="demo"><article-card article="101"></article-card></news-source>`);
    const card = el.querySelector('article-card') as ArticleCard;
    await waitUntil(() => card.status === 'ready', 'the card never got the demo article', { timeout: 5000 });
    expect(headline(card)).to.equal("Russia's China Dilemma: Is Moscow Losing Its Independence?");
  });

  it('serves a card that upgraded before its <news-source> was defined', async () => {
    // A site that registers the provider late (lazy loading, or under its own name) must not
    // leave the cards inside it waiting forever.
    const tag = `late-source-${Math.random().toString(36).slice(2)}`;
    const el = fixtureSync(`<${tag}><article-card article="1"></article-card></${tag}>`);
    const card = el.querySelector('article-card') as ArticleCard;
    await card.updateComplete;
    expect(card.status, 'no client yet').to.equal('loading');
    customElements.define(tag, class extends NewsSource {});
    (el as NewsSource).client = clientWith('late', 'Arrived late');
    await waitUntil(() => card.status === 'ready', 'the late provider never reached the card', { timeout: 5000 });
    expect(headline(card)).to.equal('Arrived late');
  });

  it('lets an explicit .client win, and swaps every element to a new client', async () => {
    const el = fixtureSync(html`<news-source .client=${clientWith('one', 'From one')}><article-card article="1"></article-card></news-source>`) as NewsSource;
    const card = el.querySelector('article-card') as ArticleCard;
    await waitUntil(() => headline(card) === 'From one', 'first client not used', { timeout: 5000 });
    el.client = clientWith('two', 'From two');
    await waitUntil(() => headline(card) === 'From two', 'the card kept the old client', { timeout: 5000 });
  });

  it('gives the nearest source to nested elements', async () => {
    const el = fixtureSync(html`<news-source .client=${clientWith('outer', 'Outer')}>
      <article-card id="a" article="1"></article-card>
      <news-source .client=${clientWith('inner', 'Inner')}><article-card id="b" article="1"></article-card></news-source>
    </news-source>`);
    const [a, b] = ['#a', '#b'].map((s) => el.querySelector(s) as ArticleCard);
    await waitUntil(() => a.status === 'ready' && b.status === 'ready', 'cards not ready', { timeout: 5000 });
    expect(headline(a)).to.equal('Outer');
    expect(headline(b)).to.equal('Inner');
  });

  it('elements inside a nested source never ask the one around it, even before the nested one first renders', async () => {
    const outer = clientWith('outer-spied', 'Outer');
    const asked: string[] = [];
    const spy = { ...outer, articles: { ...outer.articles, get: (k: string, o?: object) => (asked.push(k), outer.articles.get(k, o)) } };
    const el = fixtureSync(html`<news-source .client=${spy}>
      <article-card id="a" article="1"></article-card>
      <news-source .client=${clientWith('inner-spied', 'Inner')}><article-card id="b" article="1"></article-card></news-source>
    </news-source>`);
    const [a, b] = ['#a', '#b'].map((s) => el.querySelector(s) as ArticleCard);
    await waitUntil(() => headline(a) === 'Outer' && headline(b) === 'Inner', 'cards not ready', { timeout: 5000 });
    expect(asked, 'only the outer card asked the outer source').to.deep.equal(['1']);
  });

  it('a nested <news-source> with nothing set lets its elements use the one around it', async () => {
    const el = fixtureSync(html`<news-source .client=${clientWith('outer-only', 'Outer')}>
      <news-source><article-card article="1"></article-card></news-source>
    </news-source>`);
    const card = el.querySelector('article-card') as ArticleCard;
    await waitUntil(() => card.status === 'ready', 'the card waited for an empty source', { timeout: 5000 });
    expect(headline(card)).to.equal('Outer');
  });

  it('a nested <news-source> set later takes its elements over from the one around it', async () => {
    const el = fixtureSync(html`<news-source .client=${clientWith('outer-first', 'Outer')}>
      <article-card id="a" article="1"></article-card>
      <news-source id="inner"><article-card id="b" article="1"></article-card></news-source>
    </news-source>`);
    const [a, b] = ['#a', '#b'].map((s) => el.querySelector(s) as ArticleCard);
    await waitUntil(() => headline(b) === 'Outer', 'nothing set inside yet: the outer source', { timeout: 5000 });
    (el.querySelector('#inner') as NewsSource).client = clientWith('inner-later', 'Inner');
    await waitUntil(() => headline(b) === 'Inner', 'the card did not move to the nearer source', { timeout: 5000 });
    expect(headline(a), 'the card outside it stays').to.equal('Outer');
  });

  it('a nested <news-source> whose setting is removed hands its elements to the one around it', async () => {
    const el = fixtureSync(html`<news-source .client=${clientWith('outer-back', 'Outer')}>
      <news-source id="inner" .client=${clientWith('inner-gone', 'Inner')}><article-card article="1"></article-card></news-source>
    </news-source>`);
    const card = el.querySelector('article-card') as ArticleCard;
    await waitUntil(() => headline(card) === 'Inner', 'the inner source first', { timeout: 5000 });
    (el.querySelector('#inner') as NewsSource).client = undefined;
    await waitUntil(() => headline(card) === 'Outer', 'the card was left with no source', { timeout: 5000 });
  });

  it('a nested source="demo" answers at once, so its elements never ask the source around it', async () => {
    const outer = createClient({ source: memory({ articles: [], authors: [] }, { name: 'outer-unused' }) });
    const calls: string[] = [];
    const spy = { ...outer, articles: { ...outer.articles, get: (k: string, o?: object) => (calls.push(k), outer.articles.get(k, o)) } };
    const el = fixtureSync(html`<news-source .client=${spy}><news-source source="demo"><article-card article="101"></article-card></news-source></news-source>`);
    const card = el.querySelector('article-card') as ArticleCard;
    await waitUntil(() => card.status === 'ready', 'the demo article did not come', { timeout: 5000 });
    expect(calls, 'nothing asked of the outer source').to.deep.equal([]);
  });

  it('a new client for the same source does not reload its elements; retry() does, through it', async () => {
    const el = fixtureSync(html`<news-source .client=${clientWith('same', 'Signed out')}><article-card article="1"></article-card></news-source>`) as NewsSource;
    const card = el.querySelector('article-card') as ArticleCard;
    await waitUntil(() => headline(card) === 'Signed out', 'first client not used', { timeout: 5000 });
    el.client = clientWith('same', 'Signed in'); // same source key: memory:same
    await card.updateComplete;
    await new Promise((r) => setTimeout(r, 30));
    expect(headline(card), 'no reload for a new client of the same source').to.equal('Signed out');
    card.retry();
    await waitUntil(() => headline(card) === 'Signed in', 'retry() did not load through the new client', { timeout: 5000 });
  });

  it('takes no space of its own, so it can wrap any part of a page', async () => {
    const el = fixtureSync(html`<news-source source="demo"></news-source>`);
    expect(getComputedStyle(el).display).to.equal('contents');
  });
});
