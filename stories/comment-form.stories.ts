import type { Meta, StoryObj, Args } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/comment-form/define.js';
import type { CommentForm, CommentFormLabels } from '../src/components/comment-form/define.js';
import type { CommentRejectReason, CommentField } from '../src/sdk/index.js';
import { draftKey, saveDraft } from '../src/components/comment-form/draft-store.js';
import { BroadsheetError, demo, demoClient, frame, offline, serverError, withSource, type Theme } from './support/demo';
import type { MemoryOptions } from '../src/sdk/sources/memory.js';

/*
 * Each result state is reached the way a reader reaches it: the play function fills in the
 * form and presses "Post comment"; the demo source answers (publishes, holds for moderation,
 * or refuses, for real or through `simulate`). `min-fill-ms="0"` switches off the
 * too-fast spam check so the play function may submit at once.
 */

const form = (args: Args) =>
  html`<comment-form
    article=${args.article ?? nothing}
    parent=${args.parent || nothing}
    heading=${args.heading ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
    ?hide-website=${args['hide-website']}
    min-fill-ms=${args['min-fill-ms'] ?? nothing}
    .labels=${args.labels}
    @comment-submitted=${args.onCommentSubmitted}
    @comment-error=${args.onCommentError}
  ></comment-form>`;

const meta: Meta = {
  title: 'Components/comment-form',
  component: 'comment-form',
  args: { article: '101', 'min-fill-ms': 0, 'hide-website': false },
  render: (args) => demo(frame(form(args), { width: '40rem' })),
};
export default meta;
type Story = StoryObj;

/** A reader's comment. */
const reader = { body: 'A clear piece. I would like to read more about the energy deals in particular.', name: 'Amina Yusuf', email: 'amina@example.com', website: '' };

async function fillAndSubmit(canvas: HTMLElement, values: Partial<typeof reader> = reader): Promise<CommentForm> {
  const el = canvas.querySelector('comment-form')!;
  await el.updateComplete;
  const root = el.shadowRoot!;
  for (const [field, value] of Object.entries({ ...reader, ...values })) {
    const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${field}`);
    if (!input) continue;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await userEvent.click(root.querySelector('button[type="submit"]')!);
  return el;
}

const text = (el: CommentForm, part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.trim() ?? '';

/** Submits, then waits until the polite (`status`) or assertive (`alert`) region says `expected`. */
const expectResult =
  (part: 'status' | 'alert', expected: string, values?: Partial<typeof reader>) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await fillAndSubmit(canvasElement, values);
    await waitFor(() => expect(text(el, part)).toBe(expected), { timeout: 3000 });
  };

/** A source that refuses every comment with `reason` (and `field`). */
const refuse = (reason: CommentRejectReason, message: string, field?: CommentField): MemoryOptions => ({
  simulate: (operation) => (operation === 'submitComment' ? new BroadsheetError('comment-rejected', message, { reason, field }) : undefined),
});

const withOptions = (options: MemoryOptions) => (args: Args) => demo(frame(form(args), { width: '40rem' }), options);

// ── Ready and validation ──────────────────────────────────────────────────────────────────

/** The empty form, as on the reference page. */
export const Ready: Story = {};

/** Submitting the empty form: each field's message, tied to its input; focus on the first. */
export const Validation: Story = {
  name: 'Missing fields',
  play: async ({ canvasElement }) => {
    const el = await fillAndSubmit(canvasElement, { body: '', name: '', email: 'not-an-email', website: '' });
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('[aria-invalid="true"]').length).toBe(3));
    await expect(text(el, 'error')).toContain('Please enter your comment!');
  },
};

/** A reply to a comment (`parent`): "Leave a reply". */
export const Reply: Story = { args: { parent: '1002', 'heading-level': 3 } };

/** Without the website field and without a heading. */
export const Minimal: Story = { name: 'No website, no heading', args: { 'hide-website': true, heading: '' } };

/** A saved draft (the tab was closed) is restored into the fields. */
export const RestoredDraft: Story = {
  name: 'Restored draft',
  render: (args) => {
    const client = demoClient();
    saveDraft(draftKey(client.source.key, args.article, undefined), { ...reader, website: 'amina.example.com' });
    return withSource(client, frame(form(args), { width: '40rem' }));
  },
};

// ── Results ───────────────────────────────────────────────────────────────────────────────

/** Published at once: "Your comment has been published." and the comment below. */
export const Published: Story = { play: expectResult('status', 'Your comment has been published.') };

/** The site moderates comments: "Your comment is awaiting moderation." */
export const AwaitingModeration: Story = {
  name: 'Awaiting moderation',
  render: withOptions({ moderation: true }),
  play: expectResult('status', 'Your comment is awaiting moderation.'),
};

/** While the server has not answered: "Sending your comment…", fields read-only. */
export const Sending: Story = {
  tags: ['loading'],
  render: withOptions({ simulate: (op) => (op === 'submitComment' ? 'hang' : undefined) }),
  play: expectResult('status', 'Sending your comment…'),
};

// ── Refusals ──────────────────────────────────────────────────────────────────────────────

/** Comments are closed on this article (the demo's editor's note): refused by the source. */
export const Closed: Story = {
  name: 'Rejected: closed',
  args: { article: '111' },
  play: expectResult('alert', 'Comments are closed on this article.'),
};

/** The same comment twice (the demo already has this one from Ayesha Raza). */
export const Duplicate: Story = {
  name: 'Rejected: duplicate',
  play: expectResult('alert', 'It looks like you already said that.', {
    name: 'Ayesha Raza',
    body: 'A sober piece. The point about selling raw materials and buying finished goods is the part most commentary skips.',
  }),
};

export const Flood: Story = {
  name: 'Rejected: flood',
  render: withOptions(refuse('flood', 'You are posting comments too quickly. Slow down.')),
  play: expectResult('alert', 'You are posting comments too quickly. Please wait a moment and try again.'),
};

export const AuthRequired: Story = {
  name: 'Rejected: sign-in required',
  render: withOptions(refuse('auth-required', 'Sorry, you must be logged in to comment.')),
  play: expectResult('alert', 'This site only accepts comments from signed-in readers.'),
};

/** The server refuses one field: the message goes on that field, focus moves there. */
export const InvalidField: Story = {
  name: 'Rejected: invalid field',
  render: withOptions(refuse('invalid-field', 'Invalid email address.', 'email')),
  play: async (context) => {
    const el = await fillAndSubmit(context.canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('#email')?.getAttribute('aria-invalid')).toBe('true'));
    await expect(text(el, 'error')).toContain('Please enter a valid email address');
  },
};

/** A name longer than WordPress's column (245 characters), refused by the source. */
export const TooLong: Story = {
  name: 'Rejected: too long',
  play: async ({ canvasElement }) => {
    const el = await fillAndSubmit(canvasElement, { name: 'Amina Yusuf '.repeat(25).trim() });
    await waitFor(() => expect(el.shadowRoot!.querySelector('#name')?.getAttribute('aria-invalid')).toBe('true'));
    await expect(text(el, 'error')).toContain('Your name is too long.');
  },
};

/** The article does not exist (any more). */
export const UnknownArticle: Story = {
  name: 'Rejected: unknown article',
  args: { article: '999' },
  play: expectResult('alert', 'This article can no longer receive comments.'),
};

/** The reply's parent comment is gone. */
export const ReplyGone: Story = {
  name: 'Rejected: reply to a removed comment',
  args: { parent: '4242' },
  play: expectResult('alert', 'The comment you are replying to is no longer available.'),
};

/** The browser is offline: the comment is kept and will be sent when the browser is back online. */
export const Offline: Story = {
  render: withOptions({ simulate: (op) => (op === 'submitComment' ? offline() : undefined) }),
  // The story's browser says it is offline (`navigator.onLine`) until another story is shown.
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => void delete (navigator as { onLine?: boolean }).onLine;
  },
  play: expectResult('alert', 'You appear to be offline. Your comment is saved and will be sent when you are back online.'),
};

/** No answer while the browser is online (server down, blocked): the comment is kept; sending again is a resend. */
export const NoAnswer: Story = {
  name: 'No answer from the server',
  render: withOptions({ simulate: (op) => (op === 'submitComment' ? offline() : undefined) }),
  play: expectResult('alert', 'Your comment could not be sent. It is saved here; please try again.'),
};

/** A server error: the comment is kept; the next attempt is a resend. */
export const ServerError: Story = {
  name: 'Server error',
  render: withOptions({ simulate: (op) => (op === 'submitComment' ? serverError() : undefined) }),
  play: expectResult('alert', 'Your comment could not be sent. It is saved here; please try again.'),
};

// ── Content, containers and themes ────────────────────────────────────────────────────────

const urdu: Partial<CommentFormLabels> = {
  heading: 'تبصرہ کریں',
  body: 'تبصرہ',
  name: 'نام',
  email: 'ای میل',
  emailHint: 'آپ کا ای میل شائع نہیں کیا جائے گا۔',
  website: 'ویب سائٹ (اختیاری)',
  submit: 'تبصرہ بھیجیں',
  published: 'آپ کا تبصرہ شائع ہو گیا ہے۔',
};

/** Urdu labels (`.labels`) in a right-to-left page, published in Urdu. */
export const RightToLeft: Story = {
  name: 'RTL (Urdu), published',
  args: { article: '109', labels: urdu },
  render: (args) => demo(frame(form(args), { width: '40rem', dir: 'rtl', lang: 'ur' })),
  play: expectResult('status', 'آپ کا تبصرہ شائع ہو گیا ہے۔', { name: 'سلمان احمد', body: 'بہت اچھی خبر! امید ہے یہ منصوبہ جلد مکمل ہوگا۔' }),
};

export const Narrow: Story = {
  name: '320 px container, missing fields',
  render: (args) => demo(frame(form(args), { width: '320px' })),
  play: Validation.play,
};

export const Wide: Story = { name: 'Wide container', render: (args) => demo(frame(form(args), { width: '1040px' })) };

const themed = (theme: Theme) => (args: Args) => demo(frame(form(args), { theme, width: '40rem' }));

export const Dark: Story = { name: 'Dark theme, missing fields', render: themed('dark'), play: Validation.play };
export const DarkPublished: Story = { name: 'Dark theme, published', render: themed('dark'), play: Published.play };
export const Brand: Story = { name: 'Brand theme, awaiting moderation', render: (args) => demo(frame(form(args), { theme: 'brand', width: '40rem' }), { moderation: true }), play: AwaitingModeration.play };
