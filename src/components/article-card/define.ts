import { defineElement } from '../shared/define.js';
import { formatDate, resolveLang } from '../shared/i18n.js';
import { ArticleCard } from './article-card.js';

export { ArticleCard };
export type { ArticleCardLabels, ArticleCardVariant, ArticleCardPart } from './article-card.js';

defineElement('article-card', ArticleCard);

// A page's first formatted date costs ~20 ms (the browser loads its locale data): paid in idle
// time after loading (while cards wait for their data, or before an app renders its list), not
// in the first render of a list. (Not on a server, nor where there is no idle callback.)
globalThis.requestIdleCallback?.(() => formatDate('2000-01-01', resolveLang(document.documentElement)));

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
}
