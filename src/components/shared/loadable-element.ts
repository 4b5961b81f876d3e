import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { NewsClient } from '../../sdk/client.js';
import type { BroadsheetError } from '../../sdk/errors.js';
import { BroadsheetElement } from './broadsheet-element.js';

/** Labels every data-driven element has for its loading and error states. */
export interface StateLabels {
  loading: string;
  loadError: string;
  offline: string;
  notFound: string;
  retry: string;
}

export const stateLabels: StateLabels = {
  loading: 'Loading…',
  loadError: 'This could not be loaded.',
  offline: 'This could not be loaded. Check your connection and try again.',
  notFound: 'This is no longer available.',
  retry: 'Try again',
};

export type LoadStatus = 'loading' | 'ready' | 'empty' | 'error';

/**
 * An element that shows one piece of data: given directly as `.data`, or loaded by key through
 * its client (a server-rendered element's `<script type="application/json" data-broadsheet>`
 * child, read before the first render, counts as loaded for the key it was rendered with).
 * A key or client change aborts the stale request and shows the skeleton, so stale data never
 * shows; an error shows a message and a retry button.
 * Removed from the page, it stops a load in flight; moved (removed and put back), it keeps
 * what it shows, and starts again a load it had stopped.
 *
 * @fires broadsheet-error - Loading failed; `detail.error` is the `BroadsheetError`.
 */
export abstract class LoadableElement<T, L extends StateLabels> extends BroadsheetElement<L> {
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    _loaded: { state: true },
    _error: { state: true },
  };

  /** The data to show. Setting it skips fetching altogether. */
  declare data?: T;
  declare protected _loaded?: T;
  declare protected _error?: unknown;
  private _request?: AbortController;
  private _requestKey?: string;

  /** Identifies what to load (e.g. the `article` attribute); undefined when there is nothing to load. */
  protected abstract loadKey(): string | undefined;
  protected abstract load(client: NewsClient, signal: AbortSignal): Promise<T>;
  /** Whether loaded data counts as nothing to show (`status` 'empty'); never, unless defined. */
  protected isEmpty?(data: T): boolean;

  /** What is shown: `.data` if set, else what was loaded for the current key. */
  get value(): T | undefined {
    return this.data ?? this._loaded;
  }

  get status(): LoadStatus {
    const value = this.value;
    if (value !== undefined) return this.isEmpty?.(value) ? 'empty' : 'ready';
    return this._error !== undefined ? 'error' : 'loading';
  }

  /** Loads again through the current client (and its cache): after an error, or after a new client for the same source. */
  retry(): void {
    this._cancel();
    this.requestUpdate();
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Data given in the page (broadsheet/ssr writes what it rendered with): a
    // `<script type="application/json" data-broadsheet>` child, read once, so a server-rendered
    // element hydrates without fetching. (No querySelector while rendering on the server.)
    // It counts as loaded for its key (`|key`), whatever the client: another key loads. It
    // names the key it was written for (`data-broadsheet="101"`; empty: any). For another key
    // (the page changed it before this script ran) the first render is still what the server
    // rendered, which hydration needs; then the element loads its key.
    const given = !this.hasUpdated && this.data === undefined && this.querySelector?.<HTMLElement>(':scope>script[type="application/json"][data-broadsheet]');
    const key = this.loadKey();
    if (given) {
      try {
        this._loaded = JSON.parse(given.textContent!);
        this._requestKey = '|' + key;
        // Written for another key: reload a task later (after this first update, which a
        // deferred hydration may hold back).
        if ((given.dataset.broadsheet || key) != key) setTimeout(() => this.retry());
      } catch {} // not JSON: load as usual
    }
    // If `.data` is removed later, it loads by key again.
    if (this.data !== undefined) return this._cancel();
    const client = this.client;
    const requestKey = client && key !== undefined ? `${client.source.key}|${key}` : undefined;
    if (requestKey === this._requestKey || this._requestKey == '|' + key) return;
    this._cancel();
    this._requestKey = requestKey;
    this._loaded = this._error = undefined;
    // A request key: a client and a key to load.
    if (requestKey) void this._fetch(client!);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved (a keyed list reordered): a load the move stopped starts again; shown data stays.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nobody will see the answer of a load in flight: stopped, and started again on reconnect.
    if (this._request) this._cancel();
  }

  /** Stops the load in flight, and forgets what was asked for: the next update asks again. */
  private _cancel(): void {
    this._request?.abort();
    this._request = this._requestKey = undefined;
  }

  private async _fetch(client: NewsClient): Promise<void> {
    const request = (this._request = new AbortController());
    try {
      const value = await this.load(client, request.signal);
      if (request === this._request) this._loaded = value;
    } catch (error) {
      if (request === this._request) {
        this._error = error;
        this.emit('broadsheet-error', { error });
      }
    } finally {
      if (request === this._request) this._request = undefined;
    }
  }

  /** The error state: a message read out to screen readers and a retry button. */
  protected renderError(): TemplateResult {
    const t = this.t;
    // By its code, not its class: a client from another copy of Broadsheet on the page (the CDN
    // embed's <news-source> around an app's own elements) throws that copy's BroadsheetError.
    const code = (this._error as BroadsheetError | undefined)?.code;
    const message = code == 'not-found' ? t.notFound : code == 'network' || code == 'timeout' ? t.offline : t.loadError;
    return html`<div class="error" part="error" role="alert">
      <p>${message}</p>
      ${code == 'not-found'
        ? nothing
        : // Pressing it removes it, so focus first goes to the element itself, where it stays as
          // the content comes; the next Tab is the content's first control. `|= 0` writes back
          // what tabIndex reads: -1 (focusable, no tab stop) when the page set none, else its own.
          // Not in `retry()`, which a page may call while the reader is elsewhere.
          html`<button type="button" part="retry" @click=${() => ((this.tabIndex |= 0), this.focus(), this.retry())}>${t.retry}</button>`}
    </div>`;
  }
}
