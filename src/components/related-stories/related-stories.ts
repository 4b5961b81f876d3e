import { html, nothing, type TemplateResult } from 'lit';
import type { NewsClient } from '../../sdk/client.js';
import type { Article } from '../../sdk/model.js';
import { ArticleCard, type ArticleCardVariant } from '../article-card/article-card.js';
import { headingLevel } from '../shared/broadsheet-element.js';
import { LoadableElement, stateLabels, type StateLabels } from '../shared/loadable-element.js';
import { tagged } from '../shared/tagged.js';
import { tagFor } from '../shared/define.js';
import { styles } from './related-stories.styles.js';

export interface RelatedStoriesLabels extends StateLabels {
  /** Default heading in `mode="related"`. */
  related: string;
  /** Default heading in `mode="latest"`. */
  latest: string;
}

/** One object for every instance (a per-instance copy would cost each list a spread). */
const relatedLabels: RelatedStoriesLabels = { ...stateLabels, related: 'Related stories', latest: 'Latest stories' };

/**
 * A heading and a list of article cards: the stories related to `article` (shared sections and
 * tags, then recency; the article itself left out; topped up with the latest stories when
 * there are too few), or with `mode="latest"` the newest stories except `article`.
 *
 * The cards are rendered under whatever tag the `ArticleCard` class is registered as, so a
 * site that registers the class itself (`customElements.define('site-card', ArticleCard)`)
 * gets `<site-card>`s. A subclass of this element can set `static card` to its own card class.
 * Each card gets its story as `.data`: no request per card.
 *
 * States: while loading, `limit` card skeletons at their final size under the real heading;
 * when there is nothing to show (an empty `.data` or no other story on the site), the element
 * renders nothing at all — no heading over an empty list — so it takes no space (the space the
 * skeletons held is given back: the one case where the page moves, and a rare one, as related
 * stories are topped up with the latest ones). In `related` mode without `article`, the
 * skeletons wait for `article` or `.data`.
 *
 * @summary "Related stories" or "Latest stories": a heading and a list or grid of cards.
 *
 * @slot - Fallback content (e.g. a plain list of links), shown before upgrade and with the error.
 *
 * @csspart region - The `<section>`, labelled by the heading.
 * @csspart heading - The heading (`role="heading"` at `heading-level`).
 * @csspart list - The `<ul>` of cards.
 * @csspart item - Each `<li>`.
 * @csspart error - The error message box.
 * @csspart retry - The retry button.
 *
 * @cssprop --bs-related-gap - Space between cards (falls back to `--bs-gap`).
 * @cssprop --bs-related-heading-size - Heading font size. Default 1.25em.
 * @cssprop --bs-related-column - Minimum card width in the grid layout. Default 14em.
 * @cssprop --bs-related-divider - Border between list items. Default a faint line in the text colour.
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
 * @cssprop --bs-accent - Link and focus ring colour.
 *
 * @fires broadsheet-error - Loading failed; `detail.error` is the `BroadsheetError`.
 */
export class RelatedStories extends LoadableElement<Article[], RelatedStoriesLabels> {
  static override styles = styles;

  /** The card class; its registered tag name is what gets rendered. */
  static card: CustomElementConstructor = ArticleCard;

  static override properties = {
    ...LoadableElement.properties,
    article: { type: String },
    mode: { type: String },
    limit: { type: Number },
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    layout: { type: String, reflect: true },
    variant: { type: String },
  };

  /** Id or slug of the current article: what stories relate to, or what `latest` leaves out. */
  declare article?: string;
  /** `related` (default) or `latest`. */
  declare mode: 'related' | 'latest';
  /** How many stories. Default 4. */
  declare limit: number;
  /** The heading text. Default "Related stories" or "Latest stories" (see `labels`). */
  declare heading?: string;
  /** Level of the heading, 1–6. Default 2; the cards' headlines are one level below. */
  declare headingLevel: number;
  /** `list` (default) or `grid`. */
  declare layout: 'list' | 'grid';
  /** The cards' variant. Default `compact` in a list, `stacked` in a grid. */
  declare variant?: ArticleCardVariant;

  protected readonly defaultLabels: RelatedStoriesLabels = relatedLabels;

  constructor() {
    super();
    this.mode = 'related';
    this.limit = 4;
    this.headingLevel = 2;
    this.layout = 'list';
  }

  private get _limit(): number {
    return Math.max(1, Math.min(100, Math.floor(this.limit) || 4));
  }

  protected loadKey(): string | undefined {
    const latest = this.mode == 'latest';
    return latest || this.article ? [this.mode, this._limit, this.article].join('|') : undefined;
  }

  protected async load(client: NewsClient, signal: AbortSignal): Promise<Article[]> {
    const { article, _limit: limit } = this;
    if (this.mode != 'latest') return client.articles.related(article!, { limit, signal });
    if (!article) return client.articles.latest({ limit, signal });
    // `article` may be a slug, which `exclude` (ids) cannot leave out: ask for one more.
    const items = await client.articles.latest({ limit: limit + 1, exclude: [article], signal });
    return items.filter((a) => a.id != article && a.slug != article).slice(0, limit);
  }

  protected override isEmpty(data: Article[]): boolean {
    return !data.length;
  }

  protected override render(): TemplateResult | typeof nothing {
    const status = this.status;
    if (status == 'empty') return nothing;
    if (status == 'error') return html`${this.renderError()}<slot></slot>`;
    const t = this.t;
    const grid = this.layout == 'grid';
    const tag = tagFor((this.constructor as typeof RelatedStories).card, 'article-card');
    const card = tagged('r' + tag, [`<li part="item"><${tag} .data=`, ' variant=', ' heading-level=', ' lang=', `></${tag}></li>`]);
    // While loading: `limit` cards without data, which show their skeletons.
    const items: (Article | undefined)[] = this.value?.slice(0, this._limit) ?? [...Array(this._limit)];
    return html`<section part="region" aria-labelledby="h" aria-busy=${status == 'loading'}>
      <div id="h" part="heading" class="heading" role="heading" aria-level=${headingLevel(this.headingLevel, 2)}>
        ${this.heading ?? (this.mode == 'latest' ? t.latest : t.related)}
      </div>
      <ul part="list" class=${grid ? 'grid' : 'list'}>
        ${items.map((a) => html(card, a, this.variant || (grid ? 'stacked' : 'compact'), headingLevel(this.headingLevel + 1, 2), this.locale))}
      </ul>
    </section>`;
  }
}
