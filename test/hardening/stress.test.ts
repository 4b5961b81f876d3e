/**
 * Stress: 2,000 elements on one page; attach/detach cycles that must leave no listener behind
 * and abort every request a detached element had in flight; and an `article` attribute switched
 * 50 times against a source with random latency, which must never show another story than the
 * one asked for. (The heap, with forced garbage collection, is checked by
 * `npm run test:hardening`: a test page cannot force a collection.)
 */
import { expect } from '@open-wc/testing';
import '../../src/context/define.js';
import '../../src/components/article-card/define.js';
import '../../src/components/author-bio/define.js';
import '../../src/components/related-stories/define.js';
import '../../src/components/comment-form/define.js';
import type { NewsSource } from '../../src/context/define.js';
import { createClient } from '../../src/sdk/client.js';
import { demoDataset, demoSource } from '../../src/demo/index.js';
import type { Article, Author } from '../../src/sdk/model.js';
import type { Source, SourceContext } from '../../src/sdk/source.js';
import { waitUntil } from '../support/wait.js';
import { canary, clearStages, make, settle, stage, statusOf, type Canary } from './support.js';

const sr = (el: Element) => el.shadowRoot!;
const headline = (card: Element) => sr(card).querySelector('[part=headline]')?.textContent?.trim();
const uid = () => Math.random().toString(36).slice(2, 8);
const articles = demoDataset.articles;
const authors = [...new Map(articles.flatMap((a) => a.authors).map((a) => [a.id, a] as const)).values()];

let c: Canary;
beforeEach(() => (c = canary()));
afterEach(() => {
  c.stop();
  clearStages();
  expect(c.errors, 'uncaught errors').to.deep.equal([]);
  expect(c.rejections, 'unhandled rejections').to.deep.equal([]);
});

/** `source` with every call delayed by 0–`ms` ms at random (abortable), and every call's signal kept. */
function jittery(source: Source, ms: number) {
  const calls: { signal: AbortSignal; settled: boolean }[] = [];
  const delay = (signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => (signal.removeEventListener('abort', stop), resolve()), Math.random() * ms);
      const stop = () => (clearTimeout(t), reject(signal.reason));
      signal.addEventListener('abort', stop);
    });
  const wrap =
    <A extends unknown[], R>(f: (...args: [...A, SourceContext]) => Promise<R>) =>
    async (...args: [...A, SourceContext]): Promise<R> => {
      const ctx = args[args.length - 1] as SourceContext;
      const call = { signal: ctx.signal, settled: false };
      calls.push(call);
      try {
        await delay(ctx.signal);
        return await f(...args);
      } finally {
        call.settled = true;
      }
    };
  const wrapped: Source = {
    key: source.key,
    getArticles: wrap(source.getArticles),
    listArticles: wrap(source.listArticles),
    relatedCandidates: wrap(source.relatedCandidates),
    getAuthor: wrap(source.getAuthor),
    listComments: wrap(source.listComments),
    submitComment: wrap(source.submitComment),
  };
  return { source: wrapped, calls };
}

describe('stress: 2,000 elements on one page', () => {
  it('1,200 cards, 400 author boxes, 200 story lists (600 cards more) and 200 comment forms all render', async () => {
    const s = stage(360);
    const source = make<NewsSource>(s, 'news-source', { client: createClient({ source: demoSource({ name: `stress-${uid()}` }) }) });
    await source.updateComplete;
    const cards: HTMLElement[] = [];
    const bios: HTMLElement[] = [];
    const lists: HTMLElement[] = [];
    const forms: HTMLElement[] = [];
    const variants = ['stacked', 'horizontal', 'compact', 'hero'];
    for (let i = 0; i < 1200; i++) cards.push(make(source, 'article-card', { data: articles[i % articles.length] }, { variant: variants[i % 4] }));
    for (let i = 0; i < 400; i++) bios.push(make(source, 'author-bio', { data: authors[i % authors.length] }, { variant: i % 2 ? 'compact' : 'full' }));
    for (let i = 0; i < 200; i++) lists.push(make(source, 'related-stories', { data: articles.slice(i % 5, (i % 5) + 3) }, { layout: i % 2 ? 'grid' : 'list' }));
    for (let i = 0; i < 200; i++) forms.push(make(source, 'comment-form', {}, { article: articles[i % articles.length].id }));
    expect(source.children).to.have.length(2000);
    await settle(source);
    cards.forEach((card, i) => expect(headline(card), `card ${i}`).to.equal(articles[i % articles.length].title));
    bios.forEach((bio, i) => expect(sr(bio).querySelector('[part~=name]')?.textContent?.trim(), `bio ${i}`).to.equal(authors[i % authors.length].name));
    lists.forEach((list, i) => {
      const inner = [...sr(list).querySelectorAll('article-card')];
      expect(inner.map(headline), `list ${i}`).to.deep.equal(articles.slice(i % 5, (i % 5) + 3).map((a) => a.title));
    });
    forms.forEach((form, i) => expect(sr(form).querySelector('form textarea'), `form ${i}`).to.exist);
    expect(s.scrollWidth, 'nothing overflows the column').to.be.at.most(s.clientWidth + 1);
  });
});

describe('stress: attach/detach cycles', () => {
  /** Listeners added and not removed, on window, document and <html>, while installed. */
  function listenerLedger() {
    const watched = new Set<EventTarget>([window, document, document.documentElement]);
    const live = new Map<string, number>();
    const proto = EventTarget.prototype;
    const { addEventListener: add, removeEventListener: remove } = proto;
    const key = (t: EventTarget, type: string, l: unknown, o?: boolean | AddEventListenerOptions) =>
      `${t === window ? 'window' : t === document ? 'document' : 'html'} ${type} ${typeof o == 'boolean' ? o : !!o?.capture} ${ids.get(l) ?? ids.set(l, ids.size).get(l)}`;
    const ids = new Map<unknown, number>();
    // A bare `addEventListener(…)` call has no `this`: it is the window's.
    proto.addEventListener = function (this: EventTarget | undefined, type: string, l: any, o?: boolean | AddEventListenerOptions) {
      const t = this ?? window;
      if (watched.has(t) && l && !(typeof o == 'object' && o.once)) {
        const k = key(t, type, l, o);
        if (!live.has(k)) live.set(k, 1);
      }
      return add.call(this, type, l, o);
    };
    proto.removeEventListener = function (this: EventTarget | undefined, type: string, l: any, o?: boolean | EventListenerOptions) {
      const t = this ?? window;
      if (watched.has(t) && l) live.delete(key(t, type, l, o));
      return remove.call(this, type, l, o);
    };
    return {
      live: () => [...live.keys()].sort(),
      restore: () => Object.assign(proto, { addEventListener: add, removeEventListener: remove }),
    };
  }

  it('1,000 cards × 6 cycles (fresh and reused, detached before and after their data): no listener left, every request of a detached card aborted', async () => {
    const ledger = listenerLedger();
    try {
      const { source, calls } = jittery(demoSource({ name: `cycles-${uid()}` }), 30);
      const client = createClient({ source, cacheTtlMs: 0, staleTtlMs: 0 });
      const s = stage(360);
      const news = make<NewsSource>(s, 'news-source', { client });
      await news.updateComplete;
      const before = ledger.live();
      const reused = Array.from({ length: 1000 }, (_, i) => {
        const card = document.createElement('article-card');
        card.setAttribute('article', articles[i % articles.length].id);
        card.setAttribute('hide', 'image');
        return card;
      });
      for (let cycle = 0; cycle < 6; cycle++) {
        const fresh = cycle % 2 == 1;
        const cards = fresh
          ? reused.map((r) => {
              const card = document.createElement('article-card');
              card.setAttribute('article', r.getAttribute('article')!);
              card.setAttribute('hide', 'image');
              return card;
            })
          : reused;
        news.append(...cards);
        // Cards that had their story keep it when attached again: no skeleton, no request.
        if (!fresh && cycle > 0) expect(cards.filter((card) => statusOf(card) != 'ready').length, `cycle ${cycle}: reattached cards lost their story`).to.equal(0);
        const early = cycle % 3 == 2;
        if (!early) await waitUntil(() => cards.every((card) => statusOf(card) == 'ready'), `cycle ${cycle}: the cards did not load`);
        else await settle(news);
        const inFlight = calls.filter((call) => !call.settled);
        for (const card of cards) card.remove();
        await settle(news);
        if (early && fresh) expect(inFlight.length, `cycle ${cycle}: requests were in flight when the cards left`).to.be.greaterThan(0);
        expect(inFlight.filter((call) => !call.signal.aborted).length, `cycle ${cycle}: requests still running for detached cards`).to.equal(0);
      }
      await waitUntil(() => calls.every((call) => call.settled), 'every source call settles');
      expect(ledger.live(), 'listeners on window, document and <html>').to.deep.equal(before);
    } finally {
      ledger.restore();
    }
  });

  it('comment forms, author boxes and story lists × 5 cycles: no listener left on window, document or <html>', async () => {
    const ledger = listenerLedger();
    try {
      const client = createClient({ source: demoSource({ name: `cycles-${uid()}` }) });
      const s = stage(360);
      const news = make<NewsSource>(s, 'news-source', { client });
      await news.updateComplete;
      const before = ledger.live();
      for (let cycle = 0; cycle < 5; cycle++) {
        const els = [
          ...Array.from({ length: 100 }, (_, i) => make<HTMLElement>(news, 'comment-form', {}, { article: articles[i % articles.length].id })),
          ...Array.from({ length: 100 }, (_, i) => make<HTMLElement>(news, 'author-bio', {}, { author: authors[i % authors.length].id })),
          ...Array.from({ length: 50 }, (_, i) => make<HTMLElement>(news, 'related-stories', {}, { article: articles[i % articles.length].id })),
        ];
        await waitUntil(() => els.every((el) => el.localName == 'comment-form' || statusOf(el) == 'ready'), `cycle ${cycle}: did not load`);
        await settle(news);
        expect(ledger.live().length, `cycle ${cycle}: while attached, the forms listen for "online"`).to.be.greaterThan(before.length);
        for (const el of els) el.remove();
      }
      await settle(news);
      expect(ledger.live(), 'listeners on window, document and <html>').to.deep.equal(before);
    } finally {
      ledger.restore();
    }
  });
});

describe('stress: rapid attribute changes never show stale data', () => {
  /** Runs `switches` (each sets the next key) at random small intervals, some back to back. */
  async function switchRapidly(keys: string[], set: (key: string) => void) {
    for (const key of keys) {
      set(key);
      const r = Math.random();
      if (r < 0.3) continue; // same task
      await new Promise((done) => setTimeout(done, r < 0.6 ? 0 : Math.random() * 25));
    }
  }
  const pick = <T>(list: T[], n: number) => Array.from({ length: n }, () => list[Math.floor(Math.random() * list.length)]);

  it('<article-card>: `article` switched 50 times; every headline shown is the current article’s, and the last one wins', async () => {
    const { source } = jittery(demoSource({ name: `rapid-${uid()}` }), 40);
    const news = make<NewsSource>(stage(360), 'news-source', { client: createClient({ source, cacheTtlMs: 0, staleTtlMs: 0 }) });
    await news.updateComplete;
    const card = make<HTMLElement & { article: string }>(news, 'article-card', {}, { article: articles[0].id });
    await waitUntil(() => statusOf(card) == 'ready', 'first load');
    const byId = new Map(articles.map((a) => [a.id, a] as const));
    const stale: string[] = [];
    let seen = 0;
    const check = () => {
      const shown = headline(card);
      if (shown === undefined || statusOf(card) != 'ready') return;
      seen++;
      const want = byId.get(card.getAttribute('article')!)!.title;
      if (shown != want) stale.push(`showed "${shown}" for article ${card.getAttribute('article')} ("${want}")`);
    };
    const mo = new MutationObserver(check);
    mo.observe(sr(card), { subtree: true, childList: true, characterData: true });
    const keys = pick(articles, 50).map((a) => a.id);
    await switchRapidly(keys, (k) => card.setAttribute('article', k));
    await waitUntil(() => statusOf(card) == 'ready', 'the last article did not load');
    await settle(card);
    check();
    mo.disconnect();
    expect(stale, 'stale headlines').to.deep.equal([]);
    expect(headline(card)).to.equal(byId.get(keys[keys.length - 1])!.title);
    expect(seen, 'headlines were seen along the way').to.be.greaterThan(0);
  });

  it('<author-bio>: `author` switched 50 times; the name shown is always the current author’s', async () => {
    const { source } = jittery(demoSource({ name: `rapid-${uid()}` }), 40);
    const news = make<NewsSource>(stage(360), 'news-source', { client: createClient({ source, cacheTtlMs: 0, staleTtlMs: 0 }) });
    await news.updateComplete;
    const bio = make<HTMLElement>(news, 'author-bio', {}, { author: authors[0].id });
    await waitUntil(() => statusOf(bio) == 'ready', 'first load');
    const byId = new Map<string, Author>(authors.map((a) => [a.id, a]));
    const stale: string[] = [];
    const name = () => sr(bio).querySelector('[part~=name]')?.textContent?.trim();
    const check = () => {
      if (statusOf(bio) != 'ready') return;
      const want = byId.get(bio.getAttribute('author')!)!.name;
      if (name() != want) stale.push(`showed ${name()} for ${want}`);
    };
    const mo = new MutationObserver(check);
    mo.observe(sr(bio), { subtree: true, childList: true, characterData: true });
    const keys = pick(authors, 50).map((a) => a.id);
    await switchRapidly(keys, (k) => bio.setAttribute('author', k));
    await waitUntil(() => statusOf(bio) == 'ready', 'the last author did not load');
    await settle(bio);
    check();
    mo.disconnect();
    expect(stale).to.deep.equal([]);
    expect(name()).to.equal(byId.get(keys[keys.length - 1])!.name);
  });

  it('<related-stories>: `article` switched 50 times; the final list is the final article’s, without it', async () => {
    const { source } = jittery(demoSource({ name: `rapid-${uid()}` }), 40);
    const client = createClient({ source, cacheTtlMs: 0, staleTtlMs: 0 });
    const news = make<NewsSource>(stage(360), 'news-source', { client });
    await news.updateComplete;
    const list = make<HTMLElement>(news, 'related-stories', {}, { article: articles[0].id, limit: '3' });
    await waitUntil(() => statusOf(list) == 'ready', 'first load');
    const keys = pick(articles, 50).map((a) => a.id);
    const wrong: string[] = [];
    const mo = new MutationObserver(() => {
      if (statusOf(list) != 'ready') return;
      const current = list.getAttribute('article')!;
      const shown = ((list as unknown as { value: Article[] }).value ?? []).map((a) => a.id);
      if (shown.includes(current)) wrong.push(`article ${current} listed as related to itself`);
    });
    mo.observe(sr(list), { subtree: true, childList: true, characterData: true });
    await switchRapidly(keys, (k) => list.setAttribute('article', k));
    await waitUntil(() => statusOf(list) == 'ready', 'the last list did not load');
    await settle(list);
    mo.disconnect();
    const final = keys[keys.length - 1];
    const want = (await createClient({ source: demoSource({ name: `rapid-${uid()}` }) }).articles.related(final, { limit: 3 })).map((a) => a.title);
    expect([...sr(list).querySelectorAll('article-card')].map(headline)).to.deep.equal(want);
    expect(wrong).to.deep.equal([]);
  });
});
