/**
 * Posting comments to a real WordPress through the real SDK: published and held for moderation
 * (flipping the site setting with the admin application password), and every refusal mapped to
 * a typed `comment-rejected` error with its reason and field. Each comment text is new (a
 * timestamp), so a duplicate is only ever a deliberate one; what a test posts is deleted after.
 * The flood throttle is off (the runner's WPCI_DISABLE_FLOOD=1) except in the flood test.
 */
import { expect } from '@open-wc/testing';
import { isBroadsheetError, type CommentInput } from '../../../src/sdk/index.js';
import { commentsOn, countingClient, CLOSED, deleteComments, post, rejection, SCRATCH, setSettings, to, unique, seed } from './support.js';

const created = new Set<string>();
let restore: Record<string, boolean>;

before(async () => {
  restore = await setSettings({ comment_moderation: false, wpci_disable_comment_flood: true });
});
after(async () => {
  // Held comments and anything a failed assertion left behind, found as admin.
  for (const c of await commentsOn(post(SCRATCH))) if (/\(integration test /.test(c.content.raw)) created.add(String(c.id));
  await deleteComments(created);
  await setSettings(restore);
});

const input = (over: Partial<CommentInput> = {}): CommentInput => ({
  articleId: post(SCRATCH),
  name: 'Ann Reader',
  email: 'ann.reader@example.com',
  body: unique('A sober piece, thank you.'),
  ...over,
});

async function refused(over: Partial<CommentInput>) {
  const e = await rejection(countingClient().client.comments.submit(input(over)));
  expect(isBroadsheetError(e), String(e)).to.equal(true);
  return e;
}

describe('comments.submit: accepted', () => {
  it('published (the site’s default): 201 approved → status published, then listed', async () => {
    const { client, requests } = countingClient();
    const body = unique("Thanks for the “clear” piece — it’s short & 1 < 2, <b>bold</b>.");
    const before = await client.comments.list(post(SCRATCH));
    const result = await client.comments.submit(input({ body, website: 'https://ann.example.com/' }));
    created.add(result.comment.id);
    expect(result.status).to.equal('published');
    expect(result.confirmedBy).to.equal('server');
    const c = result.comment;
    expect(c.id).to.match(/^\d+$/);
    expect(c).to.include({ articleId: post(SCRATCH), authorName: 'Ann Reader', authorUrl: 'https://ann.example.com/', status: 'published' });
    // WordPress keeps <b> (an allowed tag), escapes the lone < and &, texturizes, wraps it all in
    // <p>: we read back plain text, the characters as typed and the tag dropped.
    expect(c.bodyText).to.equal(body.replace(/<\/?b>/g, ''));
    expect(Math.abs(Date.parse(c.publishedAt) - Date.now()), 'dated now (server clock)').to.be.lessThan(10 * 60e3);
    expect(to(requests, '/wp/v2/comments').filter((r) => r.startsWith('POST'))).to.have.length(1);
    // The client dropped its cached list: the new comment is there, and the total went up by one.
    const after = await client.comments.list(post(SCRATCH));
    expect(after.items.map((x) => x.id)).to.include(c.id);
    expect(after.total).to.equal(before.total + 1);
  });

  it('awaiting moderation (comment_moderation on): 201 hold → status pending, not listed publicly', async () => {
    const old = await setSettings({ comment_moderation: true });
    try {
      const { client } = countingClient();
      const result = await client.comments.submit(input());
      created.add(result.comment.id);
      expect(result.status).to.equal('pending');
      expect(result.comment.status).to.equal('pending');
      expect(result.comment.id).to.match(/^\d+$/);
      const listed = await client.comments.list(post(SCRATCH));
      expect(listed.items.map((x) => x.id)).to.not.include(result.comment.id);
      const held = await commentsOn(post(SCRATCH), 'hold');
      expect(held.map((x) => String(x.id))).to.include(result.comment.id);
    } finally {
      await setSettings(old);
    }
  });
});

describe('comments.submit: refusals → comment-rejected with reason and field', () => {
  // [case, input change, HTTP status, WordPress code, reason, field]
  const cases: [string, Partial<CommentInput> | (() => Partial<CommentInput>), number, string, string, string | undefined][] = [
    ['missing name', { name: '' }, 400, 'rest_comment_author_data_required', 'invalid-field', 'name'],
    ['missing email', { email: '' }, 400, 'rest_comment_author_data_required', 'invalid-field', 'email'],
    ['missing name and email', { name: '', email: '' }, 400, 'rest_comment_author_data_required', 'invalid-field', 'name'],
    ['invalid email', { email: 'not-an-email' }, 400, 'rest_invalid_param', 'invalid-field', 'email'],
    // Looks fine to a browser (something@domain.tld) but WordPress's is_email() refuses "_" in a domain.
    ['email WordPress refuses', { email: 'ann@exa_mple.com' }, 400, 'rest_invalid_param', 'invalid-field', 'email'],
    ['empty comment', { body: '' }, 400, 'rest_comment_content_invalid', 'invalid-field', 'body'],
    ['blank comment', { body: '   \n ' }, 400, 'rest_comment_content_invalid', 'invalid-field', 'body'],
    ['name too long (245 max)', { name: 'N'.repeat(246) }, 400, 'comment_author_column_length', 'too-long', 'name'],
    ['email too long (100 max)', { email: 'a'.repeat(95) + '@example.com' }, 400, 'comment_author_email_column_length', 'too-long', 'email'],
    ['website too long (200 max)', { website: 'https://example.com/' + 'u'.repeat(200) }, 400, 'comment_author_url_column_length', 'too-long', 'website'],
    ['comment too long (65525 max)', () => ({ body: unique('x'.repeat(65530)) }), 400, 'comment_content_column_length', 'too-long', 'body'],
    ['comments closed', () => ({ articleId: post(CLOSED) }), 403, 'rest_comment_closed', 'closed', undefined],
    ['unknown post', { articleId: '999999' }, 403, 'rest_comment_invalid_post_id', 'unknown-article', undefined],
  ];
  for (const [name, over, status, serverCode, reason, field] of cases) {
    it(`${name}: ${status} ${serverCode} → ${reason}${field ? ` (${field})` : ''}`, async () => {
      const e = await refused(typeof over == 'function' ? over() : over);
      expect({ code: e.code, reason: e.reason, field: e.field, status: e.status, serverCode: e.serverCode }).to.deep.equal({
        code: 'comment-rejected',
        reason,
        field,
        status,
        serverCode,
      });
      expect(e.body, 'WordPress’s error body is kept').to.include({ code: serverCode });
      expect(e.message).to.be.a('string').and.not.equal('');
    });
  }

  it('duplicate: the same comment twice → 409 comment_duplicate → duplicate', async () => {
    const { client } = countingClient();
    const same = input();
    const first = await client.comments.submit(same);
    created.add(first.comment.id);
    const e = await rejection(client.comments.submit(same));
    expect({ code: e.code, reason: e.reason, status: e.status, serverCode: e.serverCode }).to.deep.equal({
      code: 'comment-rejected',
      reason: 'duplicate',
      status: 409,
      serverCode: 'comment_duplicate',
    });
    // A deliberate resend (the first answer was lost): the duplicate confirms the comment landed.
    const resent = await client.comments.submit(same, { resend: true });
    expect([resent.confirmedBy, resent.status]).to.deep.equal(['duplicate', 'pending']);
  });

  it('flood: a second comment within 15 s from the same IP, with the throttle on → 400 comment_flood → flood', async () => {
    const { client } = countingClient();
    const first = await client.comments.submit(input({ name: 'Fast Typist', email: 'fast@example.com' }));
    created.add(first.comment.id);
    const old = await setSettings({ wpci_disable_comment_flood: false });
    try {
      // Another name, email and text: the throttle is per IP (all of this is 127.0.0.1).
      const e = await rejection(client.comments.submit(input({ name: 'Other Person', email: 'other@example.com' })));
      expect({ code: e.code, reason: e.reason, status: e.status, serverCode: e.serverCode }).to.deep.equal({
        code: 'comment-rejected',
        reason: 'flood',
        status: 400,
        serverCode: 'comment_flood',
      });
    } finally {
      await setSettings(old);
    }
    // Throttle off again: the next comment goes through at once.
    const next = await client.comments.submit(input());
    created.add(next.comment.id);
    expect(next.status).to.equal('published');
  });

  it('the server really is another origin (the POSTs above were preflighted CORS requests)', () => {
    expect(new URL(seed.restUrl).origin).to.not.equal(location.origin);
  });
});
