import { expect } from '@open-wc/testing';
import { rankRelated } from '../../src/sdk/related.js';
import type { Article, Term } from '../../src/sdk/model.js';

const term = (id: string, slug = `slug-${id}`): Term => ({ id, slug, name: slug });
const world = term('s1', 'world');
const economy = term('s2', 'economy');
const china = term('t1', 'china');
const russia = term('t2', 'russia');
const cpec = term('t3', 'cpec');

const story = (id: string, publishedAt: string, sections: Term[] = [], tags: Term[] = []): Article => ({
  id,
  slug: `story-${id}`,
  url: `https://news.example/story-${id}`,
  title: `Story ${id}`,
  excerpt: '',
  publishedAt,
  authors: [],
  sections,
  tags,
  commentsOpen: true,
});

const current = story('1', '2024-05-26T08:00:00Z', [world], [china, russia]);
const ids = (list: Article[]) => list.map((a) => a.id);

describe('rankRelated', () => {
  it('leaves out the article itself and repeated candidates', () => {
    const a = story('2', '2024-05-20T00:00:00Z', [world]);
    const ranked = rankRelated(current, [current, a, a, { ...current }, story('2', '2024-05-20T00:00:00Z')], 10);
    expect(ids(ranked)).to.deep.equal(['2']);
  });

  it('weighs a shared section as 3 and a shared tag as 1', () => {
    const twoTags = story('2', '2024-05-25T00:00:00Z', [], [china, russia]);
    const oneSection = story('3', '2024-05-01T00:00:00Z', [world]);
    const sectionAndTag = story('4', '2024-04-01T00:00:00Z', [world], [china]);
    // scores: 4 → 3 + 1 = 4; 3 → 3; 2 → 1 + 1 = 2 (recency would give the opposite order)
    expect(ids(rankRelated(current, [twoTags, oneSection, sectionAndTag], 10))).to.deep.equal(['4', '3', '2']);
  });

  it('a term matches by id or by slug', () => {
    const sameSlug = story('2', '2024-01-01T00:00:00Z', [term('other-id', 'world')]);
    const sameId = story('3', '2024-01-01T00:00:00Z', [], [term('t1', 'renamed')]);
    const nothing = story('4', '2024-05-25T00:00:00Z', [economy], [cpec]);
    expect(ids(rankRelated(current, [nothing, sameId, sameSlug], 10))).to.deep.equal(['2', '3', '4']);
  });

  it('candidates that share nothing come after any that share something, however new', () => {
    const fresh = story('2', '2024-05-26T07:00:00Z', [economy]);
    const old = story('3', '2019-01-01T00:00:00Z', [], [china]);
    expect(ids(rankRelated(current, [fresh, old], 10))).to.deep.equal(['3', '2']);
  });

  it('ties go to the newer story, then to the smaller id, whatever the input order', () => {
    const candidates = [
      story('b', '2024-05-20T00:00:00Z', [world]),
      story('a', '2024-05-20T00:00:00Z', [world]),
      story('c', '2024-05-22T00:00:00Z', [world]),
      story('d', 'not a date', [world]),
      story('e', '2024-05-24T00:00:00Z', [economy]),
    ];
    const expected = ['c', 'a', 'b', 'd', 'e'];
    expect(ids(rankRelated(current, candidates, 10))).to.deep.equal(expected);
    expect(ids(rankRelated(current, [...candidates].reverse(), 10))).to.deep.equal(expected);
    expect(ids(rankRelated(current, [candidates[2], candidates[4], candidates[0], candidates[3], candidates[1]], 10))).to.deep.equal(expected);
  });

  it('returns at most `limit` and does not change its input', () => {
    const candidates = ['2', '3', '4', '5'].map((id) => story(id, `2024-05-0${id}T00:00:00Z`, [world]));
    const before = ids(candidates);
    expect(ids(rankRelated(current, candidates, 2))).to.deep.equal(['5', '4']);
    expect(rankRelated(current, candidates, 0)).to.deep.equal([]);
    expect(ids(candidates)).to.deep.equal(before);
  });
});
