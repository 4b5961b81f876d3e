/** <comment-form>: sending, and what the reader is told for every answer the server can give. */
import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { BroadsheetError, type CommentField, type CommentRejectReason } from '../../../src/sdk/errors.js';
import type { CommentErrorDetail, CommentSubmittedDetail } from '../../../src/components/comment-form/define.js';
import {
  $,
  alertText,
  clearDrafts,
  draftKeyFor,
  errorOf,
  field,
  fill,
  focused,
  mount,
  PARENT,
  spyClient,
  statusText,
  storedDraft,
  submit,
  text,
  valid,
  type Field,
} from './helpers.js';

beforeEach(() => clearDrafts());

describe('<comment-form> results', () => {
  it('published: announces it, shows the comment as text, resets the form, clears the draft, fires comment-submitted', async () => {
    const { client, sent } = spyClient();
    const el = await mount(client);
    const body = 'Read <b>this</b> & that\nsecond line';
    fill(el, { ...valid, body });
    expect(storedDraft(), 'the draft is kept while typing').to.include({ body });
    const event = oneEvent(el, 'comment-submitted');
    submit(el);
    const { detail } = (await event) as CustomEvent<CommentSubmittedDetail>;

    expect(detail.result.status).to.equal('published');
    expect(detail.input).to.deep.equal({ articleId: '101', name: valid.name, email: valid.email, body });
    expect(sent).to.have.length(1);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Your comment has been published.');
    expect(alertText(el)).to.equal('');
    const shown = $(el, '[part=comment]')!;
    expect(shown.dataset.status).to.equal('published');
    expect(text(shown.querySelector('.author'))).to.equal(valid.name);
    expect(shown.querySelector('.text')!.textContent, 'CMS text is rendered as text').to.equal(body);
    expect(shown.querySelector('b'), 'never as HTML').to.be.null;
    expect(['body', 'name', 'email', 'website'].map((f) => field(el, f as Field).value)).to.deep.equal(['', '', '', '']);
    expect(storedDraft(), 'the draft is gone once the server confirmed').to.be.null;
  });

  it('held for moderation: "awaiting moderation", the comment marked pending', async () => {
    const el = await mount(spyClient({ moderation: true }).client);
    fill(el, valid);
    submit(el);
    await waitUntil(() => statusText(el));
    expect(statusText(el)).to.equal('Your comment is awaiting moderation.');
    const shown = $(el, '[part=comment]')!;
    expect(shown.dataset.status).to.equal('pending');
    expect(text(shown)).to.contain('Awaiting moderation');
    expect(storedDraft()).to.be.null;
  });

  it('a reply sends parentId and keeps its own draft', async () => {
    const { client, sent } = spyClient();
    const el = await mount(client, { parent: PARENT });
    fill(el, valid);
    expect(storedDraft(draftKeyFor('101', PARENT))).to.include({ body: valid.body });
    expect(storedDraft(), 'not mixed with the top-level draft').to.be.null;
    submit(el);
    await waitUntil(() => statusText(el));
    expect(sent[0].input.parentId).to.equal(PARENT);
    expect(statusText(el)).to.equal('Your comment has been published.');
  });

  it('says it is sending and locks the button while the request is out', async () => {
    const el = await mount(spyClient({ latencyMs: 200 }).client);
    fill(el, valid);
    submit(el);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Sending your comment…');
    expect($(el, 'button')!.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
    expect(field(el, 'body').readOnly, 'what is being sent cannot change under it').to.be.true;
    await waitUntil(() => statusText(el) == 'Your comment has been published.', 'never published', { timeout: 5000 });
    expect($(el, 'button')!.hasAttribute('aria-disabled')).to.be.false;
    expect(field(el, 'body').readOnly).to.be.false;
  });

  it('sends once however often it is submitted while sending (clicks, Enter, requestSubmit)', async () => {
    const { client, sent } = spyClient({ latencyMs: 100 });
    const el = await mount(client);
    fill(el, valid);
    field(el, 'name').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    submit(el);
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    void el.submit();
    await waitUntil(() => statusText(el) == 'Your comment has been published.', 'never published', { timeout: 5000 });
    await aTimeout(150);
    expect(sent).to.have.length(1);
  });

  it('without a data source, submitting shows an error and never throws', async () => {
    const el = await mount(undefined);
    fill(el, valid);
    const event = oneEvent(el, 'comment-error');
    submit(el);
    const { detail } = (await event) as CustomEvent<CommentErrorDetail>;
    expect(detail.error).to.be.instanceOf(Error);
    await el.updateComplete;
    expect(alertText(el)).to.equal('Your comment could not be sent. It is saved here; please try again.');
  });
});

describe('<comment-form> refusals from the source', () => {
  const reject = (reason: CommentRejectReason, field?: CommentField, message = 'Server says no.') =>
    new BroadsheetError('comment-rejected', message, { reason, field });

  const alerts: [CommentRejectReason, string][] = [
    ['closed', 'Comments are closed on this article.'],
    ['duplicate', 'It looks like you already said that.'],
    ['flood', 'You are posting comments too quickly. Please wait a moment and try again.'],
    ['auth-required', 'This site only accepts comments from signed-in readers.'],
    ['unknown-article', 'This article can no longer receive comments.'],
    ['other', 'Server says no.'],
  ];
  for (const [reason, message] of alerts) {
    it(`${reason} → "${message}" in the alert, the draft kept, comment-error fired`, async () => {
      const el = await mount(spyClient({}, () => reject(reason)).client);
      fill(el, valid);
      const event = oneEvent(el, 'comment-error');
      submit(el);
      const { detail } = (await event) as CustomEvent<CommentErrorDetail>;
      expect((detail.error as BroadsheetError).reason).to.equal(reason);
      expect(detail.input.body).to.equal(valid.body);
      await el.updateComplete;
      expect(alertText(el)).to.equal(message);
      expect(statusText(el)).to.equal('');
      expect(field(el, 'body').value, 'nothing typed is thrown away').to.equal(valid.body);
      expect(storedDraft()).to.include({ body: valid.body });
      expect(storedDraft(), 'a refusal proves it did not land').not.to.have.property('pending');
      await expect(el).to.be.accessible();
    });
  }

  it('other without a message → a generic one', async () => {
    const el = await mount(spyClient({}, () => reject('other', undefined, '')).client);
    fill(el, valid);
    submit(el);
    await waitUntil(() => alertText(el));
    expect(alertText(el)).to.equal('Your comment could not be sent. It is saved here; please try again.');
  });

  const onField: [CommentRejectReason, Field, string][] = [
    ['invalid-field', 'body', 'Please enter your comment!'],
    ['invalid-field', 'name', 'Please enter your name here'],
    ['invalid-field', 'email', 'Please enter a valid email address'],
    ['invalid-field', 'website', 'Please enter a valid website address'],
    ['too-long', 'body', 'Your comment is too long.'],
    ['too-long', 'name', 'Your name is too long.'],
    ['too-long', 'email', 'Your email address is too long.'],
    ['too-long', 'website', 'Your website address is too long.'],
  ];
  for (const [reason, f, message] of onField) {
    it(`${reason} on ${f} → "${message}" on that field, with aria-invalid and the focus`, async () => {
      const el = await mount(spyClient({}, () => reject(reason, f)).client);
      fill(el, { ...valid, website: 'https://ann.example.com' });
      submit(el);
      await waitUntil(() => errorOf(el, f));
      expect(errorOf(el, f)).to.equal(message);
      expect(field(el, f).getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, f).getAttribute('aria-describedby')).to.contain(`${f}-error`);
      await waitUntil(() => focused(el)?.id == f);
      expect(alertText(el), 'said once, on the field').to.equal('');
      await expect(el).to.be.accessible();
    });
  }

  it('a server message on a field stays through blur until the field is changed', async function () {
    const el = await mount(spyClient({}, () => reject('too-long', 'body')).client);
    fill(el, valid);
    submit(el);
    await waitUntil(() => focused(el)?.id == 'body');
    await sendKeys({ press: 'Tab' }); // real keys: see skipUnlessFocused in comment-form.test.ts
    if (!document.hasFocus()) this.skip();
    await el.updateComplete;
    expect(errorOf(el, 'body'), 'unchanged: the server still says so').to.equal('Your comment is too long.');
    field(el, 'body').focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(errorOf(el, 'body')).to.be.undefined;
  });

  it('a refused website while the field is hidden is said in the alert', async () => {
    const el = await mount(spyClient({}, () => reject('invalid-field', 'website')).client, { 'hide-website': '' });
    fill(el, valid);
    submit(el);
    await waitUntil(() => alertText(el));
    expect(alertText(el)).to.equal('Please enter a valid website address');
  });

  it('a reply to a comment that is gone', async () => {
    const el = await mount(spyClient().client, { parent: '999999' });
    fill(el, valid);
    submit(el);
    await waitUntil(() => alertText(el));
    expect(alertText(el)).to.equal('The comment you are replying to is no longer available.');
  });

  it('the demo source itself refuses a closed article and a repeated comment', async () => {
    const closed = await mount(spyClient().client, { article: '111' });
    fill(closed, valid);
    submit(closed);
    await waitUntil(() => alertText(closed));
    expect(alertText(closed)).to.equal('Comments are closed on this article.');

    const { client } = spyClient();
    const el = await mount(client);
    fill(el, valid);
    submit(el);
    await waitUntil(() => statusText(el));
    fill(el, valid);
    submit(el);
    await waitUntil(() => alertText(el));
    expect(alertText(el)).to.equal('It looks like you already said that.');
  });

  it('a server error (5xx) or a rate limit: generic message, draft kept; after a 5xx the retry is a resend', async () => {
    const { client, sent } = spyClient({}, (_, nth) =>
      nth == 0 ? new BroadsheetError('http', 'WordPress: 502 Bad Gateway', { status: 502 }) : nth == 1 ? new BroadsheetError('rate-limited', 'Too many', { status: 429 }) : undefined,
    );
    const el = await mount(client);
    fill(el, valid);
    submit(el);
    await waitUntil(() => alertText(el));
    expect(alertText(el)).to.equal('Your comment could not be sent. It is saved here; please try again.');
    expect(storedDraft(), 'a 5xx may have stored it').to.include({ body: valid.body, pending: true });
    const second = oneEvent(el, 'comment-error');
    submit(el);
    await second;
    await el.updateComplete;
    expect(sent[1].resend).to.be.true;
    expect(alertText(el)).to.equal('Your comment could not be sent. It is saved here; please try again.');
    submit(el);
    await waitUntil(() => statusText(el) == 'Your comment has been published.', 'never published', { timeout: 5000 });
    expect(sent).to.have.length(3);
  });
});

describe('<comment-form> with another copy of Broadsheet’s client', () => {
  it('reads a refusal by its code and reason, not its class', async () => {
    const foreign = Object.assign(new Error('Comments are closed.'), { name: 'BroadsheetError', code: 'comment-rejected', reason: 'closed' });
    const { client } = spyClient();
    const el = await mount({ ...client, comments: { ...client.comments, submit: () => Promise.reject(foreign) } });
    fill(el, valid);
    submit(el);
    await waitUntil(() => alertText(el));
    expect(alertText(el)).to.equal('Comments are closed on this article.');
    expect(storedDraft(), 'a refusal: not pending').not.to.have.property('pending');
  });
});

describe('<comment-form> spam defence', () => {
  it('a filled honeypot sends nothing and refuses quietly', async () => {
    const { client, sent } = spyClient();
    const el = await mount(client);
    fill(el, { ...valid, hp: 'https://spam.example.com' });
    const event = oneEvent(el, 'comment-error');
    submit(el);
    const { detail } = (await event) as CustomEvent<CommentErrorDetail>;
    expect((detail.error as BroadsheetError).reason).to.equal('other');
    await el.updateComplete;
    expect(alertText(el)).to.equal('Your comment could not be sent. Please wait a moment and try again.');
    await aTimeout(20);
    expect(sent).to.have.length(0);
    expect(storedDraft(), 'the honeypot is never stored').not.to.have.property('hp');
  });

  it('a submit sooner than min-fill-ms after the form appeared sends nothing; a later one is sent', async () => {
    const { client, sent } = spyClient();
    const el = await mount(client, { 'min-fill-ms': '300' });
    fill(el, valid);
    const said: string[] = [];
    const region = el.shadowRoot!.querySelector('[role=alert]')!;
    const observer = new MutationObserver(() => said.push(region.textContent!.trim()));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    submit(el);
    await waitUntil(() => alertText(el));
    expect(alertText(el)).to.equal('Your comment could not be sent. Please wait a moment and try again.');
    submit(el); // too fast again: the same message must be read out again
    await waitUntil(() => said.length >= 3 && alertText(el));
    observer.disconnect();
    expect(said.filter(Boolean), 'announced twice').to.have.length(2);
    await aTimeout(20);
    expect(sent).to.have.length(0);
    await aTimeout(320);
    submit(el);
    await waitUntil(() => statusText(el) == 'Your comment has been published.', 'never published', { timeout: 5000 });
    expect(sent).to.have.length(1);
  });

  it('the minimum fill time defaults to 3 seconds', async () => {
    const el = document.createElement('comment-form');
    expect(el.minFillMs).to.equal(3000);
  });
});
