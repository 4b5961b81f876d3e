import { fixture, html, expect, aTimeout } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/author-bio/define.js';
import '../../../src/context/define.js';
import { AuthorBio } from '../../../src/components/author-bio/define.js';
import type { NewsSource } from '../../../src/context/define.js';
import { registerLabels } from '../../../src/components/shared/i18n.js';
import { createClient, type NewsClient } from '../../../src/sdk/client.js';
import { BroadsheetError } from '../../../src/sdk/errors.js';
import { memory, type MemoryOptions } from '../../../src/sdk/sources/memory.js';
import { wordpress } from '../../../src/sdk/sources/wordpress.js';
import type { Author } from '../../../src/sdk/model.js';
import type { Source } from '../../../src/sdk/source.js';
import { createFetchStub } from '../../support/fetch-stub.js';
import { demoDataset } from '../../../src/demo/dataset.js';

const ROLE = 'Chief Editor (National)';

/** An author like the reference page's, independent of the demo dataset. */
const saeed = (): Author => ({
  id: '7',
  slug: 'saeed-minhas',
  name: 'Saeed Minhas',
  url: 'https://journal.example/author/saeed-minhas/',
  role: ROLE,
  bio: 'Saeed Minhas is an accomplished journalist with extensive experience in the field. He has held prominent positions such as Editor at Daily Times and Daily Duniya.',
  avatar: {
    src: 'https://journal.example/avatars/saeed-96.jpg',
    alt: '',
    width: 96,
    height: 96,
    srcset: [
      { src: 'https://journal.example/avatars/saeed-48.jpg', width: 48 },
      { src: 'https://journal.example/avatars/saeed-96.jpg', width: 96 },
    ],
  },
  links: [
    { label: 'Website', url: 'https://saeed.example/' },
    { label: 'X', url: 'https://x.example/saeed' },
  ],
});
const lena = (): Author => ({ id: '8', slug: 'lena', name: 'Lena Vogt', url: 'https://journal.example/author/lena/', bio: 'Covers Europe.', role: 'Correspondent' });

/** A WordPress `/wp/v2/users` object, as WordPress serves it. */
const wpUser = {
  id: 7,
  name: 'Saeed Minhas',
  url: 'https://saeed.example/',
  description: 'Saeed Minhas is an accomplished journalist.\n\nCurrently, he serves as the Chief Editor (National) at The Think Tank Journal.',
  link: 'http://wp.test/author/saeed-minhas/',
  slug: 'saeed-minhas',
  // Gravatar-style URLs, served by the test server so the picture really loads.
  avatar_urls: Object.fromEntries([24, 48, 96].map((s) => [s, new URL(`/src/demo/images/avatar-saeed-minhas-96.webp?s=${s}&d=mm&r=g`, location.href).href])),
  meta: { broadsheet_role: ROLE },
};

const sr = (el: Element) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: Element, sel: string) => sr(el).querySelector<E>(sel);
const $$ = (el: Element, sel: string) => [...sr(el).querySelectorAll<HTMLElement>(sel)];
const text = (el: Element, part: string) => $(el, `[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
const ready = (el: AuthorBio) => waitUntil(() => el.status === 'ready', 'the bio did not become ready', { timeout: 5000 });
const size = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10 };
};

/** `<news-source>` with a client over `source`, and an `<author-bio>` inside it. */
async function inSource(client: NewsClient, bio = html`<author-bio author="saeed-minhas"></author-bio>`, width = 640) {
  const wrapper = await fixture<HTMLElement>(html`<div style="inline-size:${width}px"><news-source .client=${client}>${bio}</news-source></div>`);
  return wrapper.querySelector('author-bio')!;
}
const memClient = (authors: Author[], options: MemoryOptions = {}) =>
  createClient({ source: memory({ articles: [], authors }, options), retries: 0 });

/** A client whose author answers only when the test says so: "loading" lasts as long as needed. */
function gatedClient(authors: Author[]) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const source = memory({ articles: [], authors });
  const getAuthor: typeof source.getAuthor = async (key, ctx) => (await gate, source.getAuthor(key, ctx));
  return { client: createClient({ source: { ...source, getAuthor }, retries: 0 }), release };
}

describe('<author-bio>', () => {
  describe('content', () => {
    it('shows the demo dataset’s Saeed Minhas given as .data: name, role, bio, link to his page', async () => {
      const author = demoDataset.authors.find((a) => a.slug === 'saeed-minhas')!;
      expect(author, 'the demo dataset has Saeed Minhas').to.exist;
      const el = await fixture<AuthorBio>(html`<author-bio .data=${author}></author-bio>`);
      expect(text(el, 'name')).to.equal('Saeed Minhas');
      expect(text(el, 'role')).to.equal(ROLE);
      expect(text(el, 'text')).to.contain('Saeed Minhas is an accomplished journalist');
      expect(text(el, 'text')).to.contain('Chief Editor (National) at The Think Tank Journal');
      const more = $<HTMLAnchorElement>(el, '[part=more]')!;
      expect(more.textContent!.trim()).to.equal('More from Saeed Minhas');
      expect(more.getAttribute('href')).to.equal(author.url);
    });

    it('loads Saeed Minhas from <news-source source="demo"> by slug', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<news-source source="demo"><author-bio author="saeed-minhas"></author-bio></news-source>`,
      );
      const el = wrapper.querySelector('author-bio')!;
      await ready(el);
      expect(text(el, 'name')).to.equal('Saeed Minhas');
      expect(text(el, 'role')).to.equal(ROLE);
      expect(text(el, 'text')).to.contain('Editor at Daily Times and Daily Duniya');
    });

    it('shows a WordPress user (through the wordpress source and a stubbed fetch)', async () => {
      const stub = createFetchStub().on('GET /wp-json/wp/v2/users', { json: [wpUser], headers: { 'X-WP-Total': '1', 'X-WP-TotalPages': '1' } });
      const el = await inSource(createClient({ source: wordpress('http://wp.test/wp-json'), fetch: stub.fetch }));
      await ready(el);
      expect(stub.requests[0].url.searchParams.get('slug'), 'asked by slug').to.equal('saeed-minhas');
      expect(text(el, 'name')).to.equal('Saeed Minhas');
      expect(text(el, 'role')).to.equal(ROLE);
      expect(text(el, 'text')).to.contain('Saeed Minhas is an accomplished journalist.');
      expect(text(el, 'text')).to.contain('Currently, he serves as the Chief Editor (National) at The Think Tank Journal.');
      const img = $<HTMLImageElement>(el, 'img[part=avatar]')!;
      expect(img.getAttribute('src')).to.contain('s=96');
      expect(img.getAttribute('srcset')).to.contain('s=24&d=mm&r=g 24w').and.contain('s=48&d=mm&r=g 48w').and.contain(' 96w');
      expect(img.getAttribute('alt'), 'decorative: the name is next to it').to.equal('');
      expect(img.getAttribute('width')).to.equal('96');
      expect(img.getAttribute('height')).to.equal('96');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      const links = $$(el, '[part=link]') as HTMLAnchorElement[];
      expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([['Website', 'https://saeed.example/']]);
      expect($(el, '[part=more]')!.getAttribute('href')).to.equal('http://wp.test/author/saeed-minhas/');
    });

    it('shows each line of the bio as a paragraph', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio .data=${{ ...saeed(), bio: 'One\r\nTwo \n\n\n Three' }}></author-bio>`);
      const ps = $$(el, '[part=text] p');
      expect(ps.map((p) => p.textContent)).to.deep.equal(['One', 'Two', 'Three']);
      expect(ps[1].getBoundingClientRect().top, 'each paragraph starts a line').to.be.greaterThan(ps[0].getBoundingClientRect().bottom - 1);
    });

    it('names its heading at heading-level (2 by default)', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio .data=${saeed()}></author-bio>`);
      expect($(el, 'h2[part=name]')?.textContent).to.equal('Saeed Minhas');
      el.headingLevel = 4;
      await el.updateComplete;
      expect($(el, 'h4[part=name]')?.textContent).to.equal('Saeed Minhas');
      expect($(el, 'h2')).to.equal(null);
      const h3 = await fixture<AuthorBio>(html`<author-bio heading-level="3" .data=${saeed()}></author-bio>`);
      expect($(h3, 'h3[part=name]')).to.exist;
    });

    it('compact: avatar, linked name and role on one line, no bio and no links', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio variant="compact" style="inline-size:500px" .data=${saeed()}></author-bio>`);
      const name = $(el, '[part=name]')!;
      expect(name.tagName, 'not a heading unless heading-level is set').to.equal('SPAN');
      const link = name.querySelector('a')!;
      expect(link.textContent).to.equal('Saeed Minhas');
      expect(link.getAttribute('href')).to.equal(saeed().url);
      expect(text(el, 'role')).to.equal(ROLE);
      expect($(el, '[part=text]'), 'no bio').to.equal(null);
      expect($(el, '[part=links]'), 'no links').to.equal(null);
      const avatar = $(el, '[part~=avatar]')!.getBoundingClientRect();
      const n = name.getBoundingClientRect();
      const r = $(el, '[part=role]')!.getBoundingClientRect();
      expect(Math.abs(n.top + n.height / 2 - (r.top + r.height / 2)), 'name and role on one line').to.be.lessThan(4);
      expect(n.top).to.be.greaterThanOrEqual(avatar.top - 1);
      expect(n.bottom).to.be.lessThanOrEqual(avatar.bottom + 1);
      expect(size(el).h, 'as tall as its avatar').to.equal(Math.round(avatar.height * 10) / 10);
    });

    it('compact with heading-level makes the name a heading', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio variant="compact" heading-level="3" .data=${saeed()}></author-bio>`);
      expect($(el, 'h3[part=name] a')?.textContent).to.equal('Saeed Minhas');
    });

    it('has no target on links by default', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio .data=${saeed()}></author-bio>`);
      for (const a of $$(el, 'a')) expect(a.hasAttribute('target'), a.textContent!).to.equal(false);
    });
  });

  describe('avatar', () => {
    it('is a circle of --bs-author-avatar-size', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio style="--bs-author-avatar-size:80px" .data=${saeed()}></author-bio>`);
      const img = $(el, 'img[part=avatar]')!;
      expect(size(img)).to.deep.equal({ w: 80, h: 80 });
      expect(getComputedStyle(img).borderRadius).to.equal('50%');
    });

    it('without an avatar shows initials of the same size, hidden from screen readers', async () => {
      const withImg = await fixture<AuthorBio>(html`<author-bio .data=${saeed()}></author-bio>`);
      const without = await fixture<AuthorBio>(html`<author-bio .data=${{ ...saeed(), avatar: undefined }}></author-bio>`);
      const ph = $(without, '[part~=initials]')!;
      expect(ph.textContent).to.equal('SM');
      expect(ph.getAttribute('aria-hidden')).to.equal('true');
      expect($(without, 'img')).to.equal(null);
      expect(size(ph)).to.deep.equal(size($(withImg, 'img[part=avatar]')!));
      expect(size(without), 'the whole box too').to.deep.equal(size(withImg));
    });

    it('compact without an avatar: initials as big as the compact avatar', async () => {
      const a = await fixture<AuthorBio>(html`<author-bio variant="compact" .data=${saeed()}></author-bio>`);
      const b = await fixture<AuthorBio>(html`<author-bio variant="compact" .data=${{ ...lena() }}></author-bio>`);
      expect(text(b, 'initials')).to.equal('LV');
      expect(size($(b, '[part~=avatar]')!)).to.deep.equal(size($(a, '[part~=avatar]')!));
    });

    it('falls back to the initials when the picture fails to load', async () => {
      const broken = { ...saeed(), avatar: { src: new URL('/no-such-avatar.png', location.href).href, alt: '', width: 96, height: 96 } };
      const el = await fixture<AuthorBio>(html`<author-bio .data=${broken}></author-bio>`);
      const img = $<HTMLImageElement>(el, 'img')!;
      img.loading = 'eager';
      await waitUntil(() => $(el, '[part~=initials]'), 'initials after the image failed', { timeout: 5000 });
      expect($(el, 'img')).to.equal(null);
    });
  });

  describe('safety', () => {
    it('renders hostile names and bios as text', async () => {
      (window as any).__pwned = false;
      const hostile = {
        ...saeed(),
        name: '<script>window.__pwned = true</script><img src=x onerror="window.__pwned=true">',
        role: '<b>boss</b>',
        bio: '<img src=x onerror="window.__pwned=true"> & <i>more</i>',
        links: [{ label: '<img src=x onerror="window.__pwned=true">', url: 'https://ok.example/' }],
      };
      for (const variant of ['full', 'compact']) {
        const el = await fixture<AuthorBio>(html`<author-bio variant=${variant} .data=${hostile}></author-bio>`);
        await aTimeout(50);
        expect(text(el, 'name')).to.equal(hostile.name);
        expect(text(el, 'role')).to.equal('<b>boss</b>');
        expect($$(el, 'script, b, i, img:not([part~=avatar])'), 'no elements from CMS strings').to.have.length(0);
        if (variant === 'full') {
          expect(text(el, 'text')).to.equal(hostile.bio);
          expect(text(el, 'link')).to.equal(hostile.links[0].label);
          expect(text(el, 'more')).to.equal(`More from ${hostile.name}`);
        }
      }
      expect((window as any).__pwned).to.equal(false);
    });

    it('never binds javascript:, data: or relative URLs from .data', async () => {
      const bad = {
        ...saeed(),
        url: 'javascript:alert(1)',
        avatar: { src: 'javascript:alert(1)', alt: '', srcset: [{ src: 'data:image/png;base64,xx', width: 48 }] },
        links: [
          { label: 'Evil', url: ' JavaScript:alert(1)' },
          { label: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
          { label: 'Relative', url: '/x' },
          { label: 'Good', url: 'https://ok.example/' },
        ],
      };
      const el = await fixture<AuthorBio>(html`<author-bio .data=${bad}></author-bio>`);
      const hrefs = $$(el, '[href]').map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['https://ok.example/']);
      expect($(el, '[part=more]'), 'no author page link without a safe URL').to.equal(null);
      expect($(el, 'img'), 'no picture from an unsafe src').to.equal(null);
      expect(text(el, 'initials')).to.equal('SM');
      const compact = await fixture<AuthorBio>(html`<author-bio variant="compact" .data=${bad}></author-bio>`);
      expect($(compact, '[href]')).to.equal(null);
      expect(text(compact, 'name')).to.equal('Saeed Minhas');
    });

    it('a comma in an avatar URL cannot split the srcset into a candidate of its own', async () => {
      const a = saeed();
      a.avatar!.srcset = [{ src: 'https://journal.example/a.jpg,data:x 9w', width: 48 }];
      const el = await fixture<AuthorBio>(html`<author-bio .data=${a}></author-bio>`);
      expect($(el, 'img')!.getAttribute('srcset')).to.equal('https://journal.example/a.jpg%2Cdata:x%209w 48w');
    });

    it('drops unsafe srcset candidates but keeps safe ones', async () => {
      const a = saeed();
      a.avatar!.srcset = [{ src: 'javascript:x', width: 24 }, ...a.avatar!.srcset!];
      const el = await fixture<AuthorBio>(html`<author-bio .data=${a}></author-bio>`);
      const srcset = $(el, 'img')!.getAttribute('srcset')!;
      expect(srcset).to.equal('https://journal.example/avatars/saeed-48.jpg 48w, https://journal.example/avatars/saeed-96.jpg 96w');
    });
  });

  describe('states', () => {
    it('loading → ready → error are axe-clean in both variants', async () => {
      for (const variant of ['full', 'compact']) {
        const hang = await inSource(memClient([saeed()], { simulate: () => 'hang' }), html`<author-bio variant=${variant} author="saeed-minhas"></author-bio>`);
        expect(hang.status).to.equal('loading');
        expect($(hang, '[part~=skeleton]')?.getAttribute('aria-busy')).to.equal('true');
        expect(sr(hang).textContent).to.contain('Loading…');
        // The skeleton draws its bars: one per line of the name, role and bio, or one in compact.
        const bars = $(hang, '.lines')!.getBoundingClientRect();
        const lh = parseFloat(getComputedStyle($(hang, '.lines')!).lineHeight);
        expect(bars.width, `${variant}: skeleton bars have a width`).to.be.greaterThan(100);
        expect(Math.round(bars.height / lh), `${variant}: lines of bars`).to.equal(variant == 'full' ? 5 : 1);
        await expect(hang, `${variant} loading`).to.be.accessible();

        const ok = await inSource(memClient([saeed()]), html`<author-bio variant=${variant} author="saeed-minhas"></author-bio>`);
        await ready(ok);
        await expect(ok, `${variant} ready`).to.be.accessible();

        const noAvatar = await fixture<AuthorBio>(html`<author-bio variant=${variant} .data=${lena()}></author-bio>`);
        await expect(noAvatar, `${variant} ready, initials`).to.be.accessible();

        const failing = await inSource(
          memClient([saeed()], { simulate: () => new BroadsheetError('http', 'Server error', { status: 500 }) }),
          html`<author-bio variant=${variant} author="saeed-minhas"></author-bio>`,
        );
        await waitUntil(() => failing.status === 'error');
        await expect(failing, `${variant} error`).to.be.accessible();
      }
    });

    it('error → retry → ready; the message is announced', async () => {
      let fail = true;
      const el = await inSource(memClient([saeed()], { simulate: () => (fail ? new TypeError('Failed to fetch') : undefined) }));
      await waitUntil(() => el.status === 'error', 'error state');
      const alert = $(el, '[role=alert]')!;
      expect(alert.textContent).to.contain('Check your connection');
      expect($(el, '[part=name]'), 'no stale or partial content').to.equal(null);
      fail = false;
      $<HTMLButtonElement>(el, '[part=retry]')!.click();
      await ready(el);
      expect(text(el, 'name')).to.equal('Saeed Minhas');
      expect($(el, '[role=alert]')).to.equal(null);
    });

    it('an unknown author says so and offers no retry', async () => {
      const el = await inSource(memClient([saeed()]), html`<author-bio author="nobody"></author-bio>`);
      await waitUntil(() => el.status === 'error');
      expect(text(el, 'error')).to.equal('This is no longer available.');
      expect($(el, '[part=retry]')).to.equal(null);
    });

    it('changing `author` refetches, aborts the stale request and never shows the old author', async () => {
      const mem = memory({ articles: [], authors: [saeed(), lena()] }, { latencyMs: 80 });
      const signals: Record<string, AbortSignal> = {};
      const source: Source = { ...mem, key: 'memory:abort-test', getAuthor: (k, ctx) => ((signals[k] = ctx.signal), mem.getAuthor(k, ctx)) };
      const el = await inSource(createClient({ source }));
      await ready(el);
      expect(text(el, 'name')).to.equal('Saeed Minhas');

      el.setAttribute('author', 'lena');
      await el.updateComplete;
      expect(el.status, 'skeleton at once').to.equal('loading');
      expect(sr(el).textContent, 'the old author is gone at once').not.to.contain('Saeed');

      // Changed again before it arrived: the stale request is aborted and its answer dropped.
      el.setAttribute('author', 'saeed-minhas');
      await el.updateComplete;
      expect(signals.lena.aborted, 'stale request aborted').to.equal(true);
      await ready(el);
      expect(text(el, 'name')).to.equal('Saeed Minhas');
      await aTimeout(150);
      expect(text(el, 'name'), 'the aborted answer never lands').to.equal('Saeed Minhas');

      el.author = 'lena';
      await el.updateComplete;
      expect(text(el, 'name'), 'skeleton, not the old author').to.equal(undefined);
      await ready(el);
      expect(text(el, 'name')).to.equal('Lena Vogt');
    });

    it('.data wins over `author` and makes no request', async () => {
      let calls = 0;
      const el = await inSource(
        memClient([saeed()], { simulate: () => void calls++ }),
        html`<author-bio author="saeed-minhas" .data=${lena()}></author-bio>`,
      );
      await aTimeout(30);
      expect(text(el, 'name')).to.equal('Lena Vogt');
      expect(calls).to.equal(0);
    });

    it('keeps the light-DOM fallback when it has nothing to show', async () => {
      const el = await fixture<AuthorBio>(
        html`<author-bio><a href="https://journal.example/author/saeed-minhas/">Saeed Minhas</a></author-bio>`,
      );
      const fallback = el.querySelector('a')!;
      expect(fallback.getBoundingClientRect().width, 'the fallback link is visible').to.be.greaterThan(0);
      el.data = saeed();
      await el.updateComplete;
      expect(fallback.getBoundingClientRect().width, 'replaced once data arrives').to.equal(0);
      expect(text(el, 'name')).to.equal('Saeed Minhas');
    });

    it('works registered under another tag name', async () => {
      customElements.define('my-author-box', class extends AuthorBio {});
      const el = await fixture<AuthorBio>(html`<my-author-box .data=${saeed()}></my-author-box>`);
      expect(text(el, 'name')).to.equal('Saeed Minhas');
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the links in reading order, then "More from…"', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>before</button><author-bio .data=${saeed()}></author-bio></div>`);
      const el = wrapper.querySelector('author-bio')!;
      wrapper.querySelector('button')!.focus();
      const seen: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        seen.push(sr(el).activeElement?.textContent?.trim() ?? '');
      }
      expect(seen).to.deep.equal(['Website', 'X', 'More from Saeed Minhas']);
    });

    it('compact: the name link is the one stop', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>before</button><author-bio variant="compact" .data=${saeed()}></author-bio><button>after</button></div>`,
      );
      const el = wrapper.querySelector('author-bio')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(sr(el).activeElement?.textContent).to.equal('Saeed Minhas');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('after');
    });
  });

  describe('layout', () => {
    it('RTL: the avatar sits on the inline-start side', async () => {
      for (const variant of ['full', 'compact']) {
        const ltr = await fixture<AuthorBio>(html`<author-bio variant=${variant} style="inline-size:500px" .data=${saeed()}></author-bio>`);
        const rtl = await fixture<AuthorBio>(html`<author-bio dir="rtl" variant=${variant} style="inline-size:500px" .data=${saeed()}></author-bio>`);
        const pos = (el: Element) => ({
          avatar: $(el, '[part~=avatar]')!.getBoundingClientRect(),
          name: $(el, '[part=name]')!.getBoundingClientRect(),
          host: el.getBoundingClientRect(),
        });
        const l = pos(ltr);
        const r = pos(rtl);
        expect(l.avatar.left, `${variant} ltr: avatar at the left edge`).to.be.closeTo(l.host.left, 1);
        expect(l.name.left).to.be.greaterThan(l.avatar.right);
        expect(r.avatar.right, `${variant} rtl: avatar at the right edge`).to.be.closeTo(r.host.right, 1);
        expect(r.name.right).to.be.lessThan(r.avatar.left);
        if (variant === 'full') {
          const more = $(rtl, '[part=more]')!.getBoundingClientRect();
          expect(more.left, 'rtl: "More from" at the inline end (left)').to.be.lessThan($(rtl, '[part=link]')!.getBoundingClientRect().left);
        }
      }
    });

    it('labels follow `lang` (registerLabels) and `labels` overrides', async () => {
      registerLabels('fr', { more: 'Plus de {name}', retry: 'Réessayer' });
      const wrapper = await fixture<HTMLElement>(html`<div lang="fr-CA"><author-bio .data=${saeed()}></author-bio></div>`);
      const el = wrapper.querySelector('author-bio')!;
      expect(text(el, 'more')).to.equal('Plus de Saeed Minhas');
      const failing = await inSource(
        memClient([saeed()], { simulate: () => new BroadsheetError('http', 'x', { status: 500 }) }),
        html`<author-bio lang="fr" author="saeed-minhas"></author-bio>`,
      );
      await waitUntil(() => failing.status === 'error');
      expect(text(failing, 'retry')).to.equal('Réessayer');
      const own = await fixture<AuthorBio>(html`<author-bio lang="fr" .labels=${{ more: 'Tous les articles de {name}' }} .data=${saeed()}></author-bio>`);
      expect(text(own, 'more')).to.equal('Tous les articles de Saeed Minhas');
    });

    for (const variant of ['full', 'compact']) {
      it(`${variant}: the box is the same size before and after the data arrives; nothing after it moves`, async () => {
        const demo = demoDataset.authors.find((a) => a.slug === 'saeed-minhas')!;
        for (const [label, author, width] of [
          ['demo', demo, 640],
          // A phone column: the demo bio wraps to twice its lines or more.
          ['demo, 320 px', demo, 320],
          ['no avatar, no role, no links', { ...lena(), role: undefined }, 640],
          ['five paragraphs', { ...demo, bio: Array(5).fill(demo.bio).join('\n') }, 400],
        ] as const) {
          const { client, release } = gatedClient([{ ...author, slug: 'x' }]);
          const wrapper = await fixture<HTMLElement>(
            html`<div style="inline-size:${width}px"><news-source .client=${client}><author-bio variant=${variant} author="x"></author-bio></news-source><p id="after">after</p></div>`,
          );
          const el = wrapper.querySelector('author-bio')!;
          const after = wrapper.querySelector('#after')!;
          await el.updateComplete;
          expect(el.status).to.equal('loading');
          const before = size(el);
          const afterTop = after.getBoundingClientRect().top;
          expect(before.h, 'space reserved while loading').to.be.greaterThan(30);
          release();
          await ready(el);
          await el.updateComplete;
          const bio = $(el, '[part=text]');
          if (variant == 'full' && label != 'demo' && author.bio!.length > 100)
            expect(bio!.scrollHeight, `${label}: the bio is longer than its lines`).to.be.greaterThan(bio!.clientHeight + 20);
          expect(size(el), `${label}: same box`).to.deep.equal(before);
          expect(after.getBoundingClientRect().top, `${label}: the next paragraph did not move`).to.equal(afterTop);
        }
      });
    }

    it('a bio longer than its lines shows those lines, ending in an ellipsis; all of it is in the page for screen readers, and on the author\'s page', async () => {
      const long = { ...saeed(), bio: 'First paragraph. ' + 'A long career in newsrooms. '.repeat(12) + '\nSecond paragraph, the last.' };
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size:360px"><author-bio .data=${long}></author-bio><p id="after">after</p></div>`);
      const el = wrapper.querySelector('author-bio')!;
      const bio = $(el, '[part=text]')!;
      const lines = (e: HTMLElement) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight));
      expect(lines(bio), '3 lines').to.equal(3);
      expect(bio.scrollHeight, 'the rest is cut').to.be.greaterThan(bio.clientHeight + 20);
      expect(bio.textContent, 'whole in the accessibility tree').to.contain('Second paragraph, the last.');
      expect($(el, '[part=more]')!.getAttribute('href'), 'the whole bio is a click away').to.equal(saeed().url);
      await expect(wrapper).to.be.accessible();
    });

    it('an author without a page shows the whole bio', async () => {
      const long = { ...saeed(), url: undefined, bio: 'First paragraph. ' + 'A long career in newsrooms. '.repeat(12) + '\nSecond paragraph, the last.' };
      const el = await fixture<AuthorBio>(html`<author-bio style="inline-size:360px" .data=${long}></author-bio>`);
      const bio = $(el, '[part=text]')!;
      expect(bio.scrollHeight, 'nothing cut').to.be.at.most(bio.clientHeight + 1);
      const [p1, p2] = $$(el, '[part=text] p');
      expect(p2.getBoundingClientRect().top, 'each paragraph starts a line').to.be.greaterThan(p1.getBoundingClientRect().bottom - 1);
    });

    it('in a narrow column the links and "More from" stay on one line: the link text ends in an ellipsis, whole for screen readers', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio style="inline-size:300px" .data=${saeed()}></author-bio>`);
      const more = $(el, '[part=more]')!;
      const link = $(el, '[part=link]')!;
      expect(more.getBoundingClientRect().bottom, 'same line').to.be.closeTo(link.getBoundingClientRect().bottom, 4);
      expect(more.scrollWidth, 'cut').to.be.greaterThan(more.clientWidth);
      expect(more.textContent).to.equal('More from Saeed Minhas');
      const host = el.getBoundingClientRect();
      const start = more.getBoundingClientRect().left;
      for (const a of $$(el, '[part=link]')) {
        const r = a.getBoundingClientRect();
        expect(r.left >= host.left && r.right <= start, `"${a.textContent}" whole, before "More from"`).to.equal(true);
      }
    });

    it('with large text in a phone column, "More from" still shows a few letters: never a focus stop with nothing to see', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio style="inline-size:320px; font-size:32px" .data=${saeed()}></author-bio>`);
      const more = $(el, '[part=more]')!.getBoundingClientRect();
      const host = el.getBoundingClientRect();
      expect(more.width, 'at least 3em wide').to.be.at.least(3 * 32 - 1);
      expect(more.right, 'inside the box').to.be.at.most(host.right + 0.5);
      for (const a of $$(el, '[part=link]')) expect(a.getBoundingClientRect().right, `"${a.textContent}" inside the box`).to.be.at.most(host.right + 0.5);
    });

    it('--bs-author-bio-lines sets how many lines show (and are reserved)', async () => {
      const long = { ...saeed(), bio: 'Word '.repeat(300) };
      const el = await fixture<AuthorBio>(html`<author-bio style="inline-size:400px; --bs-author-bio-lines: 5" .data=${long}></author-bio>`);
      const bio = $(el, '[part=text]')!;
      expect(Math.round(bio.getBoundingClientRect().height / parseFloat(getComputedStyle(bio).lineHeight))).to.equal(5);
    });

    it('the error message takes the reserved space too', async () => {
      const el = await inSource(memClient([saeed()], { latencyMs: 50, simulate: () => new BroadsheetError('http', 'x', { status: 500 }) }));
      await el.updateComplete;
      const before = size(el);
      await waitUntil(() => el.status === 'error');
      expect(size(el)).to.deep.equal(before);
    });
  });
});
