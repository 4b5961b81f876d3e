import { LitElement, html, type PropertyValues } from 'lit';
import { css } from '../components/shared/css.js';
import { ContextProvider } from './protocol.js';
import { clientContext } from './client-context.js';
import { createClient, type NewsClient } from '../sdk/client.js';
import { clientFor } from '../components/shared/clients.js';

let demoClient: Promise<NewsClient> | undefined;

/** The embedded demo dataset, loaded only when a page asks for it. */
function loadDemoClient(): Promise<NewsClient> {
  demoClient ??= import('../demo/index.js').then(({ demoSource }) => createClient({ source: demoSource() }));
  return demoClient;
}

/**
 * Provides one data client to every Broadsheet element inside it, so a page sets its API once.
 * Nested, the nearest one with something set answers; one with nothing set (yet) lets the
 * elements inside it use the one around it, and takes them over once it is set.
 *
 * @summary Shares a data source with the Broadsheet elements inside it.
 *
 * @slot - The content that uses the source: any mix of HTML and Broadsheet elements.
 */
export class NewsSource extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    api: { type: String },
    source: { type: String },
    client: { attribute: false },
  };

  /** Base URL of a WordPress REST API, e.g. `https://example.com/wp-json`. */
  declare api?: string;
  /** `demo` uses the embedded demo dataset (no network). */
  declare source?: string;
  /** A client made with `createClient()`, for any other source; wins over `api` and `source`. */
  declare client?: NewsClient;

  private readonly _provider = new ContextProvider<NewsClient | undefined>(this, clientContext);
  private _wanted?: unknown;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('api') && !changed.has('source') && !changed.has('client')) return;
    const wanted = this.client ?? (this.source == 'demo' ? 'demo' : this.api);
    this._wanted = wanted;
    if (wanted == 'demo') {
      // Answering already, with nothing yet: the elements inside wait for the demo, not another source.
      this._provider.setValue(undefined);
      void loadDemoClient().then((client) => {
        if (this._wanted == 'demo') this._provider.setValue(client);
      });
    } else {
      // With nothing set it does not answer: the elements inside use a <news-source> around it.
      this._provider.setValue(typeof wanted == 'string' ? clientFor(wanted) : wanted, !!wanted);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
