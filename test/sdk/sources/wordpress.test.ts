import { expect } from '@open-wc/testing';
import { BroadsheetError } from '../../../src/sdk/errors.js';
import type { Article, CommentInput } from '../../../src/sdk/model.js';
import type { SourceContext } from '../../../src/sdk/source.js';
import { wordpress } from '../../../src/sdk/sources/wordpress.js';
import { createFetchStub, type FetchStub, type StubAnswer } from '../../support/fetch-stub.js';
import { loadWpFixture, type WpFixture } from '../../support/wp-fixture.js';

const BASE = 'https://news.example/wp-json';
const POSTS = /^GET \/wp-json\/wp\/v2\/posts\?/;
const COMMENTS_POST = /^POST \/wp-json\/wp\/v2\/comments/;

let fx: WpFixture;
let stub: FetchStub;
const ctx = (): SourceContext => ({ signal: new AbortController().signal, fetch: stub.fetch });
const source = (options?: Parameters<typeof wordpress>[1]) => wordpress(BASE, options);
const params = (n = 0) => stub.requests[n].url.searchParams;

async function rejects(p: Promise<unknown>): Promise<BroadsheetError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(BroadsheetError);
    return e as BroadsheetError;
  }
  throw new Error('expected a rejection');
}

const wpError = (status: number, code: string, message = 'Sorry.', data: object = {}): StubAnswer => ({
  status,
  json: { code, message, data: { status, ...data } },
});

/** The fixture's post with what `_embed=author,wp:featuredmedia,wp:term` adds on a real site. */
function embeddedPost(): any {
  const user = fx.UserModel;
  user.description = 'Saeed Minhas is an accomplished journalist &amp; editor.';
  user.name = 'Saeed Minhas';
  const media = {
    ...fx.MediaModel,
    alt_text: 'Moscow &amp; Beijing',
    source_url: 'https://news.example/wp-content/uploads/2024/05/kremlin.jpg',
    media_details: {
      width: 1200,
      height: 675,
      sizes: {
        medium: { file: 'k-300x169.jpg', width: 300, height: 169, source_url: 'https://news.example/wp-content/uploads/2024/05/k-300x169.jpg' },
        large: { file: 'k-1024x576.jpg', width: 1024, height: 576, source_url: 'https://news.example/wp-content/uploads/2024/05/k-1024x576.jpg' },
        thumbnail: { file: 'k-150x150.jpg', width: 150, height: 150, source_url: 'https://news.example/wp-content/uploads/2024/05/k-150x150.jpg' },
        medium_large: { file: 'k-768x432.jpg', width: 768, height: 432, source_url: 'https://news.example/wp-content/uploads/2024/05/k-768x432.jpg' },
        // same width as medium_large: de-duplicated
        custom: { file: 'k-768x433.jpg', width: 768, height: 433, source_url: 'https://news.example/wp-content/uploads/2024/05/k-768x433.jpg' },
        // an unsafe URL never reaches srcset
        evil: { file: 'x', width: 640, height: 360, source_url: 'javascript:alert(1)' },
        full: { file: 'kremlin.jpg', width: 1200, height: 675, source_url: 'https://news.example/wp-content/uploads/2024/05/kremlin.jpg' },
      },
    },
  };
  const category = { ...fx.CategoriesCollection[0], id: 3, name: 'Politics &amp; Power', slug: 'politics', link: 'https://news.example/category/politics/' };
  const tag = { ...fx.TagsCollection[0], id: 6, name: 'china', slug: 'china', link: 'javascript:alert(1)' };
  return {
    ...fx.PostModel,
    id: 4,
    title: { rendered: 'Russia&#8217;s China Dilemma: Is Moscow Losing Its Independence?' },
    excerpt: { rendered: '<p>Moscow&#8217;s evolving relationship with Beijing&hellip;</p>\n', protected: false },
    author: user.id,
    featured_media: media.id,
    categories: [3],
    tags: [6],
    _links: fx.PostsCollection[0]._links,
    _embedded: { author: [user], 'wp:featuredmedia': [media], 'wp:term': [[category], [tag]] },
  };
}

beforeEach(async () => {
  fx = await loadWpFixture();
  stub = createFetchStub();
});

describe('wordpress source: posts from WordPress’s own fixture', () => {
  it('maps PostsCollection to a plain-JSON article', async () => {
    stub.on(POSTS, { json: fx.PostsCollection });
    const [article] = await source().getArticles(['4'], ctx());
    expect(article).to.deep.equal({
      id: '4',
      slug: 'restapi-client-fixture-post',
      url: 'http://example.org/?p=4',
      title: 'REST API Client Fixture: Post',
      excerpt: 'REST API Client Fixture: Post',
      publishedAt: '2017-02-14T00:00:00Z',
      updatedAt: '2017-02-14T00:00:00Z',
      authors: [],
      sections: [],
      tags: [],
      commentsOpen: true,
    } satisfies Article);
    expect(JSON.parse(JSON.stringify(article))).to.deep.equal(article);
  });

  it('batches numeric keys into one include= request with _embed and _fields', async () => {
    stub.on(POSTS, { json: [] });
    await source().getArticles(['4', '7', '12'], ctx());
    expect(stub.requests).to.have.length(1);
    const req = stub.requests[0];
    expect(req.method).to.equal('GET');
    expect(req.url.origin + req.url.pathname).to.equal('https://news.example/wp-json/wp/v2/posts');
    const q = params();
    expect(q.get('include')).to.equal('4,7,12');
    expect(q.has('orderby'), 'answers are matched by id, in any order').to.equal(false);
    expect(q.get('per_page')).to.equal('3');
    expect(q.get('_embed')).to.equal('author,wp:featuredmedia,wp:term');
    const fields = q.get('_fields')!.split(',');
    for (const f of ['id', 'slug', 'link', 'title', 'excerpt', 'date_gmt', 'modified_gmt', 'comment_status', '_links', '_embedded']) {
      expect(fields, f).to.include(f);
    }
    expect(fields).not.to.include('content');
  });

  it('fetches the body and computes reading time only with { content: true }', async () => {
    const post = fx.PostModel;
    post.content.rendered = `<p>${'word '.repeat(690)}</p>\n`;
    stub.on(POSTS, { json: [post] });
    const [article] = await source({ content: true }).getArticles(['4'], ctx());
    expect(params().get('_fields')!.split(',')).to.include('content');
    expect(article!.contentHtml).to.equal(post.content.rendered);
    expect(article!.readingTimeMinutes).to.equal(3);

    stub.on(POSTS, { json: [post] });
    const [plain] = await source().getArticles(['4'], ctx());
    expect(plain).not.to.have.property('contentHtml');
    expect(plain).not.to.have.property('readingTimeMinutes');
  });

  it('looks slugs up with one slug= request and maps results back to key order, undefined for missing', async () => {
    const a = { ...fx.PostModel, id: 4, slug: 'first' };
    const b = { ...fx.PostModel, id: 7, slug: 'second' };
    stub.on(POSTS, (req) => ({ json: req.url.searchParams.has('include') ? [b] : [a] }));
    const result = await source().getArticles(['second-missing', '7', 'first', '99', '7'], ctx());
    expect(result.map((x) => x?.id)).to.deep.equal([undefined, '7', '4', undefined, '7']);
    expect(stub.requests).to.have.length(2);
    const byKind = Object.fromEntries(stub.requests.map((r) => [r.url.searchParams.has('include') ? 'include' : 'slug', r.url.searchParams]));
    expect(byKind.include.get('include')).to.equal('7,99');
    expect(byKind.slug.get('slug')).to.equal('second-missing,first');
    expect(byKind.slug.get('per_page')).to.equal('2');
  });

  it('finds a slug asked for in capitals, or percent-encoded in capitals as a URL bar copies it', async () => {
    // WordPress matches `slug=` after lowercasing it, and keeps a non-Latin slug percent-encoded
    // in lowercase (sanitize_title): it answers with the stored slug.
    const urdu = '%d8%b1%d9%88%d8%b3-%da%86%db%8c%d9%86';
    stub.on(POSTS, { json: [{ ...fx.PostModel, id: 4, slug: 'russias-china' }, { ...fx.PostModel, id: 7, slug: urdu }] });
    const result = await source().getArticles(['Russias-China', urdu.toUpperCase()], ctx());
    expect(result.map((x) => x?.id)).to.deep.equal(['4', '7']);
  });

  it('maps results back to key order when WordPress answers in date order', async () => {
    stub.on(POSTS, { json: [{ ...fx.PostModel, id: 9 }, { ...fx.PostModel, id: 2 }] });
    const result = await source().getArticles(['2', '9'], ctx());
    expect(result.map((x) => x!.id)).to.deep.equal(['2', '9']);
  });

  it('splits more than 100 ids into requests of at most 100 (per_page limit)', async () => {
    stub.on(POSTS, { json: [] });
    const keys = Array.from({ length: 150 }, (_, i) => String(i + 1));
    const result = await source().getArticles(keys, ctx());
    expect(result).to.have.length(150);
    expect(stub.requests.map((r) => r.url.searchParams.get('per_page'))).to.deep.equal(['100', '50']);
  });
});

describe('wordpress source: embedded author, media and terms', () => {
  it('maps _embedded authors, featured media (with srcset) and terms', async () => {
    stub.on(POSTS, { json: [embeddedPost()] });
    const [article] = await source().getArticles(['4'], ctx());
    expect(article!.title).to.equal('Russia’s China Dilemma: Is Moscow Losing Its Independence?');
    expect(article!.excerpt).to.equal('Moscow’s evolving relationship with Beijing…');
    expect(article!.authors).to.deep.equal([
      {
        id: '2',
        slug: 'restapiclientfixtureuser',
        name: 'Saeed Minhas',
        url: 'http://example.org/?author=2',
        bio: 'Saeed Minhas is an accomplished journalist & editor.',
        avatar: {
          src: 'https://secure.gravatar.com/avatar/57cbd982c963c7eb2294e2eee1b4448e?s=96&d=mm&r=g',
          alt: '',
          width: 96,
          height: 96,
          srcset: [24, 48, 96].map((s) => ({ src: `https://secure.gravatar.com/avatar/57cbd982c963c7eb2294e2eee1b4448e?s=${s}&d=mm&r=g`, width: s })),
        },
      },
    ]);
    const up = 'https://news.example/wp-content/uploads/2024/05/';
    expect(article!.image).to.deep.equal({
      src: up + 'kremlin.jpg',
      alt: 'Moscow & Beijing',
      width: 1200,
      height: 675,
      // narrowest first, one per width, no unsafe URL, no square thumbnail crop
      srcset: [
        { src: up + 'k-300x169.jpg', width: 300 },
        { src: up + 'k-768x432.jpg', width: 768 },
        { src: up + 'k-1024x576.jpg', width: 1024 },
        { src: up + 'kremlin.jpg', width: 1200 },
      ],
    });
    expect(article!.sections).to.deep.equal([{ id: '3', slug: 'politics', name: 'Politics & Power', url: 'https://news.example/category/politics/' }]);
    // the tag's javascript: link is dropped, the tag kept
    expect(article!.tags).to.deep.equal([{ id: '6', slug: 'china', name: 'china' }]);
  });

  it('skips embedded error objects instead of failing the article', async () => {
    const post = embeddedPost();
    const err = (code: string, status: number) => ({ code, message: 'Sorry, you are not allowed to do that.', data: { status } });
    post._embedded = {
      author: [err('rest_user_invalid_id', 404), post._embedded.author[0]],
      'wp:featuredmedia': [err('rest_forbidden', 401)],
      'wp:term': [[err('rest_forbidden_context', 401)], post._embedded['wp:term'][1]],
    };
    stub.on(POSTS, { json: [post] });
    const [article] = await source().getArticles(['4'], ctx());
    expect(article!.authors.map((a) => a.name)).to.deep.equal(['Saeed Minhas']);
    expect(article).not.to.have.property('image');
    expect(article!.sections).to.deep.equal([]);
    expect(article!.tags.map((t) => t.slug)).to.deep.equal(['china']);
  });

  it('drops malformed embedded parts (optional) but keeps the article', async () => {
    const post = embeddedPost();
    post._embedded.author[0].link = 'javascript:alert(1)';
    post._embedded['wp:term'] = 'nonsense';
    post._embedded['wp:featuredmedia'][0].media_details = { sizes: 'nope' };
    post._embedded['wp:featuredmedia'][0].source_url = 'data:image/png;base64,AAAA';
    post.excerpt = 42;
    stub.on(POSTS, { json: [post] });
    const [article] = await source().getArticles(['4'], ctx());
    expect(article!.authors).to.deep.equal([]);
    expect(article!.sections).to.deep.equal([]);
    expect(article).not.to.have.property('image');
    expect(article!.excerpt).to.equal('');
  });

  it('has no image when there is no featured media', async () => {
    const post = embeddedPost();
    post.featured_media = 0;
    delete post._embedded['wp:featuredmedia'];
    stub.on(POSTS, { json: [post] });
    const [article] = await source().getArticles(['4'], ctx());
    expect(article).not.to.have.property('image');
  });

  it('uses source_url when the media has no sizes (the fixture’s MediaModel)', async () => {
    const post = embeddedPost();
    post._embedded['wp:featuredmedia'] = [fx.MediaModel];
    stub.on(POSTS, { json: [post] });
    const [article] = await source().getArticles(['4'], ctx());
    expect(article!.image).to.deep.equal({ src: 'http://example.org/wp-content/uploads//tmp/canola.jpg', alt: '' });
  });
});

describe('wordpress source: dates', () => {
  const withDates = async (dates: Record<string, unknown>) => {
    stub.on(POSTS, { json: [{ ...fx.PostModel, ...dates }] });
    return (await source().getArticles(['4'], ctx()))[0]!;
  };

  it('appends Z to zone-less GMT dates', async () => {
    const a = await withDates({ date_gmt: '2024-05-26T04:30:00', modified_gmt: '2024-05-27T10:00:00' });
    expect(a.publishedAt).to.equal('2024-05-26T04:30:00Z');
    expect(a.updatedAt).to.equal('2024-05-27T10:00:00Z');
    expect(Date.parse(a.publishedAt)).to.equal(Date.UTC(2024, 4, 26, 4, 30));
  });

  it('keeps a zone that is already there', async () => {
    const a = await withDates({ date_gmt: '2024-05-26T04:30:00+00:00' });
    expect(a.publishedAt).to.equal('2024-05-26T04:30:00+00:00');
  });

  it('falls back to date when date_gmt is missing or null', async () => {
    expect((await withDates({ date_gmt: null, date: '2024-05-26T09:00:00' })).publishedAt).to.equal('2024-05-26T09:00:00Z');
  });

  it('drops a malformed modified date, fails on a malformed publication date', async () => {
    expect(await withDates({ modified_gmt: 'yesterday' })).not.to.have.property('updatedAt');
    stub.on(POSTS, { json: [{ ...fx.PostModel, date_gmt: '2024-13-45T99:00:00' }] });
    const e = await rejects(source().getArticles(['4'], ctx()));
    expect(e.code).to.equal('invalid-response');
    expect(e.path).to.equal('posts[0].date_gmt');
  });
});

describe('wordpress source: listArticles', () => {
  it('reads pagination from X-WP-Total / X-WP-TotalPages', async () => {
    stub.on(POSTS, { json: fx.PostsCollection, headers: { 'X-WP-Total': '21', 'X-WP-TotalPages': '3' } });
    const page = await source().listArticles({ page: 2, perPage: 10, search: 'moscow', exclude: ['4', 'not-an-id', '9'] }, ctx());
    expect(page).to.include({ page: 2, perPage: 10, total: 21, totalPages: 3 });
    expect(page.items.map((a) => a.id)).to.deep.equal(['4']);
    const q = params();
    expect(q.get('page')).to.equal('2');
    expect(q.get('per_page')).to.equal('10');
    expect(q.get('search')).to.equal('moscow');
    expect(q.get('exclude')).to.equal('4,9');
    expect(q.get('_embed')).to.equal('author,wp:featuredmedia,wp:term');
  });

  it('derives pagination from the items when the headers are missing', async () => {
    stub.on(POSTS, { json: fx.PostsCollection });
    expect(await source().listArticles({ page: 3, perPage: 5 }, ctx())).to.include({ page: 3, perPage: 5, total: 11, totalPages: 3 });
    const full = Array.from({ length: 2 }, (_, i) => ({ ...fx.PostModel, id: i + 1 }));
    stub.on(POSTS, { json: full });
    // a full page: there may be more
    expect(await source().listArticles({ perPage: 2 }, ctx())).to.include({ page: 1, total: 2, totalPages: 2 });
  });

  it('clamps per_page to 1–100 and defaults to page 1, 10 per page', async () => {
    stub.on(POSTS, { json: [] });
    await source().listArticles({ perPage: 500 }, ctx());
    await source().listArticles({ page: 0, perPage: 0 }, ctx());
    expect(params(0).get('per_page')).to.equal('100');
    expect(params(1).get('per_page')).to.equal('10');
    expect(params(1).get('page')).to.equal('1');
  });

  it('turns a page past the end (400 rest_post_invalid_page_number) into an empty page', async () => {
    stub.on(POSTS, wpError(400, 'rest_post_invalid_page_number', 'The page number requested is larger than the number of pages available.'));
    const page = await source().listArticles({ page: 9, perPage: 10 }, ctx());
    expect(page.items).to.deep.equal([]);
    expect(page.page).to.equal(9);
    expect(page.totalPages).to.be.below(9);
  });

  it('passes numeric section/tag/author ids straight through', async () => {
    stub.on(POSTS, { json: [] });
    await source().listArticles({ section: '3', tag: '6', author: '2' }, ctx());
    expect(stub.requests).to.have.length(1);
    expect([params().get('categories'), params().get('tags'), params().get('author')]).to.deep.equal(['3', '6', '2']);
  });

  it('resolves section/tag/author slugs to ids first, and caches the lookups', async () => {
    stub
      .on(/^GET \/wp-json\/wp\/v2\/categories\?/, { json: [{ id: 3 }] })
      .on(/^GET \/wp-json\/wp\/v2\/tags\?/, { json: [{ ...fx.TagsCollection[0], id: 6 }] })
      .on(/^GET \/wp-json\/wp\/v2\/users\?/, { json: [{ id: 2 }] })
      .on(POSTS, { json: fx.PostsCollection });
    const wp = source();
    await wp.listArticles({ section: 'politics', tag: 'china', author: 'saeed-minhas' }, ctx());
    const lookups = stub.requests.filter((r) => !r.url.pathname.endsWith('/posts'));
    expect(lookups.map((r) => `${r.url.pathname.split('/').pop()}?slug=${r.url.searchParams.get('slug')}`).sort()).to.deep.equal([
      'categories?slug=politics',
      'tags?slug=china',
      'users?slug=saeed-minhas',
    ]);
    const posts = stub.requests.find((r) => r.url.pathname.endsWith('/posts'))!.url.searchParams;
    expect([posts.get('categories'), posts.get('tags'), posts.get('author')]).to.deep.equal(['3', '6', '2']);

    stub.requests.length = 0;
    await wp.listArticles({ section: 'politics', page: 2 }, ctx());
    expect(stub.requests.map((r) => r.url.pathname)).to.deep.equal(['/wp-json/wp/v2/posts']);
  });

  it('gives an empty page for an unknown section slug, without asking for posts', async () => {
    stub.on(/^GET \/wp-json\/wp\/v2\/categories\?/, { json: [] }).on(POSTS, { json: fx.PostsCollection });
    const page = await source().listArticles({ section: 'no-such-section' }, ctx());
    expect(page).to.deep.equal({ items: [], page: 1, perPage: 10, total: 0, totalPages: 0 });
    expect(stub.requests.map((r) => r.url.pathname)).to.deep.equal(['/wp-json/wp/v2/categories']);
  });

  it('does not remember that a section slug was unknown: a section made later is found', async () => {
    // A server's client lives for days; the editors add a section in the meantime.
    stub.on(/^GET \/wp-json\/wp\/v2\/categories\?/, (_, n) => ({ json: n === 0 ? [] : [{ id: 9 }] })).on(POSTS, { json: [] });
    const wp = source();
    expect((await wp.listArticles({ section: 'elections' }, ctx())).items).to.deep.equal([]);
    await wp.listArticles({ section: 'elections' }, ctx());
    expect(stub.requests.at(-1)!.url.searchParams.get('categories'), 'asked again, and found').to.equal('9');
  });

  it('does not cache a failed lookup', async () => {
    stub.on(/^GET \/wp-json\/wp\/v2\/categories\?/, (_, n) => (n === 0 ? { status: 500, text: 'oops' } : { json: [{ id: 3 }] })).on(POSTS, { json: [] });
    const wp = source();
    expect((await rejects(wp.listArticles({ section: 'politics' }, ctx()))).code).to.equal('http');
    await wp.listArticles({ section: 'politics' }, ctx());
    expect(stub.requests.at(-1)!.url.searchParams.get('categories')).to.equal('3');
  });
});

describe('wordpress source: relatedCandidates', () => {
  const current = (sections: string[], tags: string[]): Article => ({
    id: '4',
    slug: 's',
    url: 'https://news.example/s',
    title: 'T',
    excerpt: '',
    publishedAt: '2024-05-26T00:00:00Z',
    authors: [],
    sections: sections.map((id) => ({ id, slug: 'c' + id, name: 'C' })),
    tags: tags.map((id) => ({ id, slug: 't' + id, name: 'T' })),
    commentsOpen: true,
  });

  it('asks for posts sharing its categories OR tags, excluding itself', async () => {
    stub.on(POSTS, { json: fx.PostsCollection });
    const items = await source().relatedCandidates(current(['3', '2'], ['6', '7']), 5, ctx());
    expect(items).to.have.length(1);
    const q = params();
    expect(q.get('categories')).to.equal('3,2');
    expect(q.get('tags')).to.equal('6,7');
    expect(q.get('tax_relation')).to.equal('OR');
    expect(q.get('exclude')).to.equal('4');
    expect(q.get('per_page')).to.equal('5');
    expect(q.get('_embed')).to.equal('author,wp:featuredmedia,wp:term');
  });

  it('omits tax_relation with only one taxonomy, and asks nothing without terms', async () => {
    stub.on(POSTS, { json: [] });
    await source().relatedCandidates(current(['3'], []), 4, ctx());
    expect(params().has('tax_relation')).to.equal(false);
    expect(params().has('tags')).to.equal(false);
    expect(await source().relatedCandidates(current([], []), 4, ctx())).to.deep.equal([]);
    expect(stub.requests).to.have.length(1);
  });
});

describe('wordpress source: getAuthor', () => {
  const USERS = /^GET \/wp-json\/wp\/v2\/users\?/;

  it('maps the fixture’s UserModel by id (include=)', async () => {
    stub.on(USERS, { json: [fx.UserModel] });
    const author = await source().getAuthor('2', ctx());
    const g = 'https://secure.gravatar.com/avatar/57cbd982c963c7eb2294e2eee1b4448e';
    expect(author).to.deep.equal({
      id: '2',
      slug: 'restapiclientfixtureuser',
      name: 'REST API Client Fixture: User',
      url: 'http://example.org/?author=2',
      bio: '',
      avatar: { src: `${g}?s=96&d=mm&r=g`, alt: '', width: 96, height: 96, srcset: [24, 48, 96].map((s) => ({ src: `${g}?s=${s}&d=mm&r=g`, width: s })) },
    });
    expect(params().get('include')).to.equal('2');
  });

  it('adds a Website link when the user has a url, and reads the role field', async () => {
    const admin = { ...fx.UsersCollection[0], description: '<p>Chief Editor &amp; writer</p>', broadsheet_role: 'Chief Editor (National)' };
    stub.on(USERS, { json: [admin] });
    const author = await source().getAuthor('admin', ctx());
    expect(params().get('slug')).to.equal('admin');
    expect(author.links).to.deep.equal([{ label: 'Website', url: 'http://example.org/' }]);
    expect(author.bio).to.equal('Chief Editor & writer');
    expect(author.role).to.equal('Chief Editor (National)');
  });

  it('reads the role from meta.broadsheet_role too; none without it', async () => {
    stub.on(USERS, { json: [{ ...fx.UsersCollection[0], meta: { broadsheet_role: 'Columnist' } }] });
    expect((await source().getAuthor('1', ctx())).role).to.equal('Columnist');
    stub.on(USERS, { json: [fx.UsersCollection[0]] });
    expect(await source().getAuthor('1', ctx())).not.to.have.property('role');
  });

  it('is not-found for an unknown slug or id (users the visitor may not see are not listed)', async () => {
    stub.on(USERS, { json: [] });
    expect((await rejects(source().getAuthor('nobody', ctx()))).code).to.equal('not-found');
    expect((await rejects(source().getAuthor('1', ctx()))).code).to.equal('not-found');
  });

  it('maps rest_user_invalid_id to not-found', async () => {
    stub.on(USERS, wpError(404, 'rest_user_invalid_id', 'Invalid user ID.'));
    expect(await rejects(source().getAuthor('99', ctx()))).to.include({ code: 'not-found', status: 404, serverCode: 'rest_user_invalid_id' });
  });

  it('fails with invalid-response naming the path for a malformed user', async () => {
    stub.on(USERS, { json: [{ ...fx.UserModel, name: ['x'] }] });
    expect(await rejects(source().getAuthor('2', ctx()))).to.include({ code: 'invalid-response', path: 'users[0].name' });
    stub.on(USERS, { json: { id: 2 } });
    expect(await rejects(source().getAuthor('2', ctx()))).to.include({ code: 'invalid-response', path: 'users' });
    stub.on(USERS, { json: [{ ...fx.UserModel, link: 'javascript:alert(1)' }] });
    expect(await rejects(source().getAuthor('x', ctx()))).to.include({ code: 'invalid-response', path: 'users[0].link' });
  });
});

describe('wordpress source: comments', () => {
  const COMMENTS_GET = /^GET \/wp-json\/wp\/v2\/comments\?/;

  it('lists the fixture’s comments oldest first', async () => {
    stub.on(COMMENTS_GET, { json: fx.CommentsCollection, headers: { 'X-WP-Total': '1', 'X-WP-TotalPages': '1' } });
    const page = await source().listComments('4', { page: 1, perPage: 20 }, ctx());
    const g = 'https://secure.gravatar.com/avatar/bd7c2b505bcf39cc71cfee564c614956';
    expect(page).to.deep.equal({
      items: [
        {
          id: '2',
          articleId: '4',
          authorName: 'Internet of something or other',
          authorUrl: 'http://lights.example.org/',
          avatar: { src: `${g}?s=96&d=mm&r=g`, alt: '', width: 96, height: 96, srcset: [24, 48, 96].map((s) => ({ src: `${g}?s=${s}&d=mm&r=g`, width: s })) },
          bodyText: 'This is a comment',
          publishedAt: '2017-02-14T00:00:00Z',
          status: 'published',
        },
      ],
      page: 1,
      perPage: 20,
      total: 1,
      totalPages: 1,
    });
    const q = params();
    expect([q.get('post'), q.get('orderby'), q.get('order'), q.get('page'), q.get('per_page')]).to.deep.equal(['4', 'date_gmt', 'asc', '1', '20']);
  });

  it('maps replies, held comments, entities and unsafe author URLs', async () => {
    const reply = { ...fx.CommentModel, id: 5, parent: 2, status: 'hold', author_name: 'Jane &amp; John', author_url: 'javascript:alert(1)', content: { rendered: '<p>I&#8217;d agree.</p>\n<p>Second paragraph</p>\n' } };
    stub.on(COMMENTS_GET, { json: [reply] });
    const [c] = (await source().listComments('4', {}, ctx())).items;
    expect(c).to.include({ id: '5', parentId: '2', status: 'pending', authorName: 'Jane & John', bodyText: 'I’d agree.\nSecond paragraph' });
    expect(c).not.to.have.property('authorUrl');
  });

  it('gives an empty page past the end of the comments', async () => {
    stub.on(COMMENTS_GET, wpError(400, 'rest_comment_invalid_page_number', 'The page number requested is larger than the number of pages available.'));
    expect((await source().listComments('4', { page: 5 }, ctx())).items).to.deep.equal([]);
  });
});

describe('wordpress source: submitComment', () => {
  const input: CommentInput = { articleId: '4', name: 'Jane Reader', email: 'jane@example.org', website: 'https://jane.example', body: 'A thoughtful piece.', parentId: '2' };

  it('POSTs JSON and maps the 201 answer (approved → published)', async () => {
    stub.on(COMMENTS_POST, { status: 201, json: fx.CommentModel });
    const result = await source().submitComment(input, ctx());
    expect(result.status).to.equal('published');
    expect(result.comment).to.include({ id: '2', articleId: '4', status: 'published', bodyText: 'This is a comment' });
    const req = stub.requests[0];
    expect(req.method).to.equal('POST');
    expect(req.url.pathname).to.equal('/wp-json/wp/v2/comments');
    expect(req.headers.get('content-type')).to.equal('application/json');
    expect(JSON.parse(req.body!)).to.deep.equal({
      post: '4',
      parent: '2',
      content: 'A thoughtful piece.',
      author_name: 'Jane Reader',
      author_email: 'jane@example.org',
      author_url: 'https://jane.example',
    });
  });

  it('omits parent and author_url when not given; hold → pending', async () => {
    stub.on(COMMENTS_POST, { status: 201, json: { ...fx.CommentModel, status: 'hold' } });
    const result = await source().submitComment({ articleId: '4', name: 'A', email: 'a@b.c', body: 'Hi' }, ctx());
    expect(result.status).to.equal('pending');
    expect(result.comment.status).to.equal('pending');
    expect(Object.keys(JSON.parse(stub.requests[0].body!)).sort()).to.deep.equal(['author_email', 'author_name', 'content', 'post']);
  });

  // Every comment error in the fixtures README and FACTS.md: [status, code, extra data, input override, reason, field]
  const table: [number, string, object, Partial<CommentInput>, string, string | undefined][] = [
    [401, 'rest_comment_login_required', {}, {}, 'auth-required', undefined],
    [403, 'rest_comment_invalid_post_id', {}, {}, 'unknown-article', undefined],
    [404, 'rest_comment_invalid_post_id', {}, {}, 'unknown-article', undefined],
    [403, 'rest_comment_draft_post', {}, {}, 'closed', undefined],
    [403, 'rest_comment_trash_post', {}, {}, 'closed', undefined],
    [403, 'rest_comment_closed', {}, {}, 'closed', undefined],
    [400, 'rest_comment_content_invalid', {}, { body: '' }, 'invalid-field', 'body'],
    [400, 'rest_comment_author_data_required', {}, { name: '' }, 'invalid-field', 'name'],
    [400, 'rest_comment_author_data_required', {}, { email: '' }, 'invalid-field', 'email'],
    // WordPress strips tags from the name (sanitize_text_field): a name made of markup is blank.
    [400, 'rest_comment_author_data_required', {}, { name: '<Ann>' }, 'invalid-field', 'name'],
    [400, 'rest_invalid_param', { params: { author_email: 'Invalid email address.' }, details: { author_email: { code: 'rest_invalid_email', message: 'Invalid email address.', data: null } } }, { email: 'not-an-email' }, 'invalid-field', 'email'],
    [400, 'rest_invalid_param', { params: { author_url: 'x' } }, {}, 'invalid-field', 'website'],
    [400, 'rest_invalid_param', { params: { author_name: 'x' } }, {}, 'invalid-field', 'name'],
    [400, 'rest_invalid_param', { params: { content: 'x' } }, {}, 'invalid-field', 'body'],
    [400, 'rest_invalid_param', { params: { parent: 'x' } }, {}, 'invalid-field', 'parentId'],
    [400, 'rest_invalid_param', { params: { post: 'post is not of type integer.' } }, { articleId: 'abc' }, 'unknown-article', undefined],
    [400, 'comment_author_column_length', {}, {}, 'too-long', 'name'],
    [400, 'comment_author_email_column_length', {}, {}, 'too-long', 'email'],
    [400, 'comment_author_url_column_length', {}, {}, 'too-long', 'website'],
    [400, 'comment_content_column_length', {}, {}, 'too-long', 'body'],
    [409, 'comment_duplicate', {}, {}, 'duplicate', undefined],
    [400, 'comment_flood', {}, {}, 'flood', undefined],
    [400, 'rest_comment_invalid_author', {}, {}, 'other', undefined],
    [403, 'rest_cannot_create', {}, {}, 'other', undefined],
  ];
  for (const [status, code, data, override, reason, field] of table) {
    it(`${status} ${code}${field ? ` (${field})` : ''} → ${reason}`, async () => {
      const message = `WordPress says no (${code}).`;
      stub.on(COMMENTS_POST, wpError(status, code, message, data));
      const e = await rejects(source().submitComment({ ...input, ...override }, ctx()));
      expect(e.code).to.equal('comment-rejected');
      expect(e.reason).to.equal(reason);
      expect(e.field).to.equal(field);
      expect(e.status).to.equal(status);
      expect(e.serverCode).to.equal(code);
      expect((e.body as any).code).to.equal(code);
      expect(e.message).to.be.a('string').and.not.equal('');
      expect(stub.requests, 'never retried').to.have.length(1);
    });
  }

  it('uses WordPress’s own (localized) message, decoded', async () => {
    stub.on(COMMENTS_POST, wpError(409, 'comment_duplicate', 'Duplicate comment detected; it looks as though you&#8217;ve already said that!'));
    expect((await rejects(source().submitComment(input, ctx()))).message).to.equal('Duplicate comment detected; it looks as though you’ve already said that!');
  });

  it('treats a 429 from a proxy as flood, with Retry-After', async () => {
    stub.on(COMMENTS_POST, { status: 429, text: 'Too Many Requests', headers: { 'Retry-After': '20' } });
    expect(await rejects(source().submitComment(input, ctx()))).to.include({ code: 'comment-rejected', reason: 'flood', retryAfterMs: 20000 });
  });

  it('maps another 4xx without a JSON body to reason other', async () => {
    stub.on(COMMENTS_POST, { status: 403, text: '<html>Forbidden by WAF</html>' });
    const e = await rejects(source().submitComment(input, ctx()));
    expect(e).to.include({ code: 'comment-rejected', reason: 'other', status: 403, body: '<html>Forbidden by WAF</html>' });
  });

  it('reports a 5xx as an http error (not a rejection), once', async () => {
    stub.on(COMMENTS_POST, wpError(500, 'rest_comment_failed_create', 'Creating comment failed.'));
    expect(await rejects(source().submitComment(input, ctx()))).to.include({ code: 'http', status: 500, serverCode: 'rest_comment_failed_create' });
    expect(stub.requests).to.have.length(1);
  });

  it('fails with invalid-response for a malformed 201', async () => {
    stub.on(COMMENTS_POST, { status: 201, json: { ...fx.CommentModel, content: 'not an object' } });
    expect(await rejects(source().submitComment(input, ctx()))).to.include({ code: 'invalid-response', path: 'comment.content' });
  });
});

describe('wordpress source: HTTP and payload errors', () => {
  it('429 → rate-limited with Retry-After in seconds', async () => {
    stub.on(POSTS, { status: 429, json: { code: 'too_many', message: 'Slow down' }, headers: { 'Retry-After': '3' } });
    expect(await rejects(source().listArticles({}, ctx()))).to.include({ code: 'rate-limited', status: 429, retryAfterMs: 3000 });
  });

  it('429 → rate-limited with Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 30_000).toUTCString();
    stub.on(POSTS, { status: 429, text: 'busy', headers: { 'Retry-After': at } });
    const e = await rejects(source().listArticles({}, ctx()));
    expect(e.code).to.equal('rate-limited');
    expect(e.retryAfterMs).to.be.within(25_000, 30_000);
  });

  it('500 → http with the status and body', async () => {
    stub.on(POSTS, { status: 500, text: '<h1>Error establishing a database connection</h1>' });
    const e = await rejects(source().listArticles({}, ctx()));
    expect(e).to.include({ code: 'http', status: 500, body: '<h1>Error establishing a database connection</h1>' });
    expect(e.retryable).to.equal(true);
  });

  it('other statuses → http with WordPress’s code', async () => {
    stub.on(POSTS, wpError(400, 'rest_invalid_param', 'Invalid parameter(s): per_page'));
    expect(await rejects(source().listArticles({}, ctx()))).to.include({ code: 'http', status: 400, serverCode: 'rest_invalid_param' });
  });

  it('404 (e.g. rest_no_route) and *_invalid_id → not-found', async () => {
    expect(await rejects(source().getAuthor('5', ctx()))).to.include({ code: 'not-found', status: 404, serverCode: 'rest_no_route' });
    stub.on(POSTS, wpError(404, 'rest_post_invalid_id', 'Invalid post ID.'));
    expect(await rejects(source().listArticles({}, ctx()))).to.include({ code: 'not-found', serverCode: 'rest_post_invalid_id' });
  });

  it('an HTML page with status 200 → invalid-response', async () => {
    stub.on(POSTS, { status: 200, text: '<!DOCTYPE html><html><body>Maintenance</body></html>', headers: { 'Content-Type': 'text/html' } });
    const e = await rejects(source().getArticles(['4'], ctx()));
    expect(e).to.include({ code: 'invalid-response', status: 200 });
  });

  it('truncated JSON → invalid-response', async () => {
    stub.on(POSTS, { status: 200, text: JSON.stringify(fx.PostsCollection).slice(0, 200), headers: { 'Content-Type': 'application/json' } });
    expect((await rejects(source().listArticles({}, ctx()))).code).to.equal('invalid-response');
  });

  it('tolerates a UTF-8 BOM before the JSON', async () => {
    stub.on(POSTS, { text: '\uFEFF' + JSON.stringify(fx.PostsCollection) });
    expect((await source().listArticles({}, ctx())).items).to.have.length(1);
  });

  it('wrong JSON types → invalid-response naming the path', async () => {
    const cases: [unknown, string][] = [
      [{ not: 'a list' }, 'posts'],
      [[fx.PostModel, 'x'], 'posts[1]'],
      [[fx.PostModel, fx.PostModel, { ...fx.PostModel, title: { rendered: 7 } }], 'posts[2].title.rendered'],
      [[{ ...fx.PostModel, title: 'plain' }], 'posts[0].title'],
      [[{ ...fx.PostModel, id: '4' }], 'posts[0].id'],
      [[{ ...fx.PostModel, link: 'javascript:alert(1)' }], 'posts[0].link'],
      [[{ ...fx.PostModel, link: undefined }], 'posts[0].link'],
      [[{ ...fx.PostModel, date_gmt: 20170214 }], 'posts[0].date_gmt'],
    ];
    for (const [json, path] of cases) {
      stub.on(POSTS, { json });
      const e = await rejects(source().listArticles({}, ctx()));
      expect(e.code, path).to.equal('invalid-response');
      expect(e.path).to.equal(path);
      expect(e.message).to.include(path);
    }
  });

  it('lets network errors through as they are (the client classifies them)', async () => {
    stub.on(POSTS, 'network-error');
    let caught: unknown;
    await source()
      .listArticles({}, ctx())
      .catch((e) => (caught = e));
    expect(caught).to.be.instanceOf(TypeError);
  });

  it('passes the context signal to fetch', async () => {
    const controller = new AbortController();
    stub.on(POSTS, 'hang');
    const pending = source().listArticles({}, { signal: controller.signal, fetch: stub.fetch });
    controller.abort(new DOMException('stop', 'AbortError'));
    let caught: any;
    await pending.catch((e) => (caught = e));
    expect(caught?.name).to.equal('AbortError');
  });
});

describe('wordpress source: base URL and key', () => {
  it('normalizes the base URL into the key', () => {
    expect(wordpress('https://News.Example/wp-json/').key).to.equal('wordpress:https://news.example/wp-json');
    expect(wordpress('https://news.example/wp-json').key).to.equal(wordpress('https://news.example/wp-json///').key);
  });

  it('resolves a relative base against the page', () => {
    expect(wordpress('/wp-json').key).to.equal(`wordpress:${location.origin}/wp-json`);
  });
});
