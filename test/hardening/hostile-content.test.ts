/**
 * Hostile content: the corpus (corpus.ts) through every text and URL field of every element,
 * given directly as `.data` and read from WordPress-format answers through the SDK. Nothing may
 * run (a canary records any payload that does), no URL other than absolute http(s) may reach
 * an `href`/`src`/`srcset`, every CMS string must be rendered as text, and the layout must hold
 * (long words wrap, nothing sticks out of the element's box).
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/context/define.js';
import '../../src/components/article-card/define.js';
import '../../src/components/author-bio/define.js';
import '../../src/components/related-stories/define.js';
import '../../src/components/comment-form/define.js';
import type { NewsSource } from '../../src/context/define.js';
import { createClient } from '../../src/sdk/client.js';
import { memory } from '../../src/sdk/sources/memory.js';
import { wordpress } from '../../src/sdk/sources/wordpress.js';
// The SDK's own plain-text reading of a WordPress field: what the element must show, as text.
import { htmlToText } from '../../src/sdk/text.js';
import type { Article, Author } from '../../src/sdk/model.js';
import { createFetchStub, type FetchStub } from '../support/fetch-stub.js';
import { waitUntil } from '../support/wait.js';
import { BAD_URLS, CREDENTIALS_URL, TEXT, TRICKY_HTTP_URLS } from './corpus.js';
import { audit, canary, clearStages, drain, make, overflow, settle, stage, statusOf, type Canary } from './support.js';

/** A real picture on the test server's own origin. */
const GOOD_IMG = new URL('../../src/demo/images/cpec-480.webp', import.meta.url).href;
const GOOD_LINK = 'https://journal.example/story/';
const API = `http://wp.hardening-${Math.random().toString(36).slice(2, 8)}.test/wp-json`;
const VARIANTS = ['stacked', 'horizontal', 'compact', 'hero'];

const sr = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => sr(el).querySelector<HTMLElement>(`[part~="${name}"]`);

/** Each text payload with a URL payload beside it: the bad ones, then the tricky http ones. */
const cases = TEXT.flatMap((t, i) => [
  { t, u: BAD_URLS[i % BAD_URLS.length], i: 2 * i },
  { t, u: TRICKY_HTTP_URLS[i % TRICKY_HTTP_URLS.length], i: 2 * i + 1 },
]);

/** The author-bio `.data` cases (URLs with credentials included). */
const bioCases = cases;

function hostileAuthor(i: number, t: string, u: string): Author {
  return {
    id: 'a' + i,
    slug: t,
    name: t,
    url: u,
    bio: `${t}\n${t}`,
    role: t,
    avatar: { src: u, alt: t, width: 96, height: 96, srcset: [{ src: u, width: 96 }, { src: GOOD_IMG, width: 192 }] },
    links: [
      { label: t, url: u },
      { label: 'Website', url: GOOD_LINK },
    ],
  };
}

function hostileArticle(i: number, t: string, u: string): Article {
  return {
    id: 'h' + i,
    slug: t,
    url: u,
    title: t,
    excerpt: t,
    contentHtml: t,
    publishedAt: i % 3 ? '2024-05-26T09:30:00Z' : t,
    updatedAt: t,
    authors: [hostileAuthor(i, t, u), { id: 'b', slug: 'b', name: 'Saeed Minhas', url: GOOD_LINK, bio: '' }],
    sections: [{ id: 's' + i, slug: t, name: t, url: u }],
    tags: [{ id: 't' + i, slug: t, name: t, url: u }],
    image: {
      src: u,
      alt: t,
      width: 1200,
      height: 675,
      srcset: [
        { src: u, width: 400 },
        { src: GOOD_IMG, width: 480 },
      ],
    },
    readingTimeMinutes: 4,
    commentsOpen: true,
    commentCount: 3,
  };
}

let c: Canary;
beforeEach(() => (c = canary()));
afterEach(() => {
  c.stop();
  clearStages();
});

/**
 * Nothing ran, nothing failed, nothing escaped the policy, nothing overflowed (`laidOut`: the
 * elements whose layout is checked, all of them by default).
 */
async function expectClean(elements: HTMLElement[], what: string, laidOut = elements) {
  await drain();
  for (const el of elements) {
    expect(audit(el), `${what}: what <${el.localName}> rendered`).to.deep.equal([]);
    if (laidOut.includes(el)) expect(overflow(el), `${what}: layout of <${el.localName} variant=${el.getAttribute('variant')}>`).to.deep.equal([]);
  }
  expect(c.hits, `${what}: payloads that ran`).to.deep.equal([]);
  expect(c.errors, `${what}: uncaught errors`).to.deep.equal([]);
  expect(c.rejections, `${what}: unhandled rejections`).to.deep.equal([]);
}

/** Types `values` into the comment form as a reader would, sends it, and waits for the answer. */
async function send(form: HTMLElement, values: Record<string, string>) {
  for (const [f, v] of Object.entries(values)) {
    const input = sr(form).querySelector<HTMLInputElement>('#' + f)!;
    input.value = v;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  const done = oneEvent(form, 'comment-submitted');
  sr(form).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await done;
  await settle(form);
}

/** Every text node under the element's shadow roots has no element made from CMS markup. */
function expectTextOnly(el: Element, partName: string, text: string, what: string) {
  const node = part(el, partName);
  expect(node, `${what}: part ${partName}`).to.exist;
  expect(node!.textContent, `${what}: ${partName} is the string, as text`).to.include(text);
}

describe('hostile content through .data', () => {
  it('<article-card>: every text and URL field, in every variant', async () => {
    const s = stage();
    const cards = cases.map(({ t, u, i }) => make<HTMLElement>(s, 'article-card', { data: hostileArticle(i, t, u) }, { variant: VARIANTS[i % 4] }));
    await settle(s);
    await expectClean(cards, 'article-card');
    cases.forEach(({ t }, n) => {
      const link = sr(cards[n]).querySelector('[part=link]')!;
      expect(link.textContent, `card ${n}: the headline is the title, as text`).to.equal(t);
      expect(link.children, `card ${n}: no element made from the title`).to.have.length(0);
    });
  });

  it('<author-bio>: every text and URL field, full and compact', async () => {
    // Each variant in its own container.
    const stages = { full: stage(), compact: stage() };
    const bios = bioCases.flatMap(({ t, u, i }) =>
      (['full', 'compact'] as const).map((variant) => make<HTMLElement>(stages[variant], 'author-bio', { data: hostileAuthor(i, t, u) }, { variant })),
    );
    await settle(stages.full);
    await settle(stages.compact);
    await expectClean(bios, 'author-bio');
    bios.forEach((bio, n) => {
      const { t } = bioCases[n >> 1];
      expectTextOnly(bio, 'name', t, `bio ${n}`);
      if (n % 2 == 0) expect(part(bio, 'text')!.textContent, `bio ${n}: the bio`).to.include(t.trim());
    });
  });

  it('<author-bio>: a URL with credentials never reaches a link or a picture', async () => {
    const s = stage();
    const bios = ['full', 'compact'].map((variant) => make<HTMLElement>(s, 'author-bio', { data: hostileAuthor(0, 'Ann', CREDENTIALS_URL) }, { variant }));
    await settle(s);
    await expectClean(bios, 'author-bio with credentials', []);
  });

  it('<author-bio variant="compact">: a long name or role is cut with an ellipsis, never pushed out of the box', async () => {
    const s = stage();
    const bios = bioCases.map(({ t, u, i }) => make<HTMLElement>(s, 'author-bio', { data: hostileAuthor(i, t, u) }, { variant: 'compact' }));
    bios.push(make<HTMLElement>(s, 'author-bio', { data: { ...hostileAuthor(0, '', GOOD_LINK), name: 'Muhammad Abdullah bin Abdul Rahman Al-Hashimi', role: 'Senior Correspondent (Middle East and North Africa)' } }, { variant: 'compact' }));
    await settle(s);
    await expectClean(bios, 'compact author-bio');
  });

  it('<related-stories>: a list and a grid of hostile stories', async () => {
    const s = stage();
    const data = cases.map(({ t, u, i }) => hostileArticle(i, t, u));
    const lists = ['list', 'grid'].map((layout) => make<HTMLElement>(s, 'related-stories', { data, limit: 100 }, { layout }));
    await settle(s);
    await expectClean(lists, 'related-stories');
    for (const list of lists) {
      const cards = [...sr(list).querySelectorAll('article-card')];
      expect(cards, 'one card per story').to.have.length(data.length);
      cards.forEach((card, n) => expect(sr(card).querySelector('[part=link]')!.textContent).to.equal(data[n].title));
    }
  });

  it('a right-to-left override in an author name does not reverse the rest of the meta line', async () => {
    const s = stage(480);
    const a = hostileArticle(0, 'Headline', GOOD_LINK);
    a.authors = [
      { id: '1', slug: 'x', name: '\u202EUnterminated override', url: GOOD_LINK, bio: '' },
      { id: '2', slug: 'y', name: 'Saeed Minhas', url: GOOD_LINK, bio: '' },
    ];
    a.publishedAt = '2024-05-26T09:30:00Z';
    const card = make<HTMLElement>(s, 'article-card', { data: a }, { variant: 'compact' });
    await settle(s);
    const meta = part(card, 'meta')!;
    const reads = (needle: string) => {
      const walker = document.createTreeWalker(meta, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(needle);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + 1);
        const first = r.getBoundingClientRect().left;
        r.setStart(n, at + needle.length - 1);
        r.setEnd(n, at + needle.length);
        return first < r.getBoundingClientRect().left ? 'left to right' : 'reversed';
      }
      return 'missing';
    };
    expect(reads('Saeed Minhas'), 'the next author’s name').to.equal('left to right');
    expect(reads('2024'), 'the date').to.equal('left to right');
    expect(reads('read'), 'the reading time').to.equal('left to right');
  });
});

// ── Through the SDK: WordPress-format answers ────────────────────────────────────────────

/** A post as WordPress sends it with `_embed`: every text field `t`, every URL field `u` (but `link`). */
function wpPost(id: number, t: string, u: string, link = `${GOOD_LINK}${id}/`) {
  return {
    id,
    slug: `post-${id}`,
    link,
    title: { rendered: t },
    excerpt: { rendered: `<p>${t}</p>\n`, protected: false },
    date_gmt: '2024-05-26T09:30:00',
    modified_gmt: '2024-05-26T09:30:00',
    comment_status: 'open',
    _embedded: {
      author: [wpUser(7, t, u)],
      'wp:featuredmedia': [
        {
          id: 100 + id,
          alt_text: t,
          source_url: u,
          media_details: {
            width: 1200,
            height: 675,
            sizes: {
              medium: { source_url: u, width: 300, height: 169 },
              medium_large: { source_url: GOOD_IMG, width: 480, height: 270 },
              large: { source_url: u, width: 1024, height: 576 },
            },
          },
        },
      ],
      'wp:term': [
        [{ id: 3, name: t, slug: 'section', taxonomy: 'category', link: u }],
        [{ id: 6, name: t, slug: 'tag', taxonomy: 'post_tag', link: u }],
      ],
    },
  };
}

/** A user as WordPress sends it: name, bio, site, avatars and the optional role all hostile. */
function wpUser(id: number, t: string, u: string, link = `${GOOD_LINK}author/${id}/`) {
  return { id, name: t, slug: `user-${id}`, description: `<p>${t}</p>`, url: u, link, avatar_urls: { 24: u, 48: GOOD_IMG, 96: u }, broadsheet_role: t };
}

function wpComment(id: number, t: string, u: string) {
  return {
    id,
    post: 1,
    parent: 0,
    author_name: t,
    author_url: u,
    date_gmt: '2024-05-26T10:00:00',
    content: { rendered: `<p>${t}</p>\n` },
    link: `${GOOD_LINK}#comment-${id}`,
    status: id % 2 ? 'approved' : 'hold',
    author_avatar_urls: { 24: u, 48: u, 96: u },
  };
}

describe('hostile content through the SDK (WordPress answers)', () => {
  let stub: FetchStub;
  const posts = new Map<number, object>();
  const users = new Map<number, object>();
  beforeEach(() => {
    stub = createFetchStub();
    posts.clear();
    users.clear();
    cases.forEach(({ t, u }, n) => {
      posts.set(n + 1, wpPost(n + 1, t, u));
      users.set(n + 1, wpUser(n + 1, t, u));
    });
    const pick = (map: Map<number, object>, ids: string | null) =>
      ids ? ids.split(',').map(Number).flatMap((id) => (map.has(id) ? [map.get(id)!] : [])) : [...map.values()];
    stub.on(/^GET \/wp-json\/wp\/v2\/posts/, (req) => {
      const q = req.url.searchParams;
      const all = pick(posts, q.get('include'));
      const per = Number(q.get('per_page') ?? 10);
      return { json: all.slice(0, per), headers: { 'X-WP-Total': String(all.length), 'X-WP-TotalPages': '1' } };
    });
    stub.on(/^GET \/wp-json\/wp\/v2\/users/, (req) => ({ json: pick(users, req.url.searchParams.get('include')) }));
  });

  const client = () => createClient({ source: wordpress(API), fetch: stub.fetch, retries: 0 });
  async function inSource(width = 320, cl = client()): Promise<NewsSource> {
    const s = stage(width);
    const source = make<NewsSource>(s, 'news-source', { client: cl });
    await source.updateComplete;
    return source;
  }

  it('<article-card> by id: the title, excerpt, author, picture and terms of every post', async () => {
    const source = await inSource();
    const cards = cases.map((_, n) => make<HTMLElement>(source, 'article-card', {}, { article: String(n + 1), variant: VARIANTS[n % 4] }));
    await waitUntil(() => cards.every((el) => statusOf(el) != 'loading'), 'cards did not load');
    await settle(source);
    expect(cards.map(statusOf), 'every card loaded').to.deep.equal(cards.map(() => 'ready'));
    expect(stub.requests.length, 'one batched request').to.equal(1);
    await expectClean(cards, 'article-card (WordPress)');
    for (const card of cards) expect(sr(card).querySelector('[part=link]')!.children, 'the headline holds text only').to.have.length(0);
  });

  it('<related-stories mode="latest">: a list of hostile posts', async () => {
    const source = await inSource();
    const list = make<HTMLElement>(source, 'related-stories', {}, { mode: 'latest', limit: '100', layout: 'grid' });
    await waitUntil(() => statusOf(list) != 'loading', 'the list did not load');
    await settle(source);
    expect(statusOf(list)).to.equal('ready');
    expect(sr(list).querySelectorAll('article-card')).to.have.length(cases.length);
    await expectClean([list], 'related-stories (WordPress)');
  });

  it('<author-bio> by id: name, bio, role, site and avatars of every user, full and compact', async () => {
    // Each variant in its own container, one client for both.
    const cl = client();
    const sources = { full: await inSource(320, cl), compact: await inSource(320, cl) };
    const bios = cases.flatMap((_, n) =>
      (['full', 'compact'] as const).map((variant) => make<HTMLElement>(sources[variant], 'author-bio', {}, { author: String(n + 1), variant })),
    );
    await waitUntil(() => bios.every((el) => statusOf(el) != 'loading'), 'bios did not load');
    await settle(sources.full);
    await settle(sources.compact);
    expect(bios.map(statusOf)).to.deep.equal(bios.map(() => 'ready'));
    await expectClean(bios, 'author-bio (WordPress)', bios);
  });

  it('<comment-form>: the comment WordPress sends back (author, body, site) is shown as text', async () => {
    let current = 0;
    stub.on(/^POST \/wp-json\/wp\/v2\/comments/, () => ({ status: 201, json: wpComment(500 + current, cases[current].t, cases[current].u) }));
    const source = await inSource();
    const form = make<HTMLElement>(source, 'comment-form', {}, { article: '1', 'min-fill-ms': '0' });
    await settle(source);
    for (current = 0; current < cases.length; current += 2) {
      await send(form, { body: `Comment ${current}`, name: 'Ann', email: 'ann@example.com' });
      const shown = part(form, 'comment')!;
      const t = cases[current].t;
      expect(shown.querySelector('.author')!.textContent, `comment ${current}: the author, as text`).to.equal(htmlToText(t));
      expect(shown.querySelector('.text')!.textContent, `comment ${current}: the body, as text`).to.equal(htmlToText(t));
      expect([...shown.querySelectorAll('*')].map((e) => e.localName).filter((t) => t != 'p'), `comment ${current}: only paragraphs`).to.deep.equal([]);
      await expectClean([form], `comment-form (WordPress) ${current}`);
    }
  });

  it('a post whose link is not an http(s) URL: its card fails or has no link, never that URL', async () => {
    const source = await inSource();
    const cards: HTMLElement[] = [];
    for (const [n, u] of [...BAD_URLS, ...TRICKY_HTTP_URLS].entries()) {
      posts.set(1000 + n, wpPost(1000 + n, `Post ${n}`, u, u));
      // One at a time: a batch with a bad post is not what this checks.
      const card = make<HTMLElement>(source, 'article-card', {}, { article: String(1000 + n) });
      await waitUntil(() => statusOf(card) != 'loading', `card ${n} did not settle`);
      cards.push(card);
    }
    await settle(source);
    await expectClean(cards, 'cards with hostile links');
    for (const card of cards) {
      for (const a of sr(card).querySelectorAll('a')) {
        const href = a.getAttribute('href');
        if (href) expect(href, 'only http(s) links').to.match(/^https?:\/\//);
      }
    }
  });

  it('a user whose own link is not an http(s) URL: the author box fails cleanly (error state), nothing runs', async () => {
    const source = await inSource();
    const bios: HTMLElement[] = [];
    for (const [n, u] of BAD_URLS.entries()) {
      users.set(2000 + n, wpUser(2000 + n, `User ${n}`, GOOD_LINK, u));
      const bio = make<HTMLElement>(source, 'author-bio', {}, { author: String(2000 + n) });
      await waitUntil(() => statusOf(bio) != 'loading', `bio ${n} did not settle`);
      bios.push(bio);
    }
    await settle(source);
    expect(bios.map(statusOf)).to.deep.equal(bios.map(() => 'error'));
    await expectClean(bios, 'bios with hostile links');
  });
});

describe('hostile content typed by a reader', () => {
  it('a comment full of markup is sent as typed and shown back as text', async () => {
    const article: Article = { ...hostileArticle(0, 'A story', GOOD_LINK), id: '1', slug: 'a-story' };
    const source = make<NewsSource>(stage(), 'news-source', { client: createClient({ source: memory({ articles: [article], authors: [] }, { name: `hostile-${Math.random().toString(36).slice(2, 8)}` }) }) });
    await source.updateComplete;
    const form = make<HTMLElement>(source, 'comment-form', {}, { article: '1', 'min-fill-ms': '0' });
    await settle(source);
    for (const t of TEXT.filter((t) => t.trim() && t.length < 2000).slice(0, 20)) {
      await send(form, { body: t, name: `Ann ${t.slice(0, 40)}`, email: 'ann@example.com' });
      expect(part(form, 'comment')!.querySelector('.text')!.textContent, 'the body, as typed, as text').to.equal(t.trim());
      await expectClean([form], `typed ${JSON.stringify(t.slice(0, 30))}`);
    }
  });
});
