/** <comment-form>: the draft survives reloads, network failures and broken storage, and goes only when the server confirms. */
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { BroadsheetError } from '../../../src/sdk/errors.js';
import type { NewsSource } from '../../../src/context/define.js';
import type { NewsClient } from '../../../src/sdk/client.js';
import { alertText, clearDrafts, SOURCE_NAME, draftKeyFor, field, fill, mount, OPEN, PARENT, spyClient, statusText, storedDraft, submit, valid } from './helpers.js';

const offline = () => new TypeError('Failed to fetch');
const duplicate = () => new BroadsheetError('comment-rejected', 'Duplicate comment detected', { reason: 'duplicate' });
const OFFLINE_MESSAGE = 'You appear to be offline. Your comment is saved and will be sent when you are back online.';

/** The page goes away: the element is removed, as on a reload or a closed tab. */
const reload = (el: Element) => el.remove();
/** The browser says it is offline (`navigator.onLine`), until `goOnline()`. */
const goOffline = () => Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
const goOnline = () => delete (navigator as any).onLine;

beforeEach(() => clearDrafts());

describe('<comment-form> draft', () => {
  it('keeps what was typed, keyed by source, article and parent, and only that', async () => {
    const el = await mount(spyClient().client);
    fill(el, { body: 'Half a thought', name: 'Ann', hp: 'bot' });
    expect(JSON.parse(localStorage.getItem(`broadsheet:comment-draft:memory:${SOURCE_NAME}:101:0`)!)).to.deep.equal({
      body: 'Half a thought',
      name: 'Ann',
      email: '',
      website: '',
    });
  });

  it('is restored into a new form for the same article after a reload', async () => {
    const { client } = spyClient();
    const first = await mount(client);
    fill(first, { ...valid, website: 'ann.example.com' });
    reload(first);

    const second = await mount(spyClient().client);
    expect(field(second, 'body').value).to.equal(valid.body);
    expect(field(second, 'name').value).to.equal(valid.name);
    expect(field(second, 'email').value).to.equal(valid.email);
    expect(field(second, 'website').value).to.equal('ann.example.com');
    expect(statusText(second) + alertText(second), 'a plain draft is not sent by itself').to.equal('');
  });

  it('is not restored into a form for another article or another parent', async () => {
    const first = await mount(spyClient().client);
    fill(first, valid);
    const other = await mount(spyClient().client, { article: '102' });
    const reply = await mount(spyClient().client, { parent: PARENT });
    expect(field(other, 'body').value).to.equal('');
    expect(field(reply, 'body').value).to.equal('');
  });

  it('waits for the data source before restoring, and keeps what was typed meanwhile', async () => {
    localStorage.setItem(draftKeyFor(), JSON.stringify({ body: 'Saved earlier', name: 'Ann', email: '', website: '' }));
    const source = await fixture<NewsSource>(html`<news-source></news-source>`);
    const el = await mount(undefined, {}, source);
    fill(el, { name: 'Typed now' });
    expect(field(el, 'body').value, 'no source yet: no key').to.equal('');
    source.client = spyClient().client;
    await waitUntil(() => field(el, 'body').value == 'Saved earlier');
    expect(field(el, 'name').value, 'never overwrites what the reader is typing').to.equal('Typed now');
    expect(storedDraft()).to.include({ body: 'Saved earlier', name: 'Typed now' });
  });

  it('survives a refusal and a server error; goes when the comment is published', async () => {
    const { client } = spyClient({}, (_, nth) =>
      nth == 0 ? new BroadsheetError('comment-rejected', 'Slow down', { reason: 'flood' }) : nth == 1 ? new BroadsheetError('http', '503', { status: 503 }) : undefined,
    );
    const el = await mount(client);
    fill(el, valid);
    for (let i = 0; i < 2; i++) {
      const failed = oneEvent(el, 'comment-error');
      submit(el);
      await failed;
      expect(storedDraft(), `after failure ${i + 1}`).to.include(valid);
    }
    const done = oneEvent(el, 'comment-submitted');
    submit(el);
    await done;
    expect(storedDraft()).to.be.null;
  });

  it('goes when the comment is held for moderation', async () => {
    const el = await mount(spyClient({ moderation: true }).client);
    fill(el, valid);
    const done = oneEvent(el, 'comment-submitted');
    submit(el);
    await done;
    expect(storedDraft()).to.be.null;
  });

  it('a restored draft is not held back by the minimum fill time', async () => {
    const first = await mount(spyClient().client);
    fill(first, valid);
    reload(first);
    const { client, sent } = spyClient();
    const el = await mount(client, { 'min-fill-ms': '60000' });
    submit(el);
    await waitUntil(() => statusText(el) == 'Your comment has been published.');
    expect(sent).to.have.length(1);
  });
});

describe('<comment-form> offline', () => {
  beforeEach(goOffline);
  afterEach(goOnline);

  it('a network error keeps the draft, says it will retry, and sends once when back online, as a resend', async () => {
    const { client, sent } = spyClient({}, (_, nth) => (nth == 0 ? offline() : undefined));
    const el = await mount(client);
    fill(el, valid);
    const failed = oneEvent(el, 'comment-error');
    submit(el);
    const { detail } = await failed;
    expect((detail.error as BroadsheetError).code).to.equal('network');
    await el.updateComplete;
    expect(alertText(el)).to.equal(OFFLINE_MESSAGE);
    expect(storedDraft(), 'it may have reached the server').to.include({ ...valid, pending: true });
    expect(field(el, 'body').value).to.equal(valid.body);

    const done = oneEvent(el, 'comment-submitted');
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await done;
    await el.updateComplete;
    expect(statusText(el)).to.equal('Your comment has been published.');
    expect(alertText(el)).to.equal('');
    await aTimeout(30);
    expect(sent.map((s) => !!s.resend)).to.deep.equal([false, true]);
    expect(storedDraft()).to.be.null;
  });

  it('a timeout is treated the same way', async () => {
    const { client, sent } = spyClient({}, (_, nth) => (nth == 0 ? new BroadsheetError('timeout', 'No answer') : undefined));
    const el = await mount(client);
    fill(el, valid);
    submit(el);
    await waitUntil(() => alertText(el));
    expect(alertText(el)).to.equal(OFFLINE_MESSAGE);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => statusText(el) == 'Your comment has been published.');
    expect(sent.map((s) => !!s.resend)).to.deep.equal([false, true]);
  });

  it('a resend answered "duplicate" means the first attempt landed: "received"', async () => {
    const { client } = spyClient({}, (_, nth) => (nth == 0 ? offline() : duplicate()));
    const el = await mount(client);
    fill(el, valid);
    submit(el);
    await waitUntil(() => alertText(el));
    const done = oneEvent(el, 'comment-submitted');
    window.dispatchEvent(new Event('online'));
    const { detail } = await done;
    expect(detail.result.confirmedBy).to.equal('duplicate');
    await el.updateComplete;
    expect(statusText(el)).to.equal('Your comment was received.');
    expect(storedDraft()).to.be.null;
  });

  it('the online event does nothing when nothing is waiting', async () => {
    const { client, sent } = spyClient();
    const el = await mount(client);
    fill(el, valid);
    window.dispatchEvent(new Event('online'));
    await aTimeout(30);
    expect(sent).to.have.length(0);
    expect(statusText(el)).to.equal('');
  });

  it('a reader who submits again before the network is back sends a resend, once', async () => {
    const { client, sent } = spyClient({}, (_, nth) => (nth == 0 ? offline() : undefined));
    const el = await mount(client);
    fill(el, valid);
    submit(el);
    await waitUntil(() => alertText(el));
    submit(el);
    await waitUntil(() => statusText(el) == 'Your comment has been published.');
    window.dispatchEvent(new Event('online'));
    await aTimeout(30);
    expect(sent.map((s) => !!s.resend)).to.deep.equal([false, true]);
  });

  it('a tab closed while sending: the next form sends it again as a resend, and "received" if it had landed', async () => {
    goOnline();
    const first = spyClient({ latencyMs: 10_000 });
    const el = await mount(first.client);
    fill(el, valid);
    submit(el);
    await el.updateComplete;
    expect(storedDraft(), 'in flight: it may land').to.include({ pending: true });
    reload(el);

    const { client, sent } = spyClient({}, () => duplicate());
    const next = await mount(client);
    await waitUntil(() => statusText(next) == 'Your comment was received.');
    expect(sent).to.have.length(1);
    expect(sent[0].resend).to.be.true;
    expect(storedDraft()).to.be.null;
  });

  it('an edit after the failure is not sent by itself: not when back online, not by the next page', async () => {
    const { client, sent } = spyClient({}, () => offline());
    const el = await mount(client);
    fill(el, valid);
    submit(el);
    await waitUntil(() => alertText(el) == OFFLINE_MESSAGE);
    fill(el, { body: 'Second thoughts, not sent yet' });
    await el.updateComplete;
    expect(alertText(el), 'no longer promised').to.equal('');
    expect(storedDraft(), 'kept, and no longer an attempt that may have landed').to.deep.equal({ ...valid, body: 'Second thoughts, not sent yet', website: '' });
    window.dispatchEvent(new Event('online'));
    await aTimeout(30);
    expect(sent, 'only the one the reader sent').to.have.length(1);

    reload(el);
    goOnline();
    const next = spyClient();
    const restored = await mount(next.client);
    await aTimeout(30);
    expect(field(restored, 'body').value).to.equal('Second thoughts, not sent yet');
    expect(next.sent, 'a restored draft the reader has not sent stays unsent').to.have.length(0);
    expect(statusText(restored) + alertText(restored)).to.equal('');
  });

  it('emptied after the failure: nothing is kept and nothing is sent', async () => {
    const { client, sent } = spyClient({}, () => offline());
    const el = await mount(client);
    fill(el, valid);
    submit(el);
    await waitUntil(() => alertText(el));
    fill(el, { body: '', name: '', email: '' });
    expect(storedDraft()).to.be.null;
    reload(el);
    goOnline();
    const next = await mount(spyClient().client);
    await aTimeout(30);
    expect(alertText(next) + statusText(next), 'no validation errors on a fresh form').to.equal('');
    expect(sent).to.have.length(1);
  });

  describe('reloaded while offline', () => {
    it('the new form says it will send the comment, and does, once, when back online', async () => {
      const first = spyClient({}, () => offline());
      const el = await mount(first.client);
      fill(el, valid);
      submit(el);
      await waitUntil(() => alertText(el));
      reload(el);

      const { client, sent } = spyClient();
      const next = await mount(client);
      await next.updateComplete;
      expect(alertText(next)).to.equal(OFFLINE_MESSAGE);
      expect(field(next, 'body').value).to.equal(valid.body);
      await aTimeout(30);
      expect(sent, 'nothing sent while offline').to.have.length(0);

      goOnline();
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => statusText(next) == 'Your comment has been published.');
      await aTimeout(30);
      expect(sent).to.have.length(1);
      expect(sent[0].resend).to.be.true;
    });
  });
});

describe('<comment-form> when the server does not answer while the browser is online', () => {
  for (const [what, error] of [
    ['a network error', offline],
    ['a timeout', () => new BroadsheetError('timeout', 'No answer')],
  ] as const) {
    it(`${what}: "could not be sent… try again", the draft kept; the next send is a resend`, async () => {
      const { client, sent } = spyClient({}, (_, nth) => (nth == 0 ? error() : duplicate()));
      const el = await mount(client);
      fill(el, valid);
      submit(el);
      await waitUntil(() => alertText(el));
      expect(alertText(el), 'no promise that depends on an online event that will not come').to.equal(
        'Your comment could not be sent. It is saved here; please try again.',
      );
      expect(storedDraft()).to.include({ ...valid, pending: true });
      submit(el);
      await waitUntil(() => statusText(el) == 'Your comment was received.');
      expect(sent.map((s) => !!s.resend)).to.deep.equal([false, true]);
    });
  }
});

describe('<comment-form> moved to another parent while sending', () => {
  const older = { body: 'An older reply', name: 'Ann', email: '', website: '' };
  const storedReply = () => JSON.parse(localStorage.getItem(draftKeyFor(OPEN, PARENT))!);

  /** A form with a reply draft stored under PARENT: the comment is sent, and the form is moved there ("Reply") on the way. */
  async function sendThenMove(client: NewsClient, answer: 'comment-submitted' | 'comment-error') {
    localStorage.setItem(draftKeyFor(OPEN, PARENT), JSON.stringify(older));
    const el = await mount(client);
    fill(el, valid);
    const answered = oneEvent(el, answer);
    submit(el);
    await el.updateComplete;
    el.parent = PARENT;
    return { el, answered };
  }

  it('the comment being sent keeps its own draft; the other draft is restored after the answer and never sent by itself', async () => {
    goOffline();
    try {
      const { client, sent } = spyClient({ latencyMs: 80 }, () => offline());
      const { el, answered } = await sendThenMove(client, 'comment-error');
      await answered;
      await waitUntil(() => field(el, 'body').value == 'An older reply');
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem(draftKeyFor(OPEN))!), 'the sent comment, pending under its own key').to.deep.include({ ...valid, pending: true });
      expect(storedReply(), 'the other draft, untouched').to.deep.equal(older);
      goOnline();
      window.dispatchEvent(new Event('online'));
      await aTimeout(30);
      expect(sent.map((s) => s.input.parentId), 'the reply was never sent by itself').to.deep.equal([undefined]);
    } finally {
      goOnline();
    }
  });

  it('on success, the answer goes to the comment that was sent, and the other draft is restored intact', async () => {
    const { client, sent } = spyClient({ latencyMs: 80 });
    const { el, answered } = await sendThenMove(client, 'comment-submitted');
    const { detail } = await answered;
    expect(detail.input.parentId).to.be.undefined;
    await waitUntil(() => field(el, 'body').value == 'An older reply');
    expect(statusText(el), 'the answer is shown and announced').to.equal('Your comment has been published.');
    await aTimeout(30);
    expect(localStorage.getItem(draftKeyFor(OPEN)), 'the sent comment is done').to.be.null;
    expect(storedReply()).to.deep.equal(older);
    expect(sent).to.have.length(1);
  });

  it('a refusal stays on screen after the move', async () => {
    const closed = () => new BroadsheetError('comment-rejected', 'Comments are closed.', { reason: 'closed' });
    const { el, answered } = await sendThenMove(spyClient({ latencyMs: 80 }, () => closed()).client, 'comment-error');
    await answered;
    await el.updateComplete;
    await el.updateComplete;
    expect(alertText(el)).to.equal('Comments are closed on this article.');
  });
});

describe('<comment-form> when localStorage throws', () => {
  const methods = ['getItem', 'setItem', 'removeItem'] as const;
  const originals = methods.map((m) => Storage.prototype[m]);
  beforeEach(() => {
    for (const m of methods) {
      Storage.prototype[m] = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }
  });
  afterEach(() => methods.forEach((m, i) => (Storage.prototype[m] = originals[i] as any)));

  it('still works: the draft is kept in memory for the page, restored, sent and cleared', async () => {
    // Another article than the other tests, so no earlier in-memory draft is found.
    const first = await mount(spyClient().client, { article: '104' });
    fill(first, valid);
    reload(first);

    const { client, sent } = spyClient();
    const el = await mount(client, { article: '104' });
    expect(field(el, 'body').value).to.equal(valid.body);
    submit(el);
    await waitUntil(() => statusText(el) == 'Your comment has been published.');
    expect(sent).to.have.length(1);

    const after = await mount(spyClient().client, { article: '104' });
    expect(field(after, 'body').value, 'cleared once confirmed').to.equal('');
  });
});

describe('<comment-form> stored draft that is not ours', () => {
  it('ignores a corrupt or foreign value', async () => {
    localStorage.setItem(draftKeyFor(), '{not json');
    const el = await mount(spyClient().client);
    expect(field(el, 'body').value).to.equal('');
    localStorage.setItem(draftKeyFor(OPEN, '1003'), JSON.stringify({ body: 42, name: ['x'], pending: 'yes' }));
    const reply = await mount(spyClient().client, { parent: '1003' });
    expect(field(reply, 'body').value).to.equal('');
    expect(statusText(reply) + alertText(reply), 'pending must be true, not truthy').to.equal('');
  });
});

describe('<comment-form> moved to another article or parent', () => {
  it('starts afresh with that one’s draft; the first draft stays under its key', async () => {
    localStorage.setItem(draftKeyFor(OPEN, PARENT), JSON.stringify({ body: 'My reply', name: 'Ann', email: '', website: '' }));
    const el = await mount(spyClient().client);
    fill(el, { body: 'Top-level thought' });
    submit(el);
    await el.updateComplete;
    expect(field(el, 'name').getAttribute('aria-invalid')).to.equal('true');

    el.parent = PARENT;
    await el.updateComplete;
    await el.updateComplete;
    expect(field(el, 'body').value).to.equal('My reply');
    expect(field(el, 'name').value).to.equal('Ann');
    expect(field(el, 'name').hasAttribute('aria-invalid'), 'old messages go').to.be.false;
    expect(storedDraft(), 'the top-level draft is kept').to.include({ body: 'Top-level thought' });

    el.article = '102';
    await el.updateComplete;
    await el.updateComplete;
    expect(field(el, 'body').value).to.equal('');
    expect(storedDraft(draftKeyFor('102')), 'nothing carried over').to.be.null;
    expect(storedDraft(draftKeyFor(OPEN, PARENT))).to.include({ body: 'My reply' });
  });
});
