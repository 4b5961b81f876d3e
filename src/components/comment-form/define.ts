import { defineElement } from '../shared/define.js';
import { CommentForm } from './comment-form.js';

export { CommentForm };
export type { CommentErrorDetail, CommentFormField, CommentFormLabels, CommentSubmittedDetail } from './comment-form.js';
export { commentFormLabels } from './labels.js';

defineElement('comment-form', CommentForm);

declare global {
  interface HTMLElementTagNameMap {
    'comment-form': CommentForm;
  }
}
