import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { BroadsheetError } from '../../sdk/errors.js';
import type { Comment, CommentInput, CommentResult } from '../../sdk/model.js';
import { BroadsheetElement, headingLevel } from '../shared/broadsheet-element.js';
import { clearDraft, draftKey, loadDraft, saveDraft, type CommentDraft } from './draft-store.js';
import { FIELDS, isInvalid, websiteUrl, type CommentFormField, type CommentFormValues } from './fields.js';
import { commentFormLabels, type CommentFormLabels } from './labels.js';
import { styles } from './comment-form.styles.js';

export type { CommentFormLabels, CommentFormField };

/** `detail` of `comment-submitted`. */
export interface CommentSubmittedDetail {
  /** `status` is `published` or `pending`; `confirmedBy: 'duplicate'` when a resend found the comment already received. */
  result: CommentResult;
  input: CommentInput;
}

/** `detail` of `comment-error`. */
export interface CommentErrorDetail {
  /** Usually a `BroadsheetError` (switch on `code`, then `reason` and `field`). */
  error: BroadsheetError | unknown;
  input: CommentInput;
}

/**
 * A comment form that submits through the SDK: comment, name, email and (optional) website,
 * in WordPress's order. It is a real `<form novalidate>` with labelled native inputs, so
 * autofill, Enter to submit (Ctrl/Cmd+Enter in the comment) and the whole flow work by keyboard.
 *
 * **Errors** follow the GOV.UK Design System pattern: on submit (and, after a failed submit,
 * when a field loses focus) each problem is shown above its field with a visually hidden
 * "Error:" prefix, tied to the input by `aria-describedby`, the input gets `aria-invalid`,
 * and focus moves to the first invalid field. A server refusal about one field (too long, or
 * invalid) goes on that field the same way. Other outcomes are announced: published, pending
 * and received in a polite `role="status"` region; refusals and failures in `role="alert"`.
 * Both regions exist from the first render.
 *
 * **Nothing typed is lost.** A draft is kept in `localStorage` (see `draft-store.ts` for what is
 * stored: the four fields and a "may have been sent" flag) under
 * `broadsheet:comment-draft:<source key>:<article>:<parent or 0>`, restored by the next form for
 * the same article, and removed only when the server confirms the comment. After a network
 * error or timeout while the browser is offline (`navigator.onLine`), the form says it will
 * send the comment when the browser is back online, and does so once on the `online` event,
 * as a resend (a "duplicate" answer then means the first attempt had landed: "Your comment
 * was received."); while the browser is online (a server down or blocked), it says the comment
 * could not be sent, and the reader's next send is the resend. A form restored with a pending
 * attempt (the tab was reloaded or closed mid-send) sends it again as a resend straight away,
 * or when back online. Only what the reader sent is ever sent by itself: an edit after a
 * failed attempt cancels that, and a form moved to another article or parent mid-send keeps
 * the comment being sent under its own draft and switches when the answer is in.
 *
 * **Spam defence** (first party, no third-party script): a honeypot field hidden from people
 * and assistive technology, and a minimum fill time (`min-fill-ms`, counted from the first
 * render; waived for a restored draft). Either one refuses the comment quietly: no request,
 * the draft is kept, a generic "could not be sent, please wait a moment and try again" alert
 * (a person who was too quick simply submits again), and a `comment-error` whose error is a
 * `comment-rejected` `BroadsheetError` with reason `other`. This stops scripted form fillers
 * only; keep server-side filtering (e.g. Akismet) for bots that post to the API directly.
 *
 * **Light-DOM fallback**: put a plain form inside, e.g. WordPress's own
 * `<comment-form article="4"><form action="https://site/wp-comments-post.php" method="post">…
 * <input type="hidden" name="comment_post_ID" value="4"></form></comment-form>`. It shows and
 * posts without JavaScript; once the element upgrades, its shadow root replaces it.
 *
 * @summary An accessible comment form with inline validation, moderation states and a saved draft.
 *
 * @csspart heading - The heading (`role="heading"` at `heading-level`).
 * @csspart form - The `<form>`.
 * @csspart field - The box around one field's label, message and input.
 * @csspart label - A field's `<label>`.
 * @csspart input - The name, email and website `<input>`s.
 * @csspart textarea - The comment `<textarea>`.
 * @csspart error - A field's error message.
 * @csspart button - The submit button.
 * @csspart status - The polite live region: sending, published, awaiting moderation, received.
 * @csspart alert - The assertive live region: refusals and failures.
 * @csspart comment - The comment just posted (`data-status="published|pending"`).
 *
 * @cssprop --bs-form-gap - Space between fields (falls back to `--bs-gap`, then 1em).
 * @cssprop --bs-input-border - Border of the inputs. Default `1px solid` in the text colour.
 * @cssprop --bs-input-background - Background of the inputs. Default transparent.
 * @cssprop --bs-accent - Button border, focus ring and the posted comment's rule.
 * @cssprop --bs-error-color - Field messages, invalid inputs and alerts. Default: red mixed 60/40 with the text colour (readable on light and dark pages).
 * @cssprop --bs-radius - Corner radius of inputs and the button. Default 4px.
 * @cssprop --bs-color - Text colour. Default: inherited from the page.
 * @cssprop --bs-font-family - Font family. Default: inherited from the page.
 * @cssprop --bs-line-height - Line height. Default 1.45.
 * @cssprop --bs-focus-ring - Focus outline. Default `2px solid` in `--bs-accent` (else the text colour).
 * @cssprop --bs-button-background - Background of its buttons. Default transparent.
 * @cssprop --bs-gap - Space between parts, where no element-level gap is set. Default per element.
 *
 * @fires comment-submitted - The server accepted the comment (`CommentSubmittedDetail`).
 * @fires comment-error - The comment was not accepted or could not be sent (`CommentErrorDetail`).
 */
export class CommentForm extends BroadsheetElement<CommentFormLabels> {
  static override styles = styles;

  static override properties = {
    ...BroadsheetElement.properties,
    article: { type: String },
    parent: { type: String },
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hideWebsite: { type: Boolean, attribute: 'hide-website' },
    minFillMs: { type: Number, attribute: 'min-fill-ms' },
    _errors: { state: true },
    _status: { state: true },
    _alert: { state: true },
    _busy: { state: true },
    _shown: { state: true },
  };

  /** Id of the article the comment is for. Required. */
  declare article?: string;
  /** Id of the comment this one replies to. */
  declare parent?: string;
  /** The heading text (default "Leave a comment", or "Leave a reply" with `parent`); `""` for none. */
  declare heading?: string;
  /** Level of the heading, 1–6. Default 2. */
  declare headingLevel: number;
  /** Leaves out the website field. */
  declare hideWebsite: boolean;
  /** A submit sooner than this after the form first rendered is treated as a bot. Default 3000. */
  declare minFillMs: number;

  declare private _errors: Partial<Record<CommentFormField, string>>;
  declare private _status: string;
  declare private _alert: string;
  declare private _busy: boolean;
  declare private _shown?: Comment;

  protected readonly defaultLabels = commentFormLabels;

  // The flags start unset: undefined reads as false.
  /** Where the draft is kept; unknown until there is a client and an article. */
  private _key?: string;
  /** Whether an earlier attempt may have reached the server, so the next one is a resend. */
  private _pending?: boolean;
  /** A network error happened while offline: send again on the `online` event. */
  private _waiting?: boolean;
  /** A submit failed validation: fields are checked again when they lose focus. */
  private _tried?: boolean;
  private _start = 0;
  private _restored?: boolean;
  /** A server refusal of a field stays until that field's value changes. */
  private _refused?: { f: CommentFormField; v: string };
  private _toRestore?: CommentDraft;
  private _switched?: boolean;

  constructor() {
    super();
    this.headingLevel = 2;
    this.hideWebsite = false;
    this.minFillMs = 3000;
    this._errors = {};
    this._status = this._alert = '';
    this._busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this._online);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this._online);
  }

  /** Sends the form, as the submit button does. */
  submit(): Promise<void> {
    return this._submit();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const client = this.client;
    const key = client && this.article ? draftKey(client.source.key, this.article, this.parent) : undefined;
    // While a comment is being sent, its draft stays this form's: the switch waits for the answer.
    if (key === this._key || this._busy) return;
    // Another article or parent (a reply form moved under another comment): start afresh;
    // the previous draft stays under its own key.
    this._switched = !!(key && this._key);
    if (this._switched) {
      this._errors = {};
      // Right after the answer the switch waited for, that answer stays on screen: it is about
      // the comment the reader sent. (Not a promise to send it on `online`: its form resends it.)
      const answered = changed.has('_busy');
      if (!answered || this._waiting) this._alert = '';
      if (!answered) (this._status = ''), (this._shown = undefined);
      this._tried = this._waiting = this._restored = false;
    }
    this._key = key;
    const draft = key ? loadDraft(key) : undefined;
    this._pending = !!draft?.pending;
    // Restored after rendering; with no draft, whatever was typed before the key was known is saved.
    this._toRestore = draft ?? ({} as CommentDraft);
    // An attempt may have landed before a reload: resend it (after rendering), or say it will be.
    if (draft?.pending && !navigator.onLine) this._offline();
  }

  protected override firstUpdated(): void {
    this._start = Date.now();
  }

  protected override updated(): void {
    const draft = this._toRestore;
    if (!draft) return;
    this._toRestore = undefined;
    if (this._switched) this.renderRoot.querySelector('form')?.reset();
    for (const f of FIELDS) {
      const el = this._el(f);
      // Never overwrite what the reader is typing.
      if (el && !el.value && draft[f]) (el.value = draft[f]), (this._restored = true);
    }
    this._save();
    if (draft.pending && navigator.onLine) queueMicrotask(() => void this._submit(true));
  }

  private _el(f: string): HTMLInputElement | null {
    return this.renderRoot.querySelector('#' + f);
  }

  private _values(): CommentFormValues {
    const v = {} as CommentFormValues;
    for (const f of FIELDS) v[f] = this._el(f)?.value ?? '';
    return v;
  }

  private _save(pending = this._pending): void {
    if (this._key) saveDraft(this._key, { ...this._values(), pending });
  }

  /**
   * The reader changed the comment: what the form holds now has not been sent, so nothing sends
   * it by itself (neither the `online` event nor the next page load); the reader sends it.
   */
  private _edit(): void {
    if (this._waiting) this._alert = '';
    this._pending = this._waiting = false;
    this._save();
  }

  private _online = (): void => {
    if (this._waiting) void this._submit(true);
  };

  private _offline(): void {
    this._alert = this.t.offline;
    this._waiting = true;
  }

  private _message(f: CommentFormField): string | undefined {
    const el = this._el(f);
    if (!el) return undefined;
    if (isInvalid(f, el.value)) return this.t[`${f}Invalid`];
    const r = this._refused;
    return r && r.f == f && r.v == el.value ? this._errors[f] : undefined;
  }

  private _blur(e: FocusEvent): void {
    const f = (e.target as Element).id as CommentFormField;
    if (this._tried && FIELDS.includes(f)) this._errors = { ...this._errors, [f]: this._message(f) };
  }

  private _keydown(e: KeyboardEvent): void {
    if (e.key == 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void this._submit();
    }
  }

  private async _focus(f: CommentFormField): Promise<void> {
    await this.updateComplete;
    this._el(f)?.focus();
  }

  /** `auto`: a resend the form started itself (back online, or a restored pending attempt). */
  private async _submit(auto = false): Promise<void> {
    if (this._busy) return;
    const t = this.t;
    this._waiting = false;
    this._alert = this._status = '';
    const errors: Partial<Record<CommentFormField, string>> = {};
    for (const f of FIELDS) errors[f] = this._message(f);
    this._errors = errors;
    const first = FIELDS.find((f) => errors[f]);
    this._tried = !!first;
    if (first) return auto ? undefined : this._focus(first);

    const v = this._values();
    const website = websiteUrl(v.website);
    const input: CommentInput = {
      articleId: this.article ?? '',
      name: v.name.trim(),
      email: v.email.trim(),
      body: v.body.trim(),
      ...(website ? { website } : {}),
      ...(this.parent ? { parentId: this.parent } : {}),
    };
    const fail = (error: unknown, message = t.failed) => {
      this._alert = message;
      this.emit<CommentErrorDetail>('comment-error', { error, input });
    };

    const spam = this._el('hp')?.value ? 'honeypot' : !auto && !this._restored && Date.now() - this._start < this.minFillMs ? 'too fast' : '';
    // The alert is emptied on screen first, so the same message a second time is read out again.
    if (spam) {
      await this.updateComplete;
      return fail(new BroadsheetError('comment-rejected', 'Spam check: ' + spam, { reason: 'other' }), t.refused);
    }
    const client = this.client;
    if (!client || !this.article) {
      return fail(new Error('No article or data source'));
    }

    this._busy = true;
    this._status = t.sending;
    const key = this._key;
    const resend = this._pending;
    // If the tab closes or the network drops now, the next form resends.
    this._pending = true;
    this._save();
    try {
      const result = await client.comments.submit(input, { resend });
      this._pending = false;
      if (key) clearDraft(key);
      this.renderRoot.querySelector('form')?.reset();
      this._restored = false;
      this._status = t[result.confirmedBy == 'duplicate' ? 'received' : result.status];
      this._shown = result.comment;
      this.emit<CommentSubmittedDetail>('comment-submitted', { result, input });
    } catch (error) {
      this._status = '';
      this._failed(error, input);
    } finally {
      this._busy = false;
    }
  }

  private _failed(error: unknown, input: CommentInput): void {
    const t = this.t;
    // By its code, not its class: another copy of Broadsheet's client throws its own BroadsheetError.
    const e = error as BroadsheetError | undefined;
    const code = e?.code;
    // Only a clear refusal proves the comment did not land; after anything else, resend.
    this._pending = !(code == 'comment-rejected' || code == 'rate-limited' || (code == 'http' && e!.status! < 500));
    this._save();
    let alert: string | undefined = t.failed;
    // Only a browser that knows it is offline will say when it is back; a server that does not
    // answer while the browser is online gets the plain "try again" (the next send is a resend).
    if ((code == 'network' || code == 'timeout') && !navigator.onLine) {
      this._offline();
      alert = undefined;
    } else if (code == 'comment-rejected') {
      const { reason = 'other', field: f } = e!;
      const key =
        f && f != 'parentId' && (reason == 'invalid-field' || reason == 'too-long')
          ? (`${f}${reason == 'too-long' ? 'TooLong' : 'Invalid'}` as const)
          : undefined;
      const el = key && this._el(f!);
      if (el) {
        this._errors = { [f!]: t[key!] };
        this._refused = { f: f as CommentFormField, v: el.value };
        this._tried = true;
        void this._focus(f as CommentFormField);
        alert = undefined;
      } else {
        // A reason with a label of its own (`auth-required` → `authRequired`), else the field's message.
        const own = t[reason.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as 'closed'];
        // The source's own message, unless it only names the reason (a proxy's or firewall's 4xx).
        alert = own || (key ? t[key] : f == 'parentId' ? t.replyGone : (e!.message != reason && e!.message) || t.failed);
      }
    }
    if (alert) this._alert = alert;
    this.emit<CommentErrorDetail>('comment-error', { error, input });
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const heading = this.heading ?? (this.parent ? t.replyHeading : t.heading);
    const level = headingLevel(this.headingLevel, 2);
    const c = this._shown;
    return html`${heading
        ? html`<div class="heading" part="heading" role="heading" aria-level=${level} id="heading">${heading}</div>`
        : nothing}
      <form
        part="form"
        novalidate
        aria-labelledby=${heading ? 'heading' : nothing}
        aria-busy=${this._busy ? 'true' : nothing}
        @submit=${(e: Event) => (e.preventDefault(), this._submit())}
        @input=${this._edit}
        @focusout=${this._blur}
      >
        ${this._field('body', t.body)} ${this._field('name', t.name, 'text')}
        ${this._field('email', t.email, 'email', t.emailHint)}
        ${this.hideWebsite ? nothing : this._field('website', t.website, 'url')}
        <div class="visually-hidden" aria-hidden="true">
          <label for="hp">${t.honeypot}</label><input id="hp" name="url_confirm" tabindex="-1" autocomplete="off" />
        </div>
        <button type="submit" part="button" aria-disabled=${this._busy ? 'true' : nothing}>${t.submit}</button>
      </form>
      <p class="status" part="status" role="status">${this._status}</p>
      <p class="alert" part="alert" role="alert">${this._alert}</p>
      ${c
        ? html`<div class="comment" part="comment" data-status=${c.status}>
            <p class="author">${c.authorName}</p>
            ${c.status == 'pending' ? html`<p class="badge">${t.awaiting}</p>` : nothing}
            <p class="text">${c.bodyText}</p>
          </div>`
        : nothing}`;
  }

  private _field(f: CommentFormField, label: string, type?: string, hint?: string): TemplateResult {
    const error = this._errors[f];
    const by = [hint && f + '-hint', error && f + '-error'].filter(Boolean).join(' ') || nothing;
    const invalid = error ? 'true' : nothing;
    // The inputs have no `name`: a server-rendered form submitted before the script runs must
    // not put the reader's email in the page's URL. Autofill goes by `autocomplete`.
    return html`<div class="field" part="field">
      <label for=${f} part="label">${label}</label>
      ${hint ? html`<p class="hint" id="${f}-hint">${hint}</p>` : nothing}
      ${error
        ? html`<p class="message" part="error" id="${f}-error"><span class="visually-hidden">${this.t.errorPrefix} </span>${error}</p>`
        : nothing}
      ${type
        ? html`<input
            part="input"
            id=${f}
            type=${type}
            autocomplete=${f == 'website' ? 'url' : f}
            ?required=${f != 'website'}
            ?readonly=${this._busy}
            aria-invalid=${invalid}
            aria-describedby=${by}
          />`
        : html`<textarea
            part="textarea"
            id=${f}
            rows="6"
            required
            ?readonly=${this._busy}
            aria-invalid=${invalid}
            aria-describedby=${by}
            @keydown=${this._keydown}
          ></textarea>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'comment-submitted': CustomEvent<CommentSubmittedDetail>;
    'comment-error': CustomEvent<CommentErrorDetail>;
  }
}
