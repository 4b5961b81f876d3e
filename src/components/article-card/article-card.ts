import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { NewsClient } from '../../sdk/client.js';
import type { Article, Image } from '../../sdk/model.js';
// Checked again here: `.data` can come from anywhere, not only from a source.
import { safeUrl } from '../../sdk/text.js';
import { headingLevel } from '../shared/broadsheet-element.js';
import { LoadableElement, stateLabels, type StateLabels } from '../shared/loadable-element.js';
import { fill, formatDate, formatMinutes } from '../shared/i18n.js';
import { srcsetOf } from '../shared/srcset.js';
import { styles } from './article-card.styles.js';

export interface ArticleCardLabels extends StateLabels {
  /** The reading time; `{time}` is e.g. "5 min" in the reader's language. */
  readingTime: string;
}

export type ArticleCardVariant = 'stacked' | 'horizontal' | 'compact' | 'hero';

/** What a card can leave out (the `hide` attribute). */
export type ArticleCardPart = 'section' | 'image' | 'excerpt' | 'author' | 'date' | 'reading-time';

/** Browsers that tell when a `content-visibility: auto` box starts rendering (not servers). */
const deferPictures = 'ContentVisibilityAutoStateChangeEvent' in globalThis;

const cardLabels: ArticleCardLabels = { ...stateLabels, readingTime: '{time} read' };

/**
 * Default `sizes` per variant: what share of the viewport the picture takes. (Not `auto`: in
 * Chromium 156 a removed `<img sizes="auto">` stays in memory with its card.)
 */
const SIZES: Record<string, string> = {
  stacked: '(min-width: 48em) 33vw, 100vw',
  horizontal: '(min-width: 48em) 15vw, 40vw',
  hero: '100vw',
};

/** `srcset` from the image's renditions (and the image itself when its width is known). */
const srcset = ({ src, width, srcset = [] }: Image): string | undefined =>
  srcsetOf([...srcset, ...(width && !srcset.some((c) => c.width == width) ? [{ src, width }] : [])]) || undefined;

/**
 * One story as a card: its picture, primary section, headline, excerpt, author(s), date and
 * reading time. The whole card is a single real link (`<a href>`) to the story: one tab stop,
 * named by the headline, opened with Enter, middle-click or the context menu like any link.
 * It is the "block link" pattern: the `<a>` holds the headline text (so its accessible name is
 * the headline, not the whole card read out), and its `::after` covers the card, picture
 * included (inside `--bs-card-padding`). So a click or a tap anywhere on the card follows the
 * story (middle click and the context menu too), and the focus ring goes round the card.
 *
 * Data comes from `.data` (no fetching), else from `article` (an id or slug) through the
 * nearest `<news-source>` or the card's own `api`. Twenty cards by id in one tick cost one
 * request. With neither, the card shows its skeleton, waiting for `.data`.
 *
 * No layout shift: every row has a fixed number of lines (line-clamped and reserved), the
 * picture has a 16:9 room above the text (beside it in `horizontal`), and the loading skeleton
 * has the same rows. A story whose data
 * has no picture gets no empty picture box (the card is shorter); the skeleton, which cannot
 * know, reserves the picture as most stories have one. For a list of stories that may lack
 * pictures, use `variant="compact"` or `hide="image"`: then nothing moves at all.
 *
 * Long lists cost what the cards in view cost: offscreen, everything inside a card's padding
 * skips style, layout and paint (`content-visibility: auto`, keeping its exact height, so
 * nothing moves as it scrolls in; `--bs-card-visibility: visible` turns that off), and its
 * `<img>` is not made until the card comes near the viewport (a hero's is made at once).
 * Find-in-page, screen readers and search engines still see all the text.
 *
 * Light-DOM fallback: put a plain link inside, `<article-card article="42"><a href="…">Title</a>
 * </article-card>`. It shows before the element upgrades and without JavaScript, and again
 * under the error message if loading fails.
 *
 * Structured data: with `structured-data`, the card also writes its story as schema.org
 * `NewsArticle` JSON-LD into its light DOM (`<script type="application/ld+json">`), where
 * crawlers read it. Use it on the card for the page's own story, not on every card in a list.
 *
 * @summary A story as one link: picture, section, headline, excerpt, author, date, reading time.
 *
 * @slot - Fallback content (a plain link to the story), shown before upgrade and with the error.
 *
 * @csspart card - The card's box (the skeleton box while loading).
 * @csspart link - The `<a>`: the headline text; its `::after` covers the card.
 * @csspart media - The 16:9 box around the picture. Its size is reserved (style its look, not its size).
 * @csspart image - The `<img>` (made when the card first comes near the viewport).
 * @csspart body - The text column.
 * @csspart section - The primary section's name.
 * @csspart headline - The headline (`role="heading"` at `heading-level`).
 * @csspart excerpt - The excerpt.
 * @csspart meta - The author, date and reading-time line.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart retry - The retry button.
 *
 * @cssprop --bs-card-visibility - `content-visibility` inside the card's padding: `auto` (default: skipped while offscreen) or `visible`.
 * @cssprop --bs-card-gap - Space between picture and text, and between text rows (falls back to `--bs-gap`).
 * @cssprop --bs-card-padding - Padding inside the card. Default 0.
 * @cssprop --bs-card-radius - Corner radius of the card and picture (falls back to `--bs-radius`).
 * @cssprop --bs-card-background - Card background. Default transparent.
 * @cssprop --bs-card-headline-size - Headline font size (per variant by default).
 * @cssprop --bs-card-headline-weight - Headline font weight. Default 700.
 * @cssprop --bs-card-headline-lines - Lines reserved for (and clamped in) the headline. Default 3 (2 in compact).
 * @cssprop --bs-card-excerpt-lines - Lines reserved for the excerpt. Default 1 (2 in hero).
 * @cssprop --bs-card-media-size - Picture column width in the horizontal variant. Default 38%.
 * @cssprop --bs-accent - Section name and focus ring colour.
 * @cssprop --bs-muted - Colour of the excerpt and meta line.
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
export class ArticleCard extends LoadableElement<Article, ArticleCardLabels> {
  static override styles = styles;

  static override properties = {
    ...LoadableElement.properties,
    article: { type: String },
    // Reflected for the variant styles, except the default: no attribute write per plain card.
    variant: { reflect: true, converter: { toAttribute: (v: string) => (v == 'stacked' ? null : v) } },
    headingLevel: { type: Number, attribute: 'heading-level' },
    sizes: { type: String },
    hide: { type: String },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /** Id or slug of the story to load (not needed when `.data` is set). */
  declare article?: string;
  /**
   * `stacked` (default), `horizontal`, `compact` (text only) or `hero`. Reflected to the
   * attribute, except the default: a card with no `variant` attribute is stacked.
   */
  declare variant: ArticleCardVariant;
  /** Level of the headline, 1–6. Default 3. */
  declare headingLevel: number;
  /** The picture's `sizes`; a default suits each variant. */
  declare sizes?: string;
  /** Space-separated parts to leave out: `section image excerpt author date reading-time`. */
  declare hide?: string;
  /** Writes the story as schema.org `NewsArticle` JSON-LD into the light DOM, for search engines. */
  declare structuredData?: boolean;

  protected readonly defaultLabels = cardLabels;

  /**
   * The picture's box has come near the viewport (or pictures are not deferred): its `<img>`
   * exists from then on. Offscreen, a card's box skips rendering and its `<img>` is not even
   * made: setting up a responsive picture costs more than the rest of the card. A card rendered
   * on the server (a declarative shadow root) has its picture already.
   */
  private _seen = !deferPictures || !!this.shadowRoot;

  constructor() {
    super();
    this.variant = 'stacked';
    this.headingLevel = 3;
  }

  /**
   * `contentvisibilityautostatechange` of the box inside the padding, or of the picture's box
   * when that one is not `auto` (`--bs-card-visibility`). (`this` is the card, as Lit binds it.)
   */
  private _near(e: Event & { skipped?: boolean }): void {
    if (!e.skipped && !this._seen) (this._seen = true), this.requestUpdate();
  }

  protected loadKey(): string | undefined {
    return this.article || undefined;
  }

  protected load(client: NewsClient, signal: AbortSignal): Promise<Article> {
    return client.articles.get(this.article!, { signal });
  }

  protected override updated(changed: PropertyValues): void {
    // The JSON-LD code loads only for cards that ask for it.
    if (this.structuredData || changed.has('structuredData'))
      void import('../shared/json-ld.js').then((m) => m.writeJsonLd(this, m.articleJsonLd));
  }

  /** Whether `part` is shown in this variant. */
  private _has(part: ArticleCardPart): boolean {
    return !(part == 'image' && this.variant == 'compact') && !this.hide?.split(/\s+/).includes(part);
  }

  protected override render(): TemplateResult {
    const a = this.value;
    if (a) return this._card(a);
    if (this.status == 'error') return html`${this.renderError()}<slot></slot>`;
    return this._skeleton();
  }

  private _skeleton(): TemplateResult {
    const image = this._has('image');
    const r = this._rows();
    return html`<div class="card" part="card skeleton" aria-busy="true">
      <div class="c">
        ${image ? html`<div class="media skeleton" part="media"></div>` : nothing}
        <div class="body" part="body" aria-hidden="true">
          ${r.s ? html`<div class="section line skeleton"></div>` : nothing}
          <div class="headline skeleton"></div>
          ${r.e ? html`<div class="excerpt skeleton"></div>` : nothing}
          ${r.m ? html`<div class="meta line skeleton"></div>` : nothing}
        </div>
      </div>
      <span class="visually-hidden">${this.t.loading}</span>
    </div>`;
  }

  /**
   * Which optional rows the body has (section, excerpt, meta line). The body's height, reserved
   * while offscreen, follows from the rows it holds (`:has()` in the styles).
   */
  private _rows(): { s: boolean; e: boolean; m: boolean } {
    return {
      s: this._has('section'),
      e: this._has('excerpt'),
      m: this._has('author') || this._has('date') || this._has('reading-time'),
    };
  }

  private _card(a: Article): TemplateResult {
    const has = (p: ArticleCardPart) => this._has(p);
    const lang = this.locale;
    const src = has('image') && safeUrl(a.image?.src);
    const image = src ? a.image! : undefined;
    const hero = this.variant == 'hero';
    const r = this._rows();
    const section = r.s && a.sections[0]?.name;
    const authors = has('author') ? a.authors.map((x) => x.name).filter(Boolean) : [];
    const date = has('date') ? formatDate(a.publishedAt, lang) : '';
    const minutes = has('reading-time') && a.readingTimeMinutes;
    const level = headingLevel(this.headingLevel, 3);
    const url = safeUrl(a.url);
    return html`<article class="card" part="card"><div class="c" @contentvisibilityautostatechange=${this._near}>
      ${image
        ? html`<div class="media" part="media" @contentvisibilityautostatechange=${this._near}>
            ${this._seen || hero
              ? html`<img
                  part="image"
                  decoding="async"
                  loading=${hero ? 'eager' : 'lazy'}
                  fetchpriority=${hero ? 'high' : nothing}
                  alt=${image.alt ?? ''}
                  width=${image.width ?? nothing}
                  height=${image.height ?? nothing}
                  srcset=${srcset(image) ?? nothing}
                  sizes=${this.sizes || (SIZES[this.variant] ?? SIZES.stacked)}
                  src=${src}
                />`
              : nothing}
          </div>`
        : nothing}
      <div class="body" part="body">
        ${r.s ? html`<div class="section line" part="section">${section || nothing}</div>` : nothing}
        <div class="headline" part="headline" role="heading" aria-level=${level} dir="auto">
          <a part="link" href=${url ?? nothing}>${a.title}</a>
        </div>
        ${r.e ? html`<p class="excerpt" part="excerpt" dir="auto">${a.excerpt}</p>` : nothing}
        <p class="meta line" part="meta" ?hidden=${!r.m}>
          <span ?hidden=${!authors.length}><bdi>${authors.length > 1 ? names(authors, lang) : authors[0]}</bdi></span>
          <span ?hidden=${!date}><time datetime=${a.publishedAt}>${date}</time></span>
          <span ?hidden=${!minutes}>${minutes ? fill(this.t.readingTime, { time: formatMinutes(minutes, lang) }) : ''}</span>
        </p>
      </div>
    </div></article>`;
  }
}

/**
 * "A, B and C" in the reader's language, each name in a `<bdi>`: a name's own direction (an
 * Arabic name, or a stray right-to-left override) never reorders the rest of the line.
 */
function names(names: string[], lang: string): TemplateResult[] {
  let list: Intl.ListFormat;
  try {
    list = lists[lang] ??= new Intl.ListFormat(lang);
  } catch {
    list = new Intl.ListFormat(); // an invalid `lang`: the browser's own language
  }
  return list.formatToParts(names).map((p) => (p.type == 'element' ? html`<bdi>${p.value}</bdi>` : html`${p.value}`));
}
/** Made once per language: a formatter costs far more to make than to use. */
const lists: Record<string, Intl.ListFormat> = {};
