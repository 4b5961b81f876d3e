import { expect } from '@open-wc/testing';
import { BroadsheetError } from '../../../src/sdk/errors.js';
import type { Article, Author, Comment, CommentInput } from '../../../src/sdk/model.js';
import type { SourceContext } from '../../../src/sdk/source.js';
import { memory } from '../../../src/sdk/sources/memory.js';
import type { MemoryCall, MemoryDataset, MemoryOptions } from '../../../src/sdk/sources/memory.js';

const ada: Author = { id: '1', slug: 'ada', name: 'Ada Quill', url: 'https://x.invalid/author/ada', bio: 'Writes.', role: 'Editor' };
const ben: Author = { id: '2', slug: 'ben', name: 'Ben Ink', url: 'https://x.invalid/author/ben', bio: 'Also writes.' };
const world = { id: '10', slug: 'world', name: 'World' };
const economy = { id: '11', slug: 'economy', name: 'Economy' };
const china = { id: '20', slug: 'china', name: 'China' };
const trade = { id: '21', slug: 'trade', name: 'Trade' };

function article(id: string, day: number, extra: Partial<Article> = {}): Article {
  return {
    id,
    slug: `story-${id}`,
    url: `https://x.invalid/story-${id}`,
    title: `Story ${id}`,
    excerpt: `Excerpt ${id}`,
    publishedAt: `2024-05-${String(day).padStart(2, '0')}T08:00:00Z`,
    authors: [ada],
    sections: [world],
    tags: [],
    commentsOpen: true,
    commentCount: 0,
    ...extra,
  };
}

function dataset(): MemoryDataset {
  return {
    authors: [ada, ben],
    articles: [
      article('1', 1, { tags: [china], title: 'Beijing and Moscow', excerpt: 'An alliance with a cost.' }),
      article('2', 3, { sections: [economy], tags: [china, trade], authors: [ben], title: 'Trade routes', excerpt: 'Corridors through São Paulo and beyond.' }),
      article('3', 2, { sections: [economy], tags: [], title: 'Markets wobble', excerpt: 'Nothing to do with China.' }),
      article('4', 4, { commentsOpen: false, tags: [trade], authors: [ada, ben], title: 'Closed comments', excerpt: 'No talking.' }),
      article('5', 5, { sections: [{ id: '12', slug: 'climate', name: 'Climate' }], tags: [], title: 'Heat', excerpt: 'Unrelated.' }),
    ],
    comments: [
      comment('100', '1', '2024-05-01T10:00:00Z', { authorName: 'Reader One', bodyText: 'First!' }),
      comment('101', '1', '2024-05-01T09:00:00Z', { authorName: 'Early Bird', bodyText: 'Earlier.' }),
      comment('102', '1', '2024-05-01T11:00:00Z', { status: 'pending', bodyText: 'Held.' }),
      comment('103', '1', '2024-05-01T12:00:00Z', { parentId: '100', bodyText: 'A reply.' }),
      comment('104', '2', '2024-05-03T12:00:00Z'),
    ],
  };
}

function comment(id: string, articleId: string, publishedAt: string, extra: Partial<Comment> = {}): Comment {
  return { id, articleId, authorName: 'Someone', bodyText: `Comment ${id}`, publishedAt, status: 'published', ...extra };
}

const ctx = (signal: AbortSignal = new AbortController().signal): SourceContext => ({ signal, fetch: globalThis.fetch });
const input = (extra: Partial<CommentInput> = {}): CommentInput => ({
  articleId: '1',
  name: 'Noor Haider',
  email: 'noor@example.com',
  body: 'A thoughtful remark.',
  ...extra,
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

async function rejected(promise: Promise<unknown>): Promise<BroadsheetError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(BroadsheetError);
  return error as BroadsheetError;
}

const source = (options?: MemoryOptions) => memory(dataset(), options);
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('memory source', () => {
  it('is keyed by its name', () => {
    expect(source().key).to.equal('memory:dataset');
    expect(source({ name: 'demo' }).key).to.equal('memory:demo');
  });

  describe('getArticles', () => {
    it('finds articles by id or slug, undefined where there is none, in the order asked', async () => {
      const found = await source().getArticles(['3', 'story-1', 'nope', '2'], ctx());
      expect(found.map((a) => a?.id)).to.deep.equal(['3', '1', undefined, '2']);
      expect(found[1]!.title).to.equal('Beijing and Moscow');
      expect(found[1]!.authors[0]!.name).to.equal('Ada Quill');
    });
  });

  describe('listArticles', () => {
    it('lists newest first with WordPress-like paging', async () => {
      const page = await source().listArticles({}, ctx());
      expect(ids(page.items)).to.deep.equal(['5', '4', '2', '3', '1']);
      expect(page).to.include({ page: 1, perPage: 10, total: 5, totalPages: 1 });

      const second = await source().listArticles({ page: 2, perPage: 2 }, ctx());
      expect(ids(second.items)).to.deep.equal(['2', '3']);
      expect(second).to.include({ page: 2, perPage: 2, total: 5, totalPages: 3 });

      const past = await source().listArticles({ page: 9, perPage: 2 }, ctx());
      expect(past.items).to.deep.equal([]);
      expect(past.total).to.equal(5);
    });

    it('clamps perPage to 1–100 and page to ≥ 1', async () => {
      expect((await source().listArticles({ perPage: 500 }, ctx())).perPage).to.equal(100);
      expect((await source().listArticles({ perPage: 0 }, ctx())).perPage).to.equal(10);
      expect((await source().listArticles({ page: -3 }, ctx())).page).to.equal(1);
    });

    it('filters by section, tag and author, each by id or slug', async () => {
      const s = source();
      expect(ids((await s.listArticles({ section: 'economy' }, ctx())).items)).to.deep.equal(['2', '3']);
      expect(ids((await s.listArticles({ section: '11' }, ctx())).items)).to.deep.equal(['2', '3']);
      expect(ids((await s.listArticles({ tag: 'china' }, ctx())).items)).to.deep.equal(['2', '1']);
      expect(ids((await s.listArticles({ tag: '21' }, ctx())).items)).to.deep.equal(['4', '2']);
      expect(ids((await s.listArticles({ author: 'ben' }, ctx())).items)).to.deep.equal(['4', '2']);
      expect(ids((await s.listArticles({ author: '1', section: 'world' }, ctx())).items)).to.deep.equal(['4', '1']);
      expect((await s.listArticles({ tag: 'nothing' }, ctx())).totalPages).to.equal(0);
    });

    it('searches titles and excerpts, ignoring case and accents, every word required', async () => {
      const s = source();
      expect(ids((await s.listArticles({ search: 'CHINA' }, ctx())).items)).to.deep.equal(['3']);
      expect(ids((await s.listArticles({ search: 'moscow' }, ctx())).items)).to.deep.equal(['1']);
      expect(ids((await s.listArticles({ search: 'sao paulo' }, ctx())).items)).to.deep.equal(['2']);
      expect(ids((await s.listArticles({ search: 'trade wobble' }, ctx())).items)).to.deep.equal([]);
    });

    it('leaves out excluded ids', async () => {
      const page = await source().listArticles({ exclude: ['5', '2'] }, ctx());
      expect(ids(page.items)).to.deep.equal(['4', '3', '1']);
      expect(page.total).to.equal(3);
    });
  });

  describe('relatedCandidates', () => {
    it('returns the articles sharing a section or tag, never the article itself', async () => {
      const s = source();
      const [one] = await s.getArticles(['1'], ctx());
      const candidates = await s.relatedCandidates(one!, 3, ctx());
      // 1 is World + china: 4 shares World, 2 shares china; 3 and 5 share nothing.
      expect(ids(candidates).sort()).to.deep.equal(['2', '4']);
    });

    it('works for an article that is not in the dataset', async () => {
      const stranger = article('999', 9, { sections: [economy], tags: [] });
      expect(ids(await source().relatedCandidates(stranger, 3, ctx()))).to.deep.equal(['2', '3']);
    });
  });

  describe('getAuthor', () => {
    it('finds an author by id or slug', async () => {
      expect((await source().getAuthor('2', ctx())).name).to.equal('Ben Ink');
      expect((await source().getAuthor('ada', ctx())).role).to.equal('Editor');
    });

    it('throws not-found for anyone else', async () => {
      const error = await rejected(source().getAuthor('nobody', ctx()));
      expect(error.code).to.equal('not-found');
    });
  });

  describe('listComments', () => {
    it('lists the published comments of an article, oldest first, replies included', async () => {
      const page = await source().listComments('1', {}, ctx());
      expect(ids(page.items)).to.deep.equal(['101', '100', '103']);
      expect(page.items[2]!.parentId).to.equal('100');
      expect(page).to.include({ page: 1, total: 3, totalPages: 1 });
    });

    it('pages, and accepts the article slug', async () => {
      const page = await source().listComments('story-1', { page: 2, perPage: 2 }, ctx());
      expect(ids(page.items)).to.deep.equal(['103']);
      expect(page.totalPages).to.equal(2);
    });

    it('is empty for an article with no comments or no such article', async () => {
      expect((await source().listComments('5', {}, ctx())).items).to.deep.equal([]);
      expect((await source().listComments('nope', {}, ctx())).total).to.equal(0);
    });
  });

  describe('submitComment', () => {
    it('publishes a comment and lists it afterwards', async () => {
      const s = source();
      const result = await s.submitComment(input({ website: 'https://noor.example.com' }), ctx());
      expect(result.status).to.equal('published');
      expect(result.confirmedBy).to.equal('server');
      expect(result.comment).to.include({
        id: '105',
        articleId: '1',
        authorName: 'Noor Haider',
        authorUrl: 'https://noor.example.com',
        bodyText: 'A thoughtful remark.',
        status: 'published',
      });
      expect(Number.isNaN(Date.parse(result.comment.publishedAt))).to.equal(false);
      expect(result.comment.publishedAt).to.match(/Z$/);
      expect(result.comment).not.to.have.property('email');
      expect(ids((await s.listComments('1', {}, ctx())).items)).to.deep.equal(['101', '100', '103', '105']);
      expect((await s.getArticles(['1'], ctx()))[0]!.commentCount).to.equal(1);
    });

    it('holds comments for moderation when asked, and does not list them', async () => {
      const s = source({ moderation: true });
      const result = await s.submitComment(input({ parentId: '100' }), ctx());
      expect(result.status).to.equal('pending');
      expect(result.comment).to.include({ status: 'pending', parentId: '100' });
      expect(ids((await s.listComments('1', {}, ctx())).items)).not.to.include(result.comment.id);
      expect((await s.getArticles(['1'], ctx()))[0]!.commentCount).to.equal(0);
    });

    const invalid: [string, Partial<CommentInput>, string][] = [
      ['a missing name', { name: '  ' }, 'name'],
      ['a missing email', { email: '' }, 'email'],
      ['an invalid email', { email: 'noor-at-example' }, 'email'],
      ['a website that is not http(s)', { website: 'javascript:alert(1)' }, 'website'],
      ['an empty body', { body: ' \n ' }, 'body'],
      ['a reply to an unknown comment', { parentId: '104' }, 'parentId'],
    ];
    for (const [what, change, field] of invalid) {
      it(`rejects ${what} as invalid-field ${field}`, async () => {
        const error = await rejected(source().submitComment(input(change), ctx()));
        expect(error).to.include({ code: 'comment-rejected', reason: 'invalid-field', field });
        expect(error.message).to.be.a('string').and.not.equal('');
      });
    }

    it('uses the reference page’s messages for a missing name and comment', async () => {
      expect((await rejected(source().submitComment(input({ name: '' }), ctx()))).message).to.equal('Please enter your name here');
      expect((await rejected(source().submitComment(input({ body: '' }), ctx()))).message).to.equal('Please enter your comment!');
    });

    it('rejects a field longer than WordPress’s column as too-long', async () => {
      const error = await rejected(source().submitComment(input({ name: 'n'.repeat(246) }), ctx()));
      expect(error).to.include({ reason: 'too-long', field: 'name' });
    });

    it('rejects an unknown article and a closed one', async () => {
      expect(await rejected(source().submitComment(input({ articleId: '999' }), ctx()))).to.include({
        code: 'comment-rejected',
        reason: 'unknown-article',
      });
      expect(await rejected(source().submitComment(input({ articleId: '4' }), ctx()))).to.include({
        code: 'comment-rejected',
        reason: 'closed',
      });
    });

    it('rejects the same comment twice as a duplicate, even while it is held', async () => {
      const s = source({ moderation: true });
      await s.submitComment(input(), ctx());
      const error = await rejected(s.submitComment(input({ name: 'Another Name' }), ctx()));
      expect(error).to.include({ code: 'comment-rejected', reason: 'duplicate' });
      // a different text, or the same text under another article, is fine
      await s.submitComment(input({ body: 'Something else.' }), ctx());
      await s.submitComment(input({ articleId: '2' }), ctx());
    });

    it('rejects a repeat of a comment from the dataset by the same name', async () => {
      const error = await rejected(source().submitComment(input({ name: 'Reader One', body: 'First!' }), ctx()));
      expect(error.reason).to.equal('duplicate');
    });
  });

  describe('simulate', () => {
    it('fails every call with the error it returns', async () => {
      const s = source({ simulate: () => new BroadsheetError('network', 'Offline') });
      const article = (await memory(dataset()).getArticles(['1'], ctx()))[0]!;
      const calls: Promise<unknown>[] = [
        s.getArticles(['1'], ctx()),
        s.listArticles({}, ctx()),
        s.relatedCandidates(article, 3, ctx()),
        s.getAuthor('ada', ctx()),
        s.listComments('1', {}, ctx()),
        s.submitComment(input(), ctx()),
      ];
      for (const call of calls) expect((await rejected(call)).code).to.equal('network');
    });

    it('sees the operation and its arguments, and can target one call', async () => {
      const seen: MemoryCall[] = [];
      const s = source({
        simulate: (operation, call) => {
          expect(call.operation).to.equal(operation);
          seen.push(call);
          if (call.operation === 'submitComment' && call.input.body.includes('spam')) {
            return new BroadsheetError('comment-rejected', 'You are posting comments too quickly. Slow down.', {
              reason: 'flood',
              retryAfterMs: 15000,
            });
          }
          return undefined;
        },
      });
      await s.getAuthor('ada', ctx());
      await s.listArticles({ tag: 'china' }, ctx());
      const error = await rejected(s.submitComment(input({ body: 'spam spam' }), ctx()));
      expect(error).to.include({ code: 'comment-rejected', reason: 'flood', retryAfterMs: 15000 });
      await s.submitComment(input(), ctx());
      expect(seen.map((c) => c.operation)).to.deep.equal(['getAuthor', 'listArticles', 'submitComment', 'submitComment']);
      expect(seen[0]).to.deep.equal({ operation: 'getAuthor', idOrSlug: 'ada' });
      expect(seen[1]).to.deep.equal({ operation: 'listArticles', query: { tag: 'china' } });
    });

    it('can force every comment outcome the SDK knows', async () => {
      for (const reason of ['closed', 'duplicate', 'flood', 'auth-required', 'too-long', 'other'] as const) {
        const s = source({ simulate: (op) => (op === 'submitComment' ? new BroadsheetError('comment-rejected', reason, { reason }) : undefined) });
        expect((await rejected(s.submitComment(input(), ctx()))).reason).to.equal(reason);
      }
    });

    it('throws plain errors as they are (a failed fetch)', async () => {
      const s = source({ simulate: () => new TypeError('Failed to fetch') });
      const error = await rejection(s.listArticles({}, ctx()));
      expect(error).to.be.instanceOf(TypeError);
    });

    it('does not store a comment whose submission it failed', async () => {
      let fail = true;
      const s = source({ simulate: () => (fail ? new BroadsheetError('timeout', 'Too slow') : undefined) });
      await rejected(s.submitComment(input(), ctx()));
      fail = false;
      expect((await s.submitComment(input(), ctx())).status).to.equal('published');
    });

    it('hangs until the signal aborts, then rejects with its reason', async () => {
      const s = source({ simulate: () => 'hang' });
      const controller = new AbortController();
      let settled = false;
      const call = s.getArticles(['1'], ctx(controller.signal)).finally(() => (settled = true));
      await new Promise((r) => setTimeout(r, 50));
      expect(settled).to.equal(false);
      const reason = new DOMException('Gave up', 'AbortError');
      controller.abort(reason);
      expect(await rejection(call)).to.equal(reason);
    });

    it('answers normally when it returns nothing', async () => {
      const s = source({ simulate: () => undefined });
      expect((await s.getAuthor('ben', ctx())).name).to.equal('Ben Ink');
    });
  });

  describe('latency', () => {
    it('delays every answer by latencyMs', async () => {
      const s = source({ latencyMs: 80 });
      const started = performance.now();
      await s.getAuthor('ada', ctx());
      expect(performance.now() - started).to.be.at.least(70);
    });

    it('is abortable, rejecting with the signal’s reason', async () => {
      const s = source({ latencyMs: 5000 });
      const controller = new AbortController();
      const started = performance.now();
      const call = s.listArticles({}, ctx(controller.signal));
      // A microtask, not a timer: background tabs may throttle timers to a second.
      await Promise.resolve();
      controller.abort(new Error('navigated away'));
      const error = await rejection(call);
      expect((error as Error).message).to.equal('navigated away');
      expect(performance.now() - started).to.be.below(4000);
    });

    it('rejects at once when the signal has already aborted, even with no latency', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(source().getArticles(['1'], ctx(controller.signal)));
      expect((error as DOMException).name).to.equal('AbortError');
    });

    it('delays errors too, so a failing story shows its loading state first', async () => {
      const s = source({ latencyMs: 60, simulate: () => new BroadsheetError('network', 'Offline') });
      const started = performance.now();
      await rejected(s.getAuthor('ada', ctx()));
      expect(performance.now() - started).to.be.at.least(50);
    });
  });

  describe('copies', () => {
    it('does not let callers mutate the dataset through answers', async () => {
      const s = source();
      const [first] = await s.getArticles(['1'], ctx());
      first!.title = 'Vandalised';
      first!.authors[0]!.name = 'Mallory';
      first!.tags.push({ id: 'x', slug: 'x', name: 'x' });
      const listed = (await s.listArticles({}, ctx())).items;
      listed.length = 0;
      const author = await s.getAuthor('ada', ctx());
      author.bio = 'changed';
      const comments = await s.listComments('1', {}, ctx());
      comments.items[0]!.bodyText = 'changed';

      const [again] = await s.getArticles(['1'], ctx());
      expect(again!.title).to.equal('Beijing and Moscow');
      expect(again!.authors[0]!.name).to.equal('Ada Quill');
      expect(again!.tags).to.have.length(1);
      expect((await s.listArticles({}, ctx())).total).to.equal(5);
      expect((await s.getAuthor('ada', ctx())).bio).to.equal('Writes.');
      expect((await s.listComments('1', {}, ctx())).items[0]!.bodyText).to.equal('Earlier.');
    });

    it('returns a new object on every call', async () => {
      const s = source();
      const [a] = await s.getArticles(['1'], ctx());
      const [b] = await s.getArticles(['1'], ctx());
      expect(a).to.deep.equal(b);
      expect(a).not.to.equal(b);
    });

    it('is not affected by later changes to the dataset it was given', async () => {
      const data = dataset();
      const s = memory(data);
      data.articles[0]!.title = 'Changed later';
      data.authors.pop();
      expect((await s.getArticles(['1'], ctx()))[0]!.title).to.equal('Beijing and Moscow');
      expect((await s.getAuthor('ben', ctx())).name).to.equal('Ben Ink');
    });

    it('does not share the returned comment with its store', async () => {
      const s = source();
      const { comment } = await s.submitComment(input(), ctx());
      comment.bodyText = 'edited';
      const listed = (await s.listComments('1', {}, ctx())).items.find((c) => c.id === comment.id);
      expect(listed!.bodyText).to.equal('A thoughtful remark.');
    });
  });
});
