/**
 * The real <comment-form> posting to a real WordPress, cross-origin: the reader sees the right
 * message on the right field or in the right live region. The form checks required fields and
 * the email's shape itself (no request); to reach WordPress's own field errors these tests use
 * inputs the form accepts and WordPress refuses (an email with "_" in its domain, a 246-character
 * name), and outcomes only the server knows (closed, unknown article, duplicate, flood, moderation).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/context/define.js';
import '../../../src/components/comment-form/define.js';
import type { CommentForm } from '../../../src/components/comment-form/define.js';
import type { NewsSource } from '../../../src/context/define.js';
import { clearDrafts, CLOSED, commentsOn, countingClient, deleteComments, post, SCRATCH, setSettings, text, to, unique, type Counted } from './support.js';

type Field = 'body' | 'name' | 'email' | 'website';
const $ = <E extends Element = HTMLElement>(el: CommentForm, sel: string) => el.shadowRoot!.querySelector<E>(sel);
const input = (el: CommentForm, f: Field) => $<HTMLInputElement>(el, '#' + f)!;
const statusText = (el: CommentForm) => text($(el, '[role=status]'));
const alertText = (el: CommentForm) => text($(el, '[role=alert]'));
const errorOf = (el: CommentForm, f: Field) => text($(el, `#${f}-error`)).replace(/^Error: /, '') || undefined;
const posts = (c: Counted) => to(c.requests, '/wp/v2/comments').filter((r) => r.startsWith('POST'));

function fill(el: CommentForm, values: Partial<Record<Field, string>>) {
  for (const [f, v] of Object.entries(values)) {
    const i = input(el, f as Field);
    i.value = v;
    i.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
}

let restore: Record<string, boolean>;
before(async () => {
  restore = await setSettings({ comment_moderation: false, wpci_disable_comment_flood: true });
});
beforeEach(clearDrafts);
after(async () => {
  const ours = (await commentsOn(post(SCRATCH))).filter((c) => /\(integration test /.test(c.content.raw));
  await deleteComments(ours.map((c) => String(c.id)));
  await setSettings(restore);
  clearDrafts();
});

/** A form for `article` (default: the scratch article) inside a <news-source> with a fresh counting client. */
async function form(article = post(SCRATCH)): Promise<{ el: CommentForm; counted: Counted }> {
  const counted = countingClient();
  const source = await fixture<NewsSource>(html`<news-source .client=${counted.client}>
    <comment-form article=${article} min-fill-ms="0"></comment-form>
  </news-source>`);
  const el = source.querySelector('comment-form')!;
  await el.updateComplete;
  return { el, counted };
}

const valid = () => ({ body: unique('Well argued, and the data section helps.'), name: 'Ann Reader', email: 'ann.reader@example.com' });

/** Submits with the button and waits for an outcome: a status, an alert or a field error. */
async function submit(el: CommentForm): Promise<void> {
  $(el, 'button[type=submit]')!.click();
  await waitUntil(
    () => (statusText(el) && !/Sending/.test(statusText(el))) || alertText(el) || $(el, '[part=error]'),
    'no outcome shown',
    { timeout: 10000 },
  );
  await el.updateComplete;
}

describe('<comment-form> on a real WordPress: accepted', () => {
  it('published: the status says so and the posted comment shows, as WordPress stored it', async () => {
    const { el, counted } = await form();
    const values = { ...valid(), website: 'ann.example.com' };
    fill(el, values);
    await submit(el);
    expect(statusText(el)).to.equal('Your comment has been published.');
    expect(alertText(el)).to.equal('');
    const shown = $(el, '[part=comment]')!;
    expect(shown.dataset.status).to.equal('published');
    expect(text(shown.querySelector('.author'))).to.equal('Ann Reader');
    expect(text(shown.querySelector('.text'))).to.equal(values.body);
    expect(posts(counted)).to.have.length(1);
    expect(input(el, 'body').value, 'the form is cleared').to.equal('');
    const stored = (await commentsOn(post(SCRATCH))).find((c) => c.content.raw == values.body);
    expect(stored, 'WordPress has it').to.not.equal(undefined);
  });

  it('awaiting moderation (comment_moderation on): the status and the badge say so', async () => {
    const old = await setSettings({ comment_moderation: true });
    try {
      const { el } = await form();
      fill(el, valid());
      await submit(el);
      expect(statusText(el)).to.equal('Your comment is awaiting moderation.');
      expect($(el, '[part=comment]')!.dataset.status).to.equal('pending');
      expect(text($(el, '[part=comment] .badge'))).to.equal('Awaiting moderation');
    } finally {
      await setSettings(old);
    }
  });
});

describe('<comment-form> on a real WordPress: refusals', () => {
  it('missing name: the form says so on the field itself, and sends nothing', async () => {
    const { el, counted } = await form();
    fill(el, { ...valid(), name: '' });
    await submit(el);
    expect(errorOf(el, 'name')).to.equal('Please enter your name here');
    expect(posts(counted)).to.have.length(0);
  });

  it('an email WordPress refuses (400 rest_invalid_param author_email): the message is on the email field', async () => {
    const { el, counted } = await form();
    fill(el, { ...valid(), email: 'ann@exa_mple.com' });
    await submit(el);
    expect(posts(counted), 'the form let it through: WordPress refused it').to.have.length(1);
    expect(errorOf(el, 'email')).to.equal('Please enter a valid email address');
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'email').getAttribute('aria-describedby')).to.contain('email-error');
    expect(errorOf(el, 'name')).to.equal(undefined);
    expect(alertText(el)).to.equal('');
    await waitUntil(() => el.shadowRoot!.activeElement?.id == 'email', 'focus moves to the email field');
    expect(input(el, 'body').value, 'the comment is kept').to.not.equal('');
  });

  it('a name longer than WordPress stores (comment_author_column_length): the message is on the name field', async () => {
    const { el, counted } = await form();
    fill(el, { ...valid(), name: 'N'.repeat(246) });
    await submit(el);
    expect(posts(counted)).to.have.length(1);
    expect(errorOf(el, 'name')).to.equal('Your name is too long.');
    expect(input(el, 'name').getAttribute('aria-invalid')).to.equal('true');
  });

  const alerts: [string, () => string, string][] = [
    ['comments closed (403 rest_comment_closed)', () => post(CLOSED), 'Comments are closed on this article.'],
    ['unknown article (403 rest_comment_invalid_post_id)', () => '999999', 'This article can no longer receive comments.'],
  ];
  for (const [name, article, message] of alerts) {
    it(`${name}: an alert, no field marked, the comment kept`, async () => {
      const { el, counted } = await form(article());
      const values = valid();
      fill(el, values);
      await submit(el);
      expect(alertText(el)).to.equal(message);
      expect($(el, '[part=error]')).to.equal(null);
      expect(posts(counted)).to.have.length(1);
      expect(input(el, 'body').value).to.equal(values.body);
    });
  }

  it('duplicate (409 comment_duplicate): the same comment again → "already said that"', async () => {
    const values = valid();
    const first = await form();
    fill(first.el, values);
    await submit(first.el);
    expect(statusText(first.el)).to.equal('Your comment has been published.');
    const { el } = await form();
    fill(el, values);
    await submit(el);
    expect(alertText(el)).to.equal('It looks like you already said that.');
  });

  it('flood (400 comment_flood, throttle on): "posting too quickly"', async () => {
    const first = await form();
    fill(first.el, valid());
    await submit(first.el);
    expect(statusText(first.el)).to.equal('Your comment has been published.');
    const old = await setSettings({ wpci_disable_comment_flood: false });
    try {
      const { el } = await form();
      fill(el, { ...valid(), name: 'Someone Else', email: 'someone.else@example.com' });
      await submit(el);
      expect(alertText(el)).to.equal('You are posting comments too quickly. Please wait a moment and try again.');
    } finally {
      await setSettings(old);
    }
  });
});
