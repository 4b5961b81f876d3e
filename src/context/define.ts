import { defineElement } from '../components/shared/define.js';
import { NewsSource } from './news-source.js';

export { NewsSource };
export { clientContext } from './client-context.js';

defineElement('news-source', NewsSource);

declare global {
  interface HTMLElementTagNameMap {
    'news-source': NewsSource;
  }
}
