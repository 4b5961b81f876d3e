// The npm entry: every element (registered under its default tag), the provider and the SDK.
// Import `broadsheet/<element>` for one element, or `broadsheet/sdk` for data only.
export * from './sdk/index.js';
export * from './sdk/sources/memory.js';
export { NewsSource, clientContext } from './context/define.js';
export { ArticleCard } from './components/article-card/define.js';
export { AuthorBio } from './components/author-bio/define.js';
export { RelatedStories } from './components/related-stories/define.js';
export { CommentForm } from './components/comment-form/define.js';
export { defineElement } from './components/shared/define.js';
export { registerLabels } from './components/shared/i18n.js';
