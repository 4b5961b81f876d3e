import { defineElement } from '../shared/define.js';
import { RelatedStories } from './related-stories.js';

export { RelatedStories };
export type { RelatedStoriesLabels } from './related-stories.js';

defineElement('related-stories', RelatedStories);

declare global {
  interface HTMLElementTagNameMap {
    'related-stories': RelatedStories;
  }
}
