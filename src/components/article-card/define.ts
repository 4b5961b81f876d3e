import { defineElement } from '../shared/define.js';
import { ArticleCard } from './article-card.js';

export { ArticleCard };
export type { ArticleCardLabels, ArticleCardVariant, ArticleCardPart } from './article-card.js';

defineElement('article-card', ArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
}
