import { expect } from '@open-wc/testing';
import { demoDataset, demoSections, demoSource, demoTags } from '../../src/demo/index.js';
import type { Article, Image, Term } from '../../src/sdk/model.js';
import { rankRelated } from '../../src/sdk/related.js';
import type { SourceContext } from '../../src/sdk/source.js';

const { articles, authors } = demoDataset;
const comments = demoDataset.comments ?? [];
const ctx = (): SourceContext => ({ signal: new AbortController().signal, fetch: globalThis.fetch });

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

const REFERENCE_TITLE = "Russia's China Dilemma: Is Moscow Losing Its Independence?";
const RELATED: [title: string, excerptStart: string][] = [
  ['Exploring Human-Infant Interactions with BabyX', 'In a groundbreaking initiative, developmental psychology researchers at the'],
  ["CPEC: Unlocking Central Asia's Wealth", 'The China-Pakistan Economic Corridor (CPEC) is a monumental initiative'],
  ['Muslim Nations with Beijing Over US in South China Sea Conflict', 'In recent years, the geopolitical landscape of the South'],
  ["GEF's Profit Shift: Climate Aid or Cash Grab?", 'The Global Environment Facility (GEF), originally established to address'],
  ["Media Manipulation: How the West Distorts Gaza's Reality", 'Western media coverage of Gaza has often been criticized'],
];

const reference = () => articles.find((a) => a.title === REFERENCE_TITLE)!;

function unique(values: string[], what: string) {
  const seen = new Set<string>();
  for (const v of values) {
    expect(seen.has(v), `${what} "${v}" is repeated`).to.equal(false);
    seen.add(v);
  }
}

function expectDate(value: string | undefined, where: string) {
  expect(value, where).to.match(ISO_WITH_ZONE);
  expect(Number.isNaN(Date.parse(value!)), where).to.equal(false);
}

function expectHttp(value: string | undefined, where: string) {
  expect(value, where).to.be.a('string');
  expect(['http:', 'https:'], `${where}: ${value}`).to.include(new URL(value!).protocol);
}

/** Every picture in the dataset, with where it is used. */
function images(): [where: string, image: Image][] {
  return [
    ...articles.filter((a) => a.image).map((a): [string, Image] => [`article ${a.id}`, a.image!]),
    ...authors.filter((a) => a.avatar).map((a): [string, Image] => [`author ${a.id}`, a.avatar!]),
  ];
}

function load(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`${src} did not load`));
    img.src = src;
  });
}

describe('demo dataset', () => {
  it('is big enough for related and latest lists to mean something', () => {
    expect(articles.length).to.be.at.least(12);
    expect(authors.length).to.be.at.least(3);
    expect(new Set(articles.flatMap((a) => a.sections.map((s) => s.id))).size).to.be.at.least(5);
    expect(new Set(articles.flatMap((a) => a.tags.map((t) => t.id))).size).to.be.at.least(10);
  });

  it('has unique ids and slugs', () => {
    unique(articles.map((a) => a.id), 'article id');
    unique(articles.map((a) => a.slug), 'article slug');
    unique(authors.map((a) => a.id), 'author id');
    unique(authors.map((a) => a.slug), 'author slug');
    unique(comments.map((c) => c.id), 'comment id');
    unique(demoSections.map((s) => s.id), 'section id');
    unique(demoTags.map((t) => t.id), 'tag id');
    unique(demoTags.map((t) => t.slug), 'tag slug');
  });

  it('gives every article required fields and an author, section and tags that exist', () => {
    const termIn = (list: Term[], term: Term, where: string) =>
      expect(list.find((x) => x.id === term.id), where).to.deep.equal(term);
    for (const a of articles) {
      const where = `article ${a.id}`;
      for (const key of ['id', 'slug', 'url', 'title', 'excerpt', 'publishedAt'] as const) {
        expect(a[key], `${where}.${key}`).to.be.a('string').and.not.equal('');
      }
      expect(a.commentsOpen, where).to.be.a('boolean');
      expect(a.readingTimeMinutes, where).to.be.a('number').above(0);
      expect(a.authors, where).not.to.be.empty;
      expect(a.sections, where).not.to.be.empty;
      for (const author of a.authors) expect(authors.find((x) => x.id === author.id), where).to.deep.equal(author);
      for (const s of a.sections) termIn(demoSections, s, where);
      for (const t of a.tags) termIn(demoTags, t, where);
    }
  });

  it('gives every author a role and a bio', () => {
    for (const a of authors) {
      expect(a.name, a.id).to.be.a('string').and.not.equal('');
      expect(a.role, a.id).to.be.a('string').and.not.equal('');
      expect(a.bio.length, a.id).to.be.above(40);
    }
  });

  it('has ISO-8601 dates with a zone', () => {
    for (const a of articles) {
      expectDate(a.publishedAt, `article ${a.id}.publishedAt`);
      if (a.updatedAt !== undefined) expectDate(a.updatedAt, `article ${a.id}.updatedAt`);
    }
    for (const c of comments) expectDate(c.publishedAt, `comment ${c.id}`);
  });

  it('has only absolute http(s) URLs', () => {
    for (const a of articles) {
      expectHttp(a.url, `article ${a.id}.url`);
      [...a.sections, ...a.tags].forEach((t) => t.url !== undefined && expectHttp(t.url, `term ${t.id}`));
    }
    for (const a of authors) {
      expectHttp(a.url, `author ${a.id}.url`);
      a.links?.forEach((l) => expectHttp(l.url, `author ${a.id} link ${l.label}`));
    }
    for (const c of comments) if (c.authorUrl !== undefined) expectHttp(c.authorUrl, `comment ${c.id}`);
    for (const [where, img] of images()) {
      expectHttp(img.src, where);
      img.srcset?.forEach((candidate) => expectHttp(candidate.src, `${where} srcset`));
    }
    // Articles and authors live on a host that never resolves.
    for (const a of articles) expect(new URL(a.url).hostname).to.equal('demo.broadsheet.invalid');
  });

  it('keeps text fields plain text', () => {
    const texts = [
      ...articles.flatMap((a) => [a.title, a.excerpt]),
      ...authors.flatMap((a) => [a.name, a.bio, a.role ?? '']),
      ...comments.flatMap((c) => [c.authorName, c.bodyText]),
    ];
    for (const text of texts) expect(text).not.to.match(/<[a-z/]|&[#a-z0-9]+;/i);
  });

  it('keeps comments consistent with their articles', () => {
    for (const c of comments) {
      const article = articles.find((a) => a.id === c.articleId);
      expect(article, `comment ${c.id}`).to.exist;
      if (c.parentId) {
        const parent = comments.find((p) => p.id === c.parentId);
        expect(parent?.articleId, `comment ${c.id} parent`).to.equal(c.articleId);
      }
    }
    for (const a of articles) {
      const published = comments.filter((c) => c.articleId === a.id && c.status === 'published').length;
      expect(a.commentCount ?? 0, `article ${a.id}.commentCount`).to.equal(published);
    }
  });

  describe('the reference page', () => {
    it('has the article as DESIGN.md describes it', () => {
      const a = reference();
      expect(a).to.exist;
      expect(a.excerpt).to.equal(
        "Moscow's evolving relationship with Beijing is raising questions about the true cost of Russia's alliance with China.",
      );
      expect(a.publishedAt.slice(0, 10)).to.equal('2024-05-26');
      expect(new Date(a.publishedAt).getUTCDay()).to.equal(0); // "Sunday, May 26, 2024"
      expect(a.tags.map((t) => t.slug)).to.include.members(['china', 'russia', 'geopolitics']);
      expect(a.commentsOpen).to.equal(true);
      expect(a.image).to.exist;
      for (const heading of [
        'The Moscow-Beijing Nexus',
        'Uneven Benefits',
        'Economic and Military Disparities',
        'The Need for a Counterbalance',
        "Putin's Denial",
      ]) {
        expect(a.contentHtml).to.include(`<h2>${heading}</h2>`);
      }
    });

    it('is by Saeed Minhas, Chief Editor (National), with the bio from DESIGN.md and two links', () => {
      const [author] = reference().authors;
      expect(author).to.include({ name: 'Saeed Minhas', role: 'Chief Editor (National)' });
      expect(author!.bio).to.equal(
        'Saeed Minhas is an accomplished journalist with extensive experience in the field. He has held ' +
          'prominent positions such as Editor at Daily Times and Daily Duniya. Currently, he serves as the ' +
          'Chief Editor (National) at The Think Tank Journal.',
      );
      expect(author!.links).to.have.length(2);
      expect(author!.avatar).to.exist;
    });

    it('has the five related stories, each headline with the start of its excerpt', () => {
      for (const [title, start] of RELATED) {
        const a = articles.find((x) => x.title === title);
        expect(a, title).to.exist;
        expect(a!.excerpt.startsWith(start), title).to.equal(true);
        expect(a!.excerpt.length, title).to.be.above(start.length + 20);
      }
    });

    it('ranks exactly those five as related to it, through the memory source', async () => {
      const source = demoSource();
      const [a] = await source.getArticles(['russias-china-dilemma-is-moscow-losing-its-independence'], ctx());
      const candidates = await source.relatedCandidates(a!, 5, ctx());
      const related = rankRelated(a!, candidates, 5);
      expect(related.map((r) => r.title)).to.have.members(RELATED.map(([title]) => title));
    });

    it('has comments on it, with a reply, and one held for moderation that is not listed', async () => {
      const mine = comments.filter((c) => c.articleId === reference().id);
      expect(mine.some((c) => c.parentId)).to.equal(true);
      expect(mine.some((c) => c.status === 'pending')).to.equal(true);
      const listed = await demoSource().listComments(reference().id, {}, ctx());
      expect(listed.total).to.equal(reference().commentCount);
    });

    it('has later stories for "Latest stories"', async () => {
      const latest = await demoSource().listArticles({ perPage: 5, exclude: [reference().id] }, ctx());
      expect(latest.items).to.have.length(5);
      expect(latest.items.some((a) => a.publishedAt > reference().publishedAt)).to.equal(true);
    });
  });

  describe('edge cases for the components', () => {
    it('has an article with no image', () => {
      expect(articles.some((a) => !a.image)).to.equal(true);
    });

    it('has an article with comments closed', () => {
      expect(articles.some((a) => !a.commentsOpen)).to.equal(true);
    });

    it('has a long title', () => {
      expect(Math.max(...articles.map((a) => a.title.length))).to.be.above(110);
    });

    it('has a right-to-left title and accented names', () => {
      expect(articles.some((a) => RTL.test(a.title))).to.equal(true);
      expect(authors.some((a) => /[À-ÿ]/.test(a.name))).to.equal(true);
      expect(comments.some((c) => /[À-ÿ]/.test(c.authorName))).to.equal(true);
    });

    it('has an article with two authors', () => {
      expect(articles.some((a) => a.authors.length > 1)).to.equal(true);
    });
  });

  describe('images', () => {
    it('have meaningful alt texts', () => {
      for (const [where, img] of images()) {
        expect(img.alt.length, where).to.be.above(10);
        expect(img.alt, where).not.to.match(/\.(webp|jpe?g|png|svg)\b/i);
      }
      unique(articles.filter((a) => a.image).map((a) => a.image!.alt), 'alt text');
    });

    it('have two widths each, narrowest first, with the src among them', () => {
      for (const [where, img] of images()) {
        expect(img.width, where).to.be.a('number');
        expect(img.height, where).to.be.a('number');
        const widths = img.srcset!.map((c) => c.width);
        expect(widths, where).to.have.length(2);
        expect(widths[0]!, where).to.be.below(widths[1]!);
        expect(img.srcset!.map((c) => c.src), where).to.include(img.src);
      }
    });

    it('load in the browser at their declared sizes', async () => {
      const checks = images().flatMap(([where, img]) => [
        { where, src: img.src, width: img.width!, height: img.height! },
        ...img.srcset!.map((c) => ({ where, src: c.src, width: c.width, height: Math.round((c.width * img.height!) / img.width!) })),
      ]);
      expect(checks.length).to.be.at.least(40);
      await Promise.all(
        checks.map(async ({ where, src, width, height }) => {
          const loaded = await load(src);
          expect(loaded.naturalWidth, `${where} ${src}`).to.equal(width);
          expect(loaded.naturalHeight, `${where} ${src}`).to.equal(height);
        }),
      );
    });

    it('are small: each under 15 kB, all under 250 kB', async () => {
      const sources = [...new Set(images().flatMap(([, img]) => [img.src, ...img.srcset!.map((c) => c.src)]))];
      const sizes = await Promise.all(sources.map(async (src) => (await (await fetch(src)).arrayBuffer()).byteLength));
      sizes.forEach((size, i) => expect(size, sources[i]).to.be.at.most(15 * 1024));
      expect(sizes.reduce((a, b) => a + b, 0)).to.be.at.most(250 * 1024);
    });
  });

  describe('demoSource', () => {
    it('is a memory source keyed memory:demo that passes options through', async () => {
      expect(demoSource().key).to.equal('memory:demo');
      const slow = demoSource({ latencyMs: 40 });
      const started = performance.now();
      const author = await slow.getAuthor('saeed-minhas', ctx());
      expect(performance.now() - started).to.be.at.least(30);
      expect(author.name).to.equal('Saeed Minhas');
      const held = await demoSource({ moderation: true }).submitComment(
        { articleId: reference().id, name: 'Test Reader', email: 'reader@example.com', body: 'Held, please.' },
        ctx(),
      );
      expect(held.status).to.equal('pending');
    });

    it('does not let one source’s comments leak into another or into the dataset', async () => {
      const first = demoSource();
      await first.submitComment({ articleId: reference().id, name: 'A', email: 'a@example.com', body: 'Only here.' }, ctx());
      expect((await first.listComments(reference().id, {}, ctx())).total).to.equal(reference().commentCount! + 1);
      expect((await demoSource().listComments(reference().id, {}, ctx())).total).to.equal(reference().commentCount);
      expect(comments.some((c) => c.bodyText === 'Only here.')).to.equal(false);
    });

    it('finds every article by slug and refuses comments on the closed one', async () => {
      const source = demoSource();
      const found = await source.getArticles(articles.map((a) => a.slug), ctx());
      expect(found.map((a: Article | undefined) => a?.id)).to.deep.equal(articles.map((a) => a.id));
      const closed = articles.find((a) => !a.commentsOpen)!;
      const error = await source
        .submitComment({ articleId: closed.id, name: 'A', email: 'a@example.com', body: 'Hello' }, ctx())
        .then(() => undefined, (e: unknown) => e);
      expect(error).to.include({ code: 'comment-rejected', reason: 'closed' });
    });
  });
});
