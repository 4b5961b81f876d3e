import { LitElement, type PropertyDeclarations } from 'lit';
import { consume } from '../../context/protocol.js';
import { clientContext } from '../../context/client-context.js';
import type { NewsClient } from '../../sdk/client.js';
import { clientFor } from './clients.js';
import { localize, resolveLang } from './i18n.js';

/** A heading level from an attribute: a whole number 1–6, else `fallback`. */
export const headingLevel = (n: unknown, fallback: number): number => Math.min(6, Math.max(1, Math.round(Number(n)) || fallback));

/**
 * What all Broadsheet elements share: where the data client comes from (the element's own
 * `api` attribute, else the nearest `<news-source>`), the reader's language and the labels.
 * The element's own `api` wins over an enclosing `<news-source>`: the more specific setting,
 * as in CSS.
 */
export abstract class BroadsheetElement<L extends object> extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { type: String },
    labels: { attribute: false },
    _contextClient: { state: true },
  };

  /** Base URL of a WordPress REST API (`https://site/wp-json`), when not inside `<news-source>`. */
  declare api?: string;
  /** Overrides for any of the element's texts. */
  declare labels?: Partial<L>;
  declare protected _contextClient?: NewsClient;

  protected abstract readonly defaultLabels: L;

  private _asked?: boolean;

  /** The client this element reads and writes through, if it has one yet. */
  get client(): NewsClient | undefined {
    if (this.api) return clientFor(this.api);
    // Asked for the first time it is needed, so elements given `.data` (a thousand cards in an
    // app's list) never send a context request at all.
    if (!this._asked) {
      this._asked = true;
      consume<NewsClient | undefined>(this, clientContext, (client) => (this._contextClient = client));
    }
    return this._contextClient;
  }

  /** The reader's language: this element's `lang`, an ancestor's, or the document's. */
  protected get locale(): string {
    return resolveLang(this);
  }

  protected get t(): L {
    return localize(this.defaultLabels, this.locale, this.labels);
  }

  protected emit<D>(type: string, detail: D): void {
    this.dispatchEvent(new CustomEvent<D>(type, { detail, bubbles: true, composed: true }));
  }
}
