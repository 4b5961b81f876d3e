/**
 * Comment lists from a real WordPress, through the real SDK: the seeded comments come back typed,
 * oldest first, with replies, avatars and totals; a comment held for moderation is not listed.
 */
import { expect } from '@open-wc/testing';
import { countingClient, data, post, RUSSIA, seed, NO_IMAGE, commentsOn } from './support.js';

const wpComment = (datasetId: string) => String(seed.sourceIds.comments[datasetId]);

describe('comments.list', () => {
  it('the reference article’s approved comments, typed, oldest first, with the reply’s parent', async () => {
    const { client, responses } = countingClient();
    const page = await client.comments.list(post(RUSSIA));
    const seeded = data.comments.filter((c) => c.articleId == RUSSIA && c.status == 'published');
    expect(responses[0].headers.get('X-WP-Total'), 'readable cross-origin').to.equal(String(seeded.length));
    expect([page.total, page.totalPages, page.page]).to.deep.equal([seeded.length, 1, 1]);
    expect(page.items.map((c) => c.id)).to.deep.equal(seeded.map((c) => wpComment(c.id)));
    page.items.forEach((c, i) => {
      const s = seeded[i];
      expect(c.articleId).to.equal(post(RUSSIA));
      expect(c.authorName).to.equal(s.authorName);
      expect(c.bodyText, 'plain text, no <p>').to.equal(s.bodyText);
      expect(Date.parse(c.publishedAt)).to.equal(Date.parse(s.publishedAt));
      expect(c.publishedAt).to.match(/Z$/);
      expect(c.status).to.equal('published');
      expect(c.authorUrl).to.equal(s.authorUrl);
      expect(c.parentId).to.equal(s.parentId ? wpComment(s.parentId) : undefined);
      expect(c.avatar!.srcset!.map((x) => x.width)).to.deep.equal([24, 48, 96]);
    });
    expect(page.items.map((c) => c.authorName)).to.include('Miguel Ángel Ortega');
  });

  it('the held comment is not listed to the public (but exists, as the admin sees)', async () => {
    const { client } = countingClient();
    const held = data.comments.find((c) => c.articleId == RUSSIA && c.status == 'pending')!;
    const page = await client.comments.list(post(RUSSIA));
    expect(page.items.map((c) => c.id)).to.not.include(wpComment(held.id));
    const all = await commentsOn(post(RUSSIA), 'hold');
    expect(all.map((c) => String(c.id))).to.include(wpComment(held.id));
  });

  it('pagination totals', async () => {
    const { client } = countingClient();
    const seeded = data.comments.filter((c) => c.articleId == RUSSIA && c.status == 'published');
    const p1 = await client.comments.list(post(RUSSIA), { perPage: 2 });
    const p2 = await client.comments.list(post(RUSSIA), { perPage: 2, page: 2 });
    expect([p1.total, p1.totalPages, p1.items.length, p2.items.length]).to.deep.equal([seeded.length, 2, 2, seeded.length - 2]);
    expect([...p1.items, ...p2.items].map((c) => c.id)).to.deep.equal(seeded.map((c) => wpComment(c.id)));
  });

  it('right-to-left names and text survive; an article without comments is an empty page', async () => {
    const { client } = countingClient();
    const urdu = data.comments.find((c) => c.articleId == '109')!;
    const [c] = (await client.comments.list(post('109'))).items;
    expect([c.authorName, c.bodyText]).to.deep.equal([urdu.authorName, urdu.bodyText]);
    const none = await client.comments.list(post(NO_IMAGE)); // no seeded comments, and no test posts there
    expect([none.items, none.total]).to.deep.equal([[], 0]);
  });
});
