/** <comment-form>: what a reader sees and does before anything is sent — fields, validation, keyboard, labels. */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { registerLabels } from '../../../src/components/shared/i18n.js';
import type { CommentForm } from '../../../src/components/comment-form/define.js';
import type { NewsSource } from '../../../src/context/define.js';
import { $, alertText, clearDrafts, errorOf, field, fill, focused, mount, spyClient, statusText, submit, text, valid, type Field } from './helpers.js';

beforeEach(() => clearDrafts());

/**
 * Test files run in parallel pages, and only the focused page gets focus events and keyboard
 * activation of buttons. Real key presses give the page the focus in Chromium, not in Firefox:
 * there a test that needs them is skipped (reported as such) when its page is in the background.
 */
function skipUnlessFocused(test: Mocha.Context): void {
  if (!document.hasFocus()) test.skip();
}

describe('<comment-form> fields', () => {
  it('is a real form of labelled native inputs, in WordPress order: comment, name, email, website', async () => {
    const el = await mount(spyClient().client);
    const form = $<HTMLFormElement>(el, 'form')!;
    expect(form.noValidate, 'validation is ours, not the browser bubbles').to.be.true;
    const controls = [...form.querySelectorAll<HTMLInputElement>('input, textarea')].filter((c) => c.tabIndex >= 0);
    expect(controls.map((c) => c.id)).to.deep.equal(['body', 'name', 'email', 'website']);
    expect(controls.map((c) => c.labels?.[0] && text(c.labels[0]))).to.deep.equal(['Comment', 'Name', 'Email', 'Website (optional)']);
    expect(field(el, 'body').localName).to.equal('textarea');
    expect(controls.map((c) => c.getAttribute('type'))).to.deep.equal([null, 'text', 'email', 'url']);
    expect(controls.map((c) => c.getAttribute('autocomplete'))).to.deep.equal([null, 'name', 'email', 'url']);
    expect(controls.map((c) => c.required)).to.deep.equal([true, true, true, false]);
    expect(field(el, 'email').getAttribute('aria-describedby'), 'the "not published" hint is read with the email field').to.equal('email-hint');
    expect(text($(el, '#email-hint'))).to.equal('Your email address will not be published.');
    const button = $<HTMLButtonElement>(el, 'button')!;
    expect(button.type).to.equal('submit');
    expect(text(button)).to.equal('Post comment');
  });

  it('has both live regions, empty, from the first render', async () => {
    const el = await mount(spyClient().client);
    expect($(el, '[role=status]'), 'polite region').to.exist;
    expect($(el, '[role=alert]'), 'assertive region').to.exist;
    expect(statusText(el)).to.equal('');
    expect(alertText(el)).to.equal('');
  });

  it('names the form by its heading; the heading text and level are configurable, and a reply says so', async () => {
    const el = await mount(spyClient().client);
    const heading = $(el, '[role=heading]')!;
    expect(text(heading)).to.equal('Leave a comment');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect($(el, 'form')!.getAttribute('aria-labelledby')).to.equal(heading.id);

    const reply = await mount(spyClient().client, { parent: '1002', 'heading-level': '4' });
    expect(text($(reply, '[role=heading]'))).to.equal('Leave a reply');
    expect($(reply, '[role=heading]')!.getAttribute('aria-level')).to.equal('4');

    const custom = await mount(spyClient().client, { heading: 'Join the discussion' });
    expect(text($(custom, '[role=heading]'))).to.equal('Join the discussion');

    const none = await mount(spyClient().client, { heading: '' });
    expect($(none, '[role=heading]')).to.be.null;
    expect($(none, 'form')!.hasAttribute('aria-labelledby')).to.be.false;
  });

  it('leaves the website out with hide-website, and sends none', async () => {
    const { client, sent } = spyClient();
    const el = await mount(client, { 'hide-website': '' });
    expect($(el, '#website')).to.be.null;
    fill(el, valid);
    submit(el);
    await waitUntil(() => sent.length == 1);
    expect(sent[0].input).not.to.have.property('website');
  });

  it('hides the honeypot from people, the keyboard and assistive technology', async () => {
    const el = await mount(spyClient().client);
    const hp = field(el, 'hp');
    expect(hp.tabIndex).to.equal(-1);
    expect(hp.autocomplete).to.equal('off');
    expect(hp.closest('[aria-hidden=true]')).to.exist;
    const box = hp.closest('.visually-hidden')!;
    expect(box.getBoundingClientRect().width * box.getBoundingClientRect().height, 'a 1px clipped box').to.be.at.most(1);
    expect(getComputedStyle(box).overflow).to.equal('hidden');
  });

  it('shows the light-DOM fallback form only until it upgrades', async () => {
    // (fixture() of a Lit element waits for its update, not for an animation frame, which a
    // background page under test-runner concurrency may never get.)
    const el = await fixture<CommentForm>(html`<comment-form article="4" api="https://wp.test/wp-json" min-fill-ms="0">
      <form action="https://wp.test/wp-comments-post.php" method="post">
        <label for="fallback-comment">Comment</label><textarea id="fallback-comment" name="comment"></textarea>
        <input type="hidden" name="comment_post_ID" value="4" /><button>Post Comment</button>
      </form>
    </comment-form>`);
    await el.updateComplete;
    const fallback = el.querySelector('textarea')!;
    expect(fallback.getBoundingClientRect().height, 'the plain form is replaced by the shadow root').to.equal(0);
    expect(field(el, 'body').getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

describe('<comment-form> validation', () => {
  const messages: Record<Field, string> = {
    body: 'Please enter your comment!',
    name: 'Please enter your name here',
    email: 'Please enter a valid email address',
    website: 'Please enter a valid website address',
  };

  function expectError(el: CommentForm, f: Field, message: string) {
    const input = field(el, f);
    expect(errorOf(el, f), `message on ${f}`).to.equal(message);
    expect(input.getAttribute('aria-invalid'), `${f} aria-invalid`).to.equal('true');
    expect((input.getAttribute('aria-describedby') ?? '').split(' '), `${f} described by its message`).to.include(`${f}-error`);
    const prefix = $(el, `#${f}-error .visually-hidden`);
    expect(text(prefix), 'a visually hidden prefix for screen readers').to.equal('Error:');
    expect(prefix!.getBoundingClientRect().width).to.be.at.most(1);
  }

  function expectNoError(el: CommentForm, f: Field) {
    expect(errorOf(el, f), `no message on ${f}`).to.be.undefined;
    expect(field(el, f).hasAttribute('aria-invalid'), `${f} not aria-invalid`).to.be.false;
  }

  it('an empty submit shows the three required messages on their fields, focuses the comment, sends nothing', async () => {
    const { client, sent } = spyClient();
    const el = await mount(client);
    submit(el);
    await el.updateComplete;
    expectError(el, 'body', messages.body);
    expectError(el, 'name', messages.name);
    expectError(el, 'email', messages.email);
    expectNoError(el, 'website');
    await waitUntil(() => focused(el)?.id == 'body', 'focus moves to the first invalid field');
    await aTimeout(20);
    expect(sent).to.have.length(0);
    expect(alertText(el), 'the focus move announces it; no second announcement').to.equal('');
  });

  it('an invalid email gets the email message and the focus', async () => {
    const { client, sent } = spyClient();
    const el = await mount(client);
    for (const bad of ['ann', 'ann@', 'ann@example', 'ann example@x.com']) {
      fill(el, { ...valid, email: bad });
      submit(el);
      await el.updateComplete;
      expectError(el, 'email', messages.email);
      expectNoError(el, 'body');
      expectNoError(el, 'name');
      await waitUntil(() => focused(el)?.id == 'email');
    }
    expect(sent).to.have.length(0);
  });

  it('a website that is not an http(s) address gets the website message', async () => {
    const { client, sent } = spyClient();
    const el = await mount(client);
    for (const bad of ['javascript:alert(1)', 'mailto:ann@example.com', 'ftp://example.com', 'not a site', 'localhost']) {
      fill(el, { ...valid, website: bad });
      submit(el);
      await el.updateComplete;
      expectError(el, 'website', messages.website);
      await waitUntil(() => focused(el)?.id == 'website');
    }
    expect(sent).to.have.length(0);
  });

  it('a bare domain is accepted as an https address', async () => {
    const { client, sent } = spyClient();
    const el = await mount(client);
    fill(el, { ...valid, website: 'ann.example.com/blog' });
    submit(el);
    await waitUntil(() => sent.length == 1);
    expect(sent[0].input.website).to.equal('https://ann.example.com/blog');
  });

  it('whitespace alone is not a comment or a name', async () => {
    const el = await mount(spyClient().client);
    fill(el, { ...valid, body: '  \n ', name: '   ' });
    submit(el);
    await el.updateComplete;
    expectError(el, 'body', messages.body);
    expectError(el, 'name', messages.name);
  });

  it('re-checks a field when it loses focus, but only after a failed submit', async function () {
    const el = await mount(spyClient().client);
    field(el, 'name').focus();
    await sendKeys({ press: 'Tab' }); // name → email
    skipUnlessFocused(this);
    await el.updateComplete;
    expectNoError(el, 'name');

    submit(el);
    await el.updateComplete;
    expectError(el, 'name', messages.name);
    field(el, 'name').focus();
    await sendKeys({ type: 'Ann' });
    await sendKeys({ press: 'Tab' }); // name → email
    await el.updateComplete;
    expectNoError(el, 'name');
    expectError(el, 'email', messages.email);
    await sendKeys({ type: 'still wrong' });
    await sendKeys({ press: 'Tab' }); // email → website
    await el.updateComplete;
    expectError(el, 'email', messages.email);
    expect(focused(el)?.id, 'a blur never pulls the focus back').to.equal('website');
  });

  it('a valid submit clears every message', async () => {
    const { client, sent } = spyClient();
    const el = await mount(client);
    submit(el);
    await el.updateComplete;
    fill(el, valid);
    submit(el);
    await waitUntil(() => sent.length == 1);
    for (const f of ['body', 'name', 'email'] as Field[]) expectNoError(el, f);
  });
});

describe('<comment-form> by keyboard', () => {
  it('is filled and sent with the keyboard alone: Tab through comment, name, email, website, button, then Enter', async function () {
    const { client, sent } = spyClient();
    const source = await fixture<NewsSource>(html`<news-source .client=${client}><button id="before">before</button></news-source>`);
    const el = await mount(client, {}, source);
    source.querySelector<HTMLButtonElement>('#before')!.focus();
    const order: string[] = [];
    for (const value of [valid.body, valid.name, valid.email, 'ann.example.com']) {
      await sendKeys({ press: 'Tab' });
      order.push(focused(el)!.id);
      await sendKeys({ type: value });
    }
    await sendKeys({ press: 'Tab' });
    order.push(focused(el)!.localName);
    expect(order, 'tab order').to.deep.equal(['body', 'name', 'email', 'website', 'button']);
    skipUnlessFocused(this);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statusText(el) == 'Your comment has been published.');
    expect(sent).to.have.length(1);
    expect(sent[0].input).to.include({ body: valid.body, name: valid.name, email: valid.email, website: 'https://ann.example.com/' });
  });

  it('Enter in a text field submits', async () => {
    const { client, sent } = spyClient();
    const el = await mount(client);
    fill(el, valid);
    field(el, 'name').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sent.length == 1);
  });

  it('Enter in the comment is a new line; Ctrl+Enter (or Cmd+Enter) submits', async () => {
    const { client, sent } = spyClient();
    const el = await mount(client);
    fill(el, { name: valid.name, email: valid.email });
    field(el, 'body').focus();
    await sendKeys({ type: 'First line' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'second line' });
    await aTimeout(20);
    expect(sent, 'Enter alone does not send').to.have.length(0);
    expect(field(el, 'body').value).to.equal('First line\nsecond line');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => sent.length == 1);
    expect(sent[0].input.body).to.equal('First line\nsecond line');
  });

  it('a failed submit by keyboard lands the focus on the problem', async () => {
    const el = await mount(spyClient().client);
    fill(el, { body: valid.body, email: valid.email });
    field(el, 'email').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id == 'name');
    expect(errorOf(el, 'name')).to.equal('Please enter your name here');
  });
});

describe('<comment-form> labels and direction', () => {
  it('takes labels from registerLabels for its lang, and from the labels property', async () => {
    registerLabels('fr', {
      body: 'Commentaire',
      submit: 'Publier',
      heading: 'Laisser un commentaire',
      errorPrefix: 'Erreur :',
      nameInvalid: 'Veuillez saisir votre nom',
    });
    const el = await mount(spyClient().client, { lang: 'fr' });
    expect(text(field(el, 'body').labels![0])).to.equal('Commentaire');
    expect(text($(el, 'button'))).to.equal('Publier');
    expect(text($(el, '[role=heading]'))).to.equal('Laisser un commentaire');
    expect(text(field(el, 'name').labels![0]), 'untranslated labels fall back to English').to.equal('Name');
    submit(el);
    await el.updateComplete;
    expect(text($(el, '#name-error'))).to.equal('Erreur : Veuillez saisir votre nom');

    el.labels = { submit: 'Envoyer' };
    await el.updateComplete;
    expect(text($(el, 'button')), 'the property wins').to.equal('Envoyer');
  });

  it('lays out right to left under dir="rtl"', async () => {
    const { client } = spyClient();
    const source = await fixture<NewsSource>(html`<news-source dir="rtl" .client=${client}></news-source>`);
    const el = await mount(client, { style: 'inline-size: 600px' }, source);
    const host = el.getBoundingClientRect();
    const button = $(el, 'button')!.getBoundingClientRect();
    const label = field(el, 'name').labels![0].getBoundingClientRect();
    expect(getComputedStyle($(el, 'form')!).direction).to.equal('rtl');
    expect(Math.round(host.right - button.right), 'the button starts on the right').to.equal(0);
    expect(Math.round(host.right - label.right), 'labels start on the right').to.equal(0);
    expect(button.left - host.left).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });
});

describe('<comment-form> accessibility (axe)', () => {
  it('passes in the initial state', async () => {
    const el = await mount(spyClient().client);
    await expect(el).to.be.accessible();
  });

  it('passes with the website hidden and as a reply without heading', async () => {
    const el = await mount(spyClient().client, { 'hide-website': '', parent: '1002', heading: '' });
    await expect(el).to.be.accessible();
  });

  it('passes in the invalid state on a dark page, with the default colours (contrast)', async () => {
    const dark = await fixture<HTMLElement>(html`<div style="color:#eee; background:#111; padding:1em"></div>`);
    const el = await mount(spyClient().client, {}, dark);
    fill(el, { website: 'nope' });
    submit(el);
    await el.updateComplete;
    expect(errorOf(el, 'body')).to.exist;
    await expect(dark).to.be.accessible();
  });

  it('passes in the invalid state', async () => {
    const el = await mount(spyClient().client);
    fill(el, { website: 'nope' });
    submit(el);
    await el.updateComplete;
    expect(errorOf(el, 'website')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('passes while submitting', async () => {
    const el = await mount(spyClient({ latencyMs: 5000 }).client);
    fill(el, valid);
    submit(el);
    await el.updateComplete;
    expect($(el, 'button')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('passes after success, showing the comment', async () => {
    const el = await mount(spyClient({ moderation: true }).client);
    fill(el, valid);
    submit(el);
    await waitUntil(() => $(el, '[part=comment]'));
    await expect(el).to.be.accessible();
  });

  it('passes with an error alert', async () => {
    const el = await mount(spyClient().client, { article: '111' });
    fill(el, valid);
    submit(el);
    await waitUntil(() => alertText(el));
    await expect(el).to.be.accessible();
  });
});
