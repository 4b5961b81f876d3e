/**
 * In the browser: `structured-data` writes schema.org JSON-LD into the element's light DOM
 * (where crawlers read it) and keeps it in step; data given as a
 * `<script type="application/json" data-broadsheet>` child (what broadsheet/ssr writes) is
 * shown without fetching.
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { mount, story, text } from '../components/article-card/support.js';
import '../../src/components/article-card/define.js';
import '../../src/components/author-bio/define.js';
import type { ArticleCard } from '../../src/components/article-card/article-card.js';
import type { AuthorBio } from '../../src/components/author-bio/author-bio.js';
import type { Author } from '../../src/sdk/model.js';
import { scriptJson } from '../../src/components/shared/json-ld.js';

const LD = ':scope > script[type="application/ld+json"][data-broadsheet]';
const ld = (el: Element) => {
  const s = el.querySelector(LD);
  return s ? JSON.parse(s.textContent!) : undefined;
};

const author: Author = {
  id: '7',
  slug: 'saeed-minhas',
  name: 'Saeed Minhas',
  url: 'https://journal.example/author/saeed-minhas/',
  role: 'Chief Editor (National)',
  bio: 'Saeed Minhas is an accomplished journalist.',
  links: [{ label: 'X', url: 'https://x.example/saeed' }],
};

describe('structured-data', () => {
  it('<article-card> writes a NewsArticle with the fields Google documents into its light DOM', async () => {
    const data = story('1', { updatedAt: '2024-05-27T08:00:00Z', authors: [author] });
    const el = await mount<ArticleCard>(html`<article-card structured-data .data=${data}></article-card>`);
    await waitUntil(() => ld(el), 'the JSON-LD was written');
    const json = ld(el);
    expect(json['@type']).to.equal('NewsArticle');
    expect(json.headline).to.equal('Story 1');
    expect(json.image, 'widest rendition first').to.deep.equal([
      'https://journal.example/img/1-800.jpg',
      'https://journal.example/img/1-400.jpg',
      'https://journal.example/img/1-1200.jpg',
    ]);
    expect(json.datePublished).to.equal('2024-05-26T09:30:00Z');
    expect(json.dateModified).to.equal('2024-05-27T08:00:00Z');
    expect(json.author).to.deep.equal([{ '@type': 'Person', name: 'Saeed Minhas', url: 'https://journal.example/author/saeed-minhas/' }]);
    expect(el.shadowRoot!.querySelector('script'), 'not in the shadow root').to.equal(null);
  });

  it('follows the data, stays a single script, and goes when the attribute goes', async () => {
    const el = await mount<ArticleCard>(html`<article-card structured-data .data=${story('1')}></article-card>`);
    await waitUntil(() => ld(el)?.headline === 'Story 1', 'first story');
    el.data = story('2');
    await waitUntil(() => ld(el)?.headline === 'Story 2', 'the JSON-LD follows the data');
    expect(el.querySelectorAll('script').length).to.equal(1);
    el.structuredData = false;
    await waitUntil(() => !el.querySelector(LD), 'removed with the attribute');
  });

  it('writes nothing without the attribute', async () => {
    const el = await mount<ArticleCard>(html`<article-card .data=${story('1')}></article-card>`);
    el.data = story('2');
    await el.updateComplete;
    await import('../../src/components/shared/json-ld.js');
    await new Promise((r) => setTimeout(r));
    expect(el.querySelector('script')).to.equal(null);
  });

  it('<author-bio> writes a Person', async () => {
    const el = await mount<AuthorBio>(html`<author-bio structured-data .data=${author}></author-bio>`);
    await waitUntil(() => ld(el), 'the JSON-LD was written');
    expect(ld(el)).to.deep.include({
      '@type': 'Person',
      name: 'Saeed Minhas',
      url: 'https://journal.example/author/saeed-minhas/',
      jobTitle: 'Chief Editor (National)',
      description: 'Saeed Minhas is an accomplished journalist.',
      sameAs: ['https://x.example/saeed'],
    });
  });

  it('escapes the JSON so a value cannot close the script', async () => {
    const title = '</script><script>window.__ld_broken = 1</script>';
    const el = await mount<ArticleCard>(html`<article-card structured-data .data=${story('1', { title })}></article-card>`);
    await waitUntil(() => ld(el), 'the JSON-LD was written');
    expect(el.querySelector(LD)!.textContent).not.to.include('<');
    expect(ld(el).headline).to.equal(title);
    // Serialised and parsed again (what a server or a crawler does), it is still one script.
    const copy = document.createElement('div');
    copy.innerHTML = el.outerHTML;
    expect(copy.querySelectorAll('script').length).to.equal(1);
  });
});

describe('data given in the page', () => {
  let calls = 0;
  let host: HTMLElement | undefined;
  const realFetch = window.fetch;
  beforeEach(() => {
    calls = 0;
    window.fetch = async () => (calls++, new Response('[]', { headers: { 'content-type': 'application/json' } }));
  });
  afterEach(() => {
    window.fetch = realFetch;
    host?.remove();
  });
  /** An `<article-card article=…>` parsed from HTML with a data child (`data-broadsheet` + `written`). */
  const cardWith = (article: string, written: string, json: string) => {
    host = document.createElement('div');
    host.innerHTML = `<article-card article="${article}" api="https://wp.example/wp-json"><script type="application/json" data-broadsheet${written}>${json}</script></article-card>`;
    document.body.append(host);
    return host.firstElementChild as ArticleCard;
  };

  it('a <script type="application/json" data-broadsheet> child is the data: shown without fetching', async () => {
    const el = cardWith('9', '', scriptJson(story('9', { title: 'Given </script> in the page' })));
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(text(el, 'headline')).to.equal('Given </script> in the page');
    expect(calls, 'no request').to.equal(0);
  });

  it('data written for another key (the page changed `article` before the script ran) does not stay: the key loads', async () => {
    const el = cardWith('10', '="9"', scriptJson(story('9', { title: 'Story nine' })));
    await waitUntil(() => calls > 0, 'it asked for article 10');
    expect(el.value?.title, 'story 9 is not shown for article 10').to.equal(undefined);
  });

  it('data written with its key (what broadsheet/ssr writes) is shown for that key without fetching', async () => {
    const el = cardWith('9', '="9"', scriptJson(story('9', { title: 'Story nine' })));
    await el.updateComplete;
    expect(text(el, 'headline')).to.equal('Story nine');
    expect(calls, 'no request').to.equal(0);
  });

  it('a child that is not JSON is ignored: the element loads as usual', async () => {
    cardWith('9', '', '{oops');
    await waitUntil(() => calls > 0, 'it fetched');
  });
});
