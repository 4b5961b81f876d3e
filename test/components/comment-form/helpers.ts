/** Shared set-up for the <comment-form> tests: a form on the demo dataset with a spy on submit. */
import { fixture, html } from '@open-wc/testing';
import { createClient, type NewsClient } from '../../../src/sdk/client.js';
import type { CommentInput } from '../../../src/sdk/model.js';
import type { MemoryOptions, MemoryOutcome } from '../../../src/sdk/sources/memory.js';
import { demoSource } from '../../../src/demo/index.js';
import '../../../src/context/define.js';
import '../../../src/components/comment-form/define.js';
import type { CommentForm } from '../../../src/components/comment-form/define.js';
import type { NewsSource } from '../../../src/context/define.js';

/** The reference article (comments open), one with comments closed, a comment to reply to. */
export const OPEN = '101';
export const CLOSED = '111';
export const PARENT = '1002';

/**
 * Test files run in parallel pages that share one localStorage: each page gets its own source
 * name, so its drafts have their own keys (`memory:<name>`), and clears only those.
 */
export const SOURCE_NAME = `cf-${Math.random().toString(36).slice(2, 8)}`;
export const clearDrafts = () => {
  for (const k of Object.keys(localStorage)) if (k.includes(`:${SOURCE_NAME}:`) || k.includes(`.${SOURCE_NAME}.`)) localStorage.removeItem(k);
};

export const valid = { body: 'A sober piece, thank you.', name: 'Ann Reader', email: 'ann@example.com' };

export type Field = 'body' | 'name' | 'email' | 'website';

export interface Sent {
  input: CommentInput;
  resend?: boolean;
}

/**
 * A client on the demo dataset that records every `comments.submit` call (with its `resend`
 * option); `outcome(input, nth)` can make the nth attempt fail as `simulate` does.
 */
export function spyClient(
  options: MemoryOptions = {},
  outcome?: (input: CommentInput, nth: number) => MemoryOutcome,
): { client: NewsClient; sent: Sent[] } {
  const sent: Sent[] = [];
  const base = createClient({
    source: demoSource({
      name: SOURCE_NAME,
      ...options,
      simulate: (_, call) => (call.operation == 'submitComment' ? outcome?.(call.input, sent.length - 1) : undefined),
    }),
  });
  const client: NewsClient = {
    ...base,
    comments: {
      ...base.comments,
      submit: (input, opts = {}) => {
        sent.push({ input, resend: opts.resend });
        return base.comments.submit(input, opts);
      },
    },
  };
  return { client, sent };
}

/** A `<comment-form>` (article 101, no minimum fill time unless given) inside a `<news-source>` with `client`. */
export async function mount(client?: NewsClient, attrs: Record<string, string> = {}, into?: Element): Promise<CommentForm> {
  const source = into ?? (await fixture<NewsSource>(html`<news-source .client=${client}></news-source>`));
  const el = document.createElement('comment-form');
  for (const [k, v] of Object.entries({ article: OPEN, 'min-fill-ms': '0', ...attrs })) el.setAttribute(k, v);
  source.append(el);
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

export const $ = <E extends Element = HTMLElement>(el: CommentForm, selector: string): E | null =>
  el.shadowRoot!.querySelector<E>(selector);

export const field = (el: CommentForm, f: Field | 'hp') => $<HTMLInputElement>(el, '#' + f)!;

/** Types into fields as a reader would: sets the value and fires `input`. */
export function fill(el: CommentForm, values: Partial<Record<Field | 'hp', string>>): void {
  for (const [f, v] of Object.entries(values)) {
    const input = field(el, f as Field);
    input.value = v;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
}

/** Clicks the submit button. */
export const submit = (el: CommentForm) => $(el, 'button[type=submit]')!.click();

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const statusText = (el: CommentForm) => text($(el, '[role=status]'));
export const alertText = (el: CommentForm) => text($(el, '[role=alert]'));
/** The visible message on a field (without the visually hidden "Error:" prefix). */
export const errorOf = (el: CommentForm, f: Field) => {
  const p = $(el, `#${f}-error`);
  return p ? text(p).replace(/^Error: /, '') : undefined;
};
/** The element focused inside the form's shadow root. */
export const focused = (el: CommentForm) => el.shadowRoot!.activeElement as HTMLElement | null;

export const draftKeyFor = (article = OPEN, parent = '0') => `broadsheet:comment-draft:memory:${SOURCE_NAME}:${article}:${parent}`;
export const storedDraft = (key = draftKeyFor()) => {
  const raw = localStorage.getItem(key);
  return raw ? JSON.parse(raw) : null;
};
