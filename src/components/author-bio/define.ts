import { defineElement } from '../shared/define.js';
import { AuthorBio } from './author-bio.js';

export { AuthorBio };
export { authorBioLabels, type AuthorBioLabels, type AuthorBioVariant } from './author-bio.js';

defineElement('author-bio', AuthorBio);

declare global {
  interface HTMLElementTagNameMap {
    'author-bio': AuthorBio;
  }
}
