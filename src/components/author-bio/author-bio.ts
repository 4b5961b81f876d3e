import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { headingLevel } from '../shared/broadsheet-element.js';
import { LoadableElement, stateLabels, type StateLabels } from '../shared/loadable-element.js';
import { tagged } from '../shared/tagged.js';
import { fill } from '../shared/i18n.js';
import { srcsetOf } from '../shared/srcset.js';
import type { NewsClient } from '../../sdk/client.js';
import type { Author } from '../../sdk/model.js';
import { styles } from './author-bio.styles.js';
// Checked again here: `.data` can come from anywhere, not only from a source.
import { safeUrl } from '../../sdk/text.js';

export interface AuthorBioLabels extends StateLabels {
  /** The link to the author's page; `{name}` is the author's name. */
  more: string;
}

export const authorBioLabels: AuthorBioLabels = { ...stateLabels, more: 'More from {name}' };

export type AuthorBioVariant = 'full' | 'compact';


/**
 * "Saeed Minhas" → "SM"; one word → one letter; code points, not UTF-16 halves: the first, and
 * the one after the last space (the greedy `.*` finds the last).
 */
const initials = (name: string): string => name.trim().replace(/(.)(.*\s(.))?.*/su, '$1$3').toUpperCase();

/**
 * An author box: avatar, name, role, bio, links (site, social) and a link to the author's page.
 *
 * Data comes from `.data` (an `Author`, no fetching), or the `author` id/slug resolved through
 * the nearest `<news-source>` or the element's own `api`.
 *
 * No layout shift: while loading, a skeleton of the final size shows. In `full`, the text
 * column always reserves the name, the role, `--bs-author-bio-lines` lines of bio (default 3)
 * and one line of links, so the box never grows when the data arrives: a longer bio shows
 * that many lines, ending in an ellipsis (each paragraph starts a line), and the whole of it
 * is one click away on the author's page ("More from {name}"); screen readers read it all. An
 * author without a page has nowhere to send readers, so their bio shows in full and may grow
 * the box. The links and "More from" keep to their one line: in a narrow column "More from"
 * gives way, ending in an ellipsis. `compact` is one line the height of its avatar.
 * The error message takes the same space. Before the element upgrades, its light-DOM fallback
 * shows at its own size; a page can reserve the final size with e.g.
 * `author-bio:not(:defined) { display: block; min-block-size: 11rem }`.
 *
 * Links have no `target` and no `rel="me"` (an article page is not the author's profile).
 *
 * Structured data: with `structured-data`, the element also writes the author as schema.org
 * `Person` JSON-LD into its light DOM (`<script type="application/ld+json">`), where crawlers
 * read it.
 *
 * @summary Shows an author: avatar, name, role, bio, links and "More from {name}".
 *
 * @slot - Fallback shown before the element upgrades or without JavaScript, and when it has
 *   nothing to show (no `author` and no `.data`), e.g. `<a href="/author/saeed-minhas/">Saeed Minhas</a>`.
 *
 * @csspart bio - The box around everything.
 * @csspart avatar - The picture, or the initials shown when there is none.
 * @csspart initials - The initials placeholder (also part `avatar`).
 * @csspart name - The author's name (a heading in `full`, a link in `compact`).
 * @csspart role - The author's role, e.g. "Chief Editor (National)".
 * @csspart text - The bio text.
 * @csspart links - The list of the author's links.
 * @csspart link - Each of the author's links.
 * @csspart more - The link to the author's page.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 *
 * @cssprop --bs-author-avatar-size - Avatar diameter (default 4rem in `full`, 2.5rem in `compact`).
 * @cssprop --bs-author-gap - Space between avatar and text (falls back to `--bs-gap`, 1em).
 * @cssprop --bs-author-bio-lines - Bio lines reserved and shown (default 3); raise it to show longer bios whole.
 * @cssprop --bs-accent - Link and initials colour (default: inherited text colour).
 * @cssprop --bs-muted - Role colour (default: the text colour, slightly faded).
 * @cssprop --bs-color - Text colour. Default: inherited from the page.
 * @cssprop --bs-font-family - Font family. Default: inherited from the page.
 * @cssprop --bs-line-height - Line height. Default 1.45.
 * @cssprop --bs-focus-ring - Focus outline. Default `2px solid` in `--bs-accent` (else the text colour).
 * @cssprop --bs-button-background - Background of its buttons. Default transparent.
 * @cssprop --bs-radius - Corner radius of boxes and buttons. Default 4px.
 * @cssprop --bs-gap - Space between parts, where no element-level gap is set. Default per element.
 * @cssprop --bs-skeleton - Colour of the loading placeholder. Default: the text colour at 10%.
 * @cssprop --bs-error-color - The error message and its border. Default: red mixed 60/40 with the text colour (readable on light and dark pages).
 * @cssprop --bs-surface - Background of the error message. Default transparent.
 *
 * @fires broadsheet-error - Loading failed; `detail.error` is the `BroadsheetError`.
 */
export class AuthorBio extends LoadableElement<Author, AuthorBioLabels> {
  static override styles = styles;

  static override properties = {
    // Lit merges the hierarchy's declarations: the base's `api`, `data` and so on are inherited.
    author: { type: String },
    variant: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    _noAvatar: { state: true },
  };

  /** Id or slug of the author to load. */
  declare author?: string;
  /** `full` (default) or `compact`: avatar, name and role on one line. */
  declare variant: AuthorBioVariant;
  /** Heading level (1–6) of the name. Default 2 in `full`; in `compact` the name is a heading only when this is set. */
  declare headingLevel?: number;
  /** Writes the author as schema.org `Person` JSON-LD into the light DOM, for search engines. */
  declare structuredData?: boolean;
  /** The avatar failed to load: show the initials. */
  declare private _noAvatar?: string;

  protected readonly defaultLabels = authorBioLabels;

  constructor() {
    super();
    this.variant = 'full';
  }

  protected loadKey(): string | undefined {
    return this.author || undefined;
  }

  protected load(client: NewsClient, signal: AbortSignal): Promise<Author> {
    return client.authors.get(this.author!, { signal });
  }

  protected override updated(changed: PropertyValues): void {
    // A picture that failed before this script ran (rendered on the server) had its error event
    // come and go: a broken one gives way to the initials all the same.
    const img = this.renderRoot.querySelector('img');
    if (img?.complete && !img.naturalWidth) this._noAvatar = img.src;
    // The JSON-LD code loads only for elements that ask for it.
    if (this.structuredData || changed.has('structuredData'))
      void import('../shared/json-ld.js').then((m) => m.writeJsonLd(this, m.personJsonLd));
  }

  protected override render(): unknown {
    const author = this.value;
    const compact = this.variant == 'compact';
    if (this.status == 'error') return this.renderError();
    if (!author) {
      // Nothing to load and nothing given: keep the publisher's fallback.
      if (!this.author) return html`<slot></slot>`;
      return html`<div class="box" part="bio skeleton" aria-busy="true">
        <span class="skeleton avatar"></span>
        <div class="text">
          <span class="visually-hidden">${this.t.loading}</span>
          <span class="skeleton lines"></span>
        </div>
      </div>`;
    }
    const name = author.name;
    const url = safeUrl(author.url);
    // Compact: the name links to the author's page, and nothing follows the role. Full: the bio
    // (the SDK's plain text marks each paragraph with a line break), the links and "More from".
    // With the author's page to send readers to, the bio keeps to its lines; without, it shows whole.
    const paragraphs = compact ? [] : (author.bio ?? '').split(/\s*\n\s*/).filter(Boolean);
    const links = compact ? [] : (author.links ?? []).filter((l) => l.label && safeUrl(l.url));
    const more = !compact && url;
    // The name: a heading at `heading-level` (2 by default in `full`), else plain text.
    const set = this.headingLevel;
    const tag = set === undefined && compact ? 'span' : 'h' + headingLevel(set, 2);
    return html`<div class="box" part="bio">
      ${this._avatar(author, compact)}
      <div class="text">
        ${html(
          tagged(tag, [`<${tag} class="name" part="name">`, `</${tag}>`]),
          compact && url ? html`<a href=${url}>${name}</a>` : name,
        )}${author.role
          ? html`<span class="role" part="role" dir="auto">${author.role}</span>`
          : nothing}
        ${paragraphs.length ? html`<div class="bio" part="text">${paragraphs.map((p) => html`<p dir="auto">${p}</p>`)}</div>` : nothing}
        ${links.length || more
          ? html`<div class="foot">
              ${links.length
                ? html`<ul part="links">
                    ${links.map((l) => html`<li><a part="link" href=${safeUrl(l.url)!}>${l.label}</a></li>`)}
                  </ul>`
                : nothing}
              ${more ? html`<a class="more" part="more" href=${more}>${fill(this.t.more, { name })}</a>` : nothing}
            </div>`
          : nothing}
      </div>
    </div>`;
  }

  /** The picture, else (none, or it failed to load) the initials. */
  private _avatar(author: Author, compact: boolean): TemplateResult {
    const image = author.avatar;
    const src = safeUrl(image?.src);
    if (!image || !src || this._noAvatar === src) {
      return html`<span class="avatar initials" part="avatar initials" aria-hidden="true">${initials(author.name)}</span>`;
    }
    const srcset = srcsetOf(image.srcset ?? []);
    // sizes: the default avatar widths (not `auto`: in Chromium 156 a removed <img sizes="auto">
    // stays in memory with its element).
    return html`<img
      class="avatar"
      part="avatar"
      src=${src}
      srcset=${srcset || nothing}
      sizes=${srcset ? (compact ? '40px' : '64px') : nothing}
      width=${image.width || 96}
      height=${image.height || 96}
      alt=""
      loading="lazy"
      decoding="async"
      @error=${() => (this._noAvatar = src)}
    />`;
  }
}
