/**
 * <comment-form> on a WordPress-shaped API: the real error bodies WordPress sends
 * (`{ code, message, data: { status } }`, see test/fixtures/wordpress/README.md) and its own
 * fixture's comment for a success, through the SDK's wordpress() source and a stubbed fetch.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { createClient } from '../../../src/sdk/client.js';
import { wordpress } from '../../../src/sdk/sources/wordpress.js';
import { createFetchStub, type FetchStub, type StubAnswer } from '../../support/fetch-stub.js';
import { loadWpFixture, type WpFixture } from '../../support/wp-fixture.js';
import type { CommentErrorDetail, CommentForm } from '../../../src/components/comment-form/define.js';
import { $, alertText, clearDrafts, SOURCE_NAME, errorOf, field, fill, focused, mount, statusText, submit, text, valid, type Field } from './helpers.js';

// Its own host per page, so parallel test pages never share a draft key.
const API = `http://wp.${SOURCE_NAME}.test/wp-json`;
const COMMENTS_POST = /^POST \/wp-json\/wp\/v2\/comments/;
const wpError = (status: number, code: string, message: string, data: object = {}): StubAnswer => ({
  status,
  json: { code, message, data: { status, ...data } },
});

let stub: FetchStub;
let fx: WpFixture;

async function wpForm(attrs: Record<string, string> = {}): Promise<CommentForm> {
  const el = await mount(createClient({ source: wordpress(API), fetch: stub.fetch }), { article: '4', ...attrs });
  fill(el, { ...valid, website: 'https://ann.example.com' });
  return el;
}

const posts = () => stub.requests.filter((r) => r.method == 'POST');

beforeEach(async () => {
  clearDrafts();
  stub = createFetchStub();
  fx = await loadWpFixture();
});

describe('<comment-form> on WordPress: success', () => {
  it('POSTs the comment to /wp/v2/comments and shows WordPress’s answer (approved → published)', async () => {
    stub.on(COMMENTS_POST, { status: 201, json: fx.CommentModel });
    const el = await wpForm({ parent: '7' });
    submit(el);
    await waitUntil(() => statusText(el));
    expect(statusText(el)).to.equal('Your comment has been published.');
    const body = JSON.parse(posts()[0].body!);
    expect({ ...body, post: String(body.post), parent: String(body.parent) }, 'ids as numbers or numeric strings').to.deep.equal({
      post: '4',
      parent: '7',
      content: valid.body,
      author_name: valid.name,
      author_email: valid.email,
      author_url: 'https://ann.example.com/',
    });
    expect(text($(el, '[part=comment] .author')), 'as WordPress stored it').to.equal(fx.CommentModel.author_name);
    expect(localStorage.getItem(`broadsheet:comment-draft:wordpress:${API}:4:7`)).to.be.null;
  });

  it('status "hold" → awaiting moderation', async () => {
    stub.on(COMMENTS_POST, { status: 201, json: { ...fx.CommentModel, status: 'hold' } });
    const el = await wpForm();
    submit(el);
    await waitUntil(() => statusText(el));
    expect(statusText(el)).to.equal('Your comment is awaiting moderation.');
    expect($(el, '[part=comment]')!.dataset.status).to.equal('pending');
  });
});

describe('<comment-form> on WordPress: every comment error', () => {
  // [HTTP status, WordPress code, WordPress's message, extra data] → what the reader is told
  type Expect = { alert: string } | { field: Field; message: string };
  const table: [number, string, string, object, Expect][] = [
    [401, 'rest_comment_login_required', 'Sorry, you must be logged in to comment.', {}, { alert: 'This site only accepts comments from signed-in readers.' }],
    [403, 'rest_comment_closed', 'Sorry, comments are closed for this item.', {}, { alert: 'Comments are closed on this article.' }],
    [403, 'rest_comment_draft_post', 'Sorry, you are not allowed to create a comment on this post.', {}, { alert: 'Comments are closed on this article.' }],
    [403, 'rest_comment_trash_post', 'Sorry, you are not allowed to create a comment on this post.', {}, { alert: 'Comments are closed on this article.' }],
    [403, 'rest_comment_invalid_post_id', 'Sorry, you are not allowed to create this comment without a post.', {}, { alert: 'This article can no longer receive comments.' }],
    [404, 'rest_comment_invalid_post_id', 'Sorry, you are not allowed to create this comment without a post.', {}, { alert: 'This article can no longer receive comments.' }],
    [400, 'rest_comment_content_invalid', 'Invalid comment content.', {}, { field: 'body', message: 'Please enter your comment!' }],
    [400, 'rest_comment_author_data_required', 'Creating a comment requires valid author name and email values.', {}, { field: 'email', message: 'Please enter a valid email address' }],
    [
      400,
      'rest_invalid_param',
      'Invalid parameter(s): author_email',
      { params: { author_email: 'Invalid email address.' }, details: { author_email: { code: 'rest_invalid_email', message: 'Invalid email address.', data: null } } },
      { field: 'email', message: 'Please enter a valid email address' },
    ],
    [400, 'rest_invalid_param', 'Invalid parameter(s): author_url', { params: { author_url: 'Invalid URL.' } }, { field: 'website', message: 'Please enter a valid website address' }],
    [400, 'comment_author_column_length', '<strong>Error:</strong> Your name is too long.', {}, { field: 'name', message: 'Your name is too long.' }],
    [400, 'comment_author_email_column_length', '<strong>Error:</strong> Your email address is too long.', {}, { field: 'email', message: 'Your email address is too long.' }],
    [400, 'comment_author_url_column_length', '<strong>Error:</strong> Your URL is too long.', {}, { field: 'website', message: 'Your website address is too long.' }],
    [400, 'comment_content_column_length', '<strong>Error:</strong> Your comment is too long.', {}, { field: 'body', message: 'Your comment is too long.' }],
    [409, 'comment_duplicate', 'Duplicate comment detected; it looks as though you&#8217;ve already said that!', {}, { alert: 'It looks like you already said that.' }],
    [400, 'comment_flood', 'You are posting comments too quickly. Slow down.', {}, { alert: 'You are posting comments too quickly. Please wait a moment and try again.' }],
    [400, 'rest_invalid_param', 'Invalid parameter(s): parent', { params: { parent: 'Invalid parent.' } }, { alert: 'The comment you are replying to is no longer available.' }],
    [403, 'rest_comment_invalid_author', 'Sorry, this comment author is <em>not</em> allowed.', {}, { alert: 'Sorry, this comment author is not allowed.' }],
  ];

  for (const [status, code, message, data, want] of table) {
    const said = 'alert' in want ? `alert "${want.alert}"` : `"${want.message}" on ${want.field}`;
    it(`${status} ${code}${Object.keys(data).length ? ' ' + Object.keys((data as any).params ?? {}).join() : ''} → ${said}`, async () => {
      stub.on(COMMENTS_POST, wpError(status, code, message, data));
      const el = await wpForm();
      const event = oneEvent(el, 'comment-error');
      submit(el);
      const { detail } = (await event) as CustomEvent<CommentErrorDetail>;
      expect((detail.error as any).serverCode).to.equal(code);
      await el.updateComplete;
      if ('alert' in want) {
        expect(alertText(el)).to.equal(want.alert);
      } else {
        expect(errorOf(el, want.field)).to.equal(want.message);
        expect(field(el, want.field).getAttribute('aria-invalid')).to.equal('true');
        await waitUntil(() => focused(el)?.id == want.field);
        expect(alertText(el)).to.equal('');
      }
      expect(posts(), 'a refusal is never retried').to.have.length(1);
      expect(field(el, 'body').value, 'the comment is kept').to.equal(valid.body);
    });
  }

  for (const [what, answer] of [
    ['a firewall’s 403 page', { status: 403, text: '<html><body><h1>Forbidden</h1></body></html>', headers: { 'Content-Type': 'text/html' } }],
    ['a proxy’s 413 with no body', { status: 413, text: '' }],
  ] as const) {
    it(`${what} (a 4xx that is not WordPress’s) → the generic message, not a code`, async () => {
      stub.on(COMMENTS_POST, answer);
      const el = await wpForm();
      submit(el);
      await waitUntil(() => alertText(el));
      expect(alertText(el)).to.equal('Your comment could not be sent. It is saved here; please try again.');
      expect(field(el, 'body').value).to.equal(valid.body);
    });
  }

  it('500 → the generic message, the comment kept', async () => {
    stub.on(COMMENTS_POST, wpError(500, 'rest_comment_failed_create', 'Creating comment failed.'));
    const el = await wpForm();
    submit(el);
    await waitUntil(() => alertText(el));
    expect(alertText(el)).to.equal('Your comment could not be sent. It is saved here; please try again.');
    expect(posts()).to.have.length(1);
  });

  it('offline, then back online: sent again once, and WordPress’s duplicate answer means it was received', async () => {
    stub.on(COMMENTS_POST, (_, nth) =>
      nth == 0 ? 'network-error' : wpError(409, 'comment_duplicate', 'Duplicate comment detected; it looks as though you&#8217;ve already said that!'),
    );
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const el = await wpForm();
    submit(el);
    await waitUntil(() => alertText(el));
    expect(alertText(el)).to.equal('You appear to be offline. Your comment is saved and will be sent when you are back online.');
    delete (navigator as any).onLine;
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => statusText(el) == 'Your comment was received.');
    expect(posts()).to.have.length(2);
    expect(localStorage.getItem(`broadsheet:comment-draft:wordpress:${API}:4:0`)).to.be.null;
  });
});
