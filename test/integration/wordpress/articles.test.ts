/**
 * Articles from a real WordPress, through the real SDK: what was seeded (seed-data.json, the demo
 * dataset) comes back typed. Every request here is cross-origin (the page and WordPress are on
 * two 127.0.0.1 ports), so these also prove that WordPress's CORS answers let a page read them,
 * headers included.
 */
import { expect } from '@open-wc/testing';
import { createClient, wordpress, isBroadsheetError, type Article } from '../../../src/sdk/index.js';
import { demoSource } from '../../../src/demo/index.js';
import {
  article,
  countingClient,
  data,
  datasetId,
  newestFirst,
  NO_IMAGE,
  CLOSED,
  post,
  rejection,
  REST,
  RUSSIA,
  seed,
  texturized,
  type SeedArticle,
  to,
  user,
} from './support.js';

/** Data-set ids of a page of articles, to compare with the seed. */
const dsIds = (items: Article[]) => items.map((a) => datasetId(a.id));
const sorted = (xs: (string | undefined)[]) => [...xs].sort();
const hasEntity = (s: string) => /&(#\d+|#x[\da-f]+|[a-z]+);/i.test(s);

describe('articles.get', () => {
  it('by id: the reference article, typed, with entities decoded and the featured image’s renditions', async () => {
    const { client, requests } = countingClient();
    const a = await client.articles.get(post(RUSSIA));
    const seeded = article(RUSSIA);
    expect(a.id).to.equal(post(RUSSIA));
    expect(a.slug).to.equal(seeded.slug);
    // The seed says "Russia's"; WordPress texturizes it to Russia&#8217;s; we show the character.
    expect(a.title).to.equal('Russia\u2019s China Dilemma: Is Moscow Losing Its Independence?');
    expect(a.excerpt, 'plain text: no <p>, no trailing newline, entities decoded').to.equal(texturized(seeded.excerpt));
    expect(a.url).to.equal(`${seed.baseUrl}/2024/05/${seeded.slug}/`);
    expect(a.publishedAt).to.match(/Z$/);
    expect(Date.parse(a.publishedAt)).to.equal(Date.parse(seeded.publishedAt));
    expect(Date.parse(a.updatedAt!)).to.equal(Date.parse(seeded.updatedAt!));
    expect(a.commentsOpen).to.equal(true);

    expect(a.authors).to.have.length(1);
    const [au] = a.authors;
    expect(au).to.include({ id: user('saeed-minhas'), slug: 'saeed-minhas', name: 'Saeed Minhas', role: 'Chief Editor (National)' });
    expect(au.bio).to.equal(data.authors.find((x) => x.slug == 'saeed-minhas')!.bio);

    expect(a.sections.map((s) => [s.id, s.slug, s.name])).to.deep.equal([[String(seed.categories.world), 'world', 'World']]);
    expect(a.sections[0].url).to.equal(`${seed.baseUrl}/category/world/`);
    expect(sorted(a.tags.map((t) => t.slug))).to.deep.equal(sorted(seeded.tags));
    for (const t of a.tags) expect(t.id).to.equal(String(seed.tags[t.slug]));

    const img = a.image!;
    expect(img.alt).to.equal(seeded.image!.alt);
    expect([img.width, img.height]).to.deep.equal([960, 540]);
    expect(img.src).to.match(new RegExp(`^${seed.baseUrl}/wp-content/uploads/2024/05/${seeded.slug}\\.jpg$`));
    // media_details.sizes: medium 300, medium_large 768, full 960 (the 150×150 thumbnail is a crop: left out).
    expect(img.srcset!.map((c) => c.width)).to.deep.equal([300, 768, 960]);
    for (const c of img.srcset!) expect(c.src).to.match(new RegExp(`^${seed.baseUrl}/wp-content/uploads/2024/05/`));
    // The image itself is served (same-origin rules do not apply to <img>, but the URL must be right).
    const r = await fetch(img.srcset![0].src);
    expect([r.status, r.headers.get('content-type')]).to.deep.equal([200, 'image/jpeg']);

    expect(to(requests, '/wp/v2/posts'), 'one request, everything embedded').to.have.length(1);
  });

  it('by slug: the same article', async () => {
    const { client } = countingClient();
    const bySlug = await client.articles.get(article(RUSSIA).slug);
    const byId = await createClient({ source: wordpress(REST) }).articles.get(post(RUSSIA));
    expect(bySlug).to.deep.equal(byId);
  });

  it('every seeded article: title and excerpt as plain text, section names decoded, images with srcset', async () => {
    const { client } = countingClient();
    const { items, total } = await client.articles.list({ perPage: 100 });
    expect(total).to.equal(data.articles.length);
    for (const a of items) {
      const seeded = article(datasetId(a.id)!);
      expect(a.title, seeded.id).to.equal(texturized(seeded.title));
      expect(hasEntity(a.title) || hasEntity(a.excerpt), `${seeded.id}: no entities left`).to.equal(false);
      expect(/<\/?[a-z]/i.test(a.excerpt), `${seeded.id}: no tags left`).to.equal(false);
      expect(a.excerpt.replace(/[\u2018\u2019]/g, "'"), seeded.id).to.equal(seeded.excerpt.replace(/[\u2018\u2019]/g, "'"));
      expect(sorted(a.sections.map((s) => s.slug)), seeded.id).to.deep.equal(sorted(seeded.sections));
      for (const s of a.sections) expect(s.name, 'term names are stored escaped (Science &amp; Tech)').to.equal(data.sections.find((x) => x.slug == s.slug)!.name);
      expect(a.commentsOpen, seeded.id).to.equal(seeded.commentsOpen);
      if (seeded.image) {
        expect(a.image?.srcset?.length, `${seeded.id}: srcset`).to.be.greaterThan(1);
        expect(a.image!.alt).to.equal(seeded.image.alt);
      } else {
        expect(a.image, `${seeded.id}: no featured image`).to.equal(undefined);
      }
    }
    // Right-to-left text survives as is.
    expect(items.find((a) => datasetId(a.id) == '109')!.title).to.equal(article('109').title);
    expect(items.find((a) => datasetId(a.id) == NO_IMAGE)!.image).to.equal(undefined);
    expect(items.find((a) => datasetId(a.id) == CLOSED)!.commentsOpen).to.equal(false);
  });

  it('unknown id or slug → not-found', async () => {
    const { client } = countingClient();
    for (const key of ['999999', 'no-such-story']) {
      const e = await rejection(client.articles.get(key));
      expect(isBroadsheetError(e), String(e)).to.equal(true);
      expect(e.code, key).to.equal('not-found');
    }
  });
});

describe('articles.list', () => {
  it('pages with totals from X-WP-Total / X-WP-TotalPages, read across origins', async () => {
    const { client, responses } = countingClient();
    const p1 = await client.articles.list({ perPage: 5 });
    expect(new URL(REST).origin, 'WordPress is another origin than this page').to.not.equal(location.origin);
    expect(responses[0].headers.get('X-WP-Total'), 'exposed by Access-Control-Expose-Headers').to.equal(String(data.articles.length));
    expect(responses[0].headers.get('X-WP-TotalPages')).to.equal('3');
    expect({ page: p1.page, perPage: p1.perPage, total: p1.total, totalPages: p1.totalPages }).to.deep.equal({
      page: 1,
      perPage: 5,
      total: data.articles.length,
      totalPages: Math.ceil(data.articles.length / 5),
    });
    const p2 = await client.articles.list({ perPage: 5, page: 2 });
    const p3 = await client.articles.list({ perPage: 5, page: 3 });
    expect([p1.items.length, p2.items.length, p3.items.length]).to.deep.equal([5, 5, data.articles.length - 10]);
    expect([...dsIds(p1.items), ...dsIds(p2.items), ...dsIds(p3.items)], 'newest first, no gaps, no repeats').to.deep.equal(newestFirst());
    const past = await client.articles.list({ perPage: 5, page: 4 });
    expect(past.items, 'a page past the end is empty, not an error').to.deep.equal([]);
  });

  const filters: [string, 'categories' | 'tags' | 'users', 'section' | 'tag' | 'author', string, (a: SeedArticle) => boolean][] = [
    ['section economy', 'categories', 'section', 'economy', (a) => a.sections.includes('economy')],
    ['section science-tech', 'categories', 'section', 'science-tech', (a) => a.sections.includes('science-tech')],
    ['tag trade', 'tags', 'tag', 'trade', (a) => a.tags.includes('trade')],
    ['tag china', 'tags', 'tag', 'china', (a) => a.tags.includes('china')],
    // WordPress has one author per post: the data set's first.
    ['author farah-qadri', 'users', 'author', 'farah-qadri', (a) => a.authors[0] == 'farah-qadri'],
    ['author saeed-minhas', 'users', 'author', 'saeed-minhas', (a) => a.authors[0] == 'saeed-minhas'],
  ];
  for (const [name, map, param, slug, match] of filters) {
    it(`filters by ${name}, by id and by slug, with the right total`, async () => {
      const { client } = countingClient();
      const expected = data.articles.filter(match).map((a) => a.id);
      expect(expected.length, 'the data set has some').to.be.greaterThan(0);
      const bySlug = await client.articles.list({ [param]: slug, perPage: 100 });
      const byId = await client.articles.list({ [param]: String(seed[map][slug]), perPage: 100 });
      expect(sorted(dsIds(bySlug.items))).to.deep.equal(sorted(expected));
      expect(bySlug.total).to.equal(expected.length);
      expect(dsIds(byId.items)).to.deep.equal(dsIds(bySlug.items));
      expect(byId.total).to.equal(expected.length);
    });
  }

  it('paginates a filtered list (X-WP-Total counts the filtered set)', async () => {
    const { client } = countingClient();
    const climate = data.articles.filter((a) => a.sections.includes('climate')).map((a) => a.id);
    const p1 = await client.articles.list({ section: 'climate', perPage: 2 });
    const p2 = await client.articles.list({ section: 'climate', perPage: 2, page: 2 });
    expect([p1.total, p1.totalPages]).to.deep.equal([climate.length, Math.ceil(climate.length / 2)]);
    expect(sorted([...dsIds(p1.items), ...dsIds(p2.items)])).to.deep.equal(sorted(climate));
  });

  it('an unknown section, tag or author → an empty page, not an error', async () => {
    const { client } = countingClient();
    for (const q of [{ section: 'sport' }, { tag: 'no-such-tag' }, { author: 'nobody' }]) {
      const p = await client.articles.list(q);
      expect([p.items.length, p.total], JSON.stringify(q)).to.deep.equal([0, 0]);
    }
  });

  it('search and exclude', async () => {
    const { client } = countingClient();
    const found = await client.articles.list({ search: 'glacial' });
    expect(dsIds(found.items)).to.deep.equal(['108']);
    const rest = await client.articles.list({ perPage: 100, exclude: [post(RUSSIA), post('107')] });
    expect(rest.total).to.equal(data.articles.length - 2);
    expect(dsIds(rest.items)).to.not.include.members([RUSSIA, '107']);
  });
});

describe('articles.latest and articles.related', () => {
  it('latest: the newest stories, optionally excluding some', async () => {
    const { client } = countingClient();
    expect(dsIds(await client.articles.latest({ limit: 4 }))).to.deep.equal(newestFirst().slice(0, 4));
    const [newest] = newestFirst();
    expect(dsIds(await client.articles.latest({ limit: 4, exclude: [post(newest)] }))).to.deep.equal(newestFirst().slice(1, 5));
  });

  it('related: ranked by shared sections and tags, self excluded, no repeats; the same stories as the demo dataset', async () => {
    const { client } = countingClient();
    const related = await client.articles.related(post(RUSSIA), { limit: 4 });
    const ids = dsIds(related);
    expect(ids).to.have.length(4);
    expect(ids).to.not.include(RUSSIA);
    expect(new Set(ids).size).to.equal(4);
    // 104 shares the section (world) and three tags (china, geopolitics, analysis).
    expect(ids[0]).to.equal('104');
    const me = article(RUSSIA);
    for (const id of ids) {
      const a = article(id!);
      expect(a.sections.some((s) => me.sections.includes(s)) || a.tags.some((t) => me.tags.includes(t)), `${id} shares a term`).to.equal(true);
    }
    // The embedded demo dataset (memory source) is the same data: the ranking must agree.
    const demo = createClient({ source: demoSource() });
    const expected = (await demo.articles.related(RUSSIA, { limit: 4 })).map((a) => a.id);
    expect(ids).to.deep.equal(expected);
  });

  it('related of an article object (no extra fetch of it) and of a slug', async () => {
    const { client, requests } = countingClient();
    const a = await client.articles.get(article(RUSSIA).slug);
    const n = requests.length;
    const byObject = await client.articles.related(a, { limit: 3 });
    expect(requests.slice(n).filter((r) => /[?&](include|slug)=/.test(r)), 'no refetch of the article').to.deep.equal([]);
    const bySlug = await countingClient().client.articles.related(article(RUSSIA).slug, { limit: 3 });
    expect(dsIds(bySlug)).to.deep.equal(dsIds(byObject));
  });
});
