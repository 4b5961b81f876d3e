// `broadsheet/sdk`: the client, the WordPress source and the errors. The in-memory source is
// `broadsheet/sdk/memory`, so the WordPress path does not carry it.
export type * from './model.js';
export type { Source, SourceContext } from './source.js';
export type { ClientOptions, CallOptions, NewsClient } from './client.js';
export { createClient } from './client.js';
export { BroadsheetError, isBroadsheetError } from './errors.js';
export type { BroadsheetErrorCode, BroadsheetErrorOptions, CommentRejectReason, CommentField } from './errors.js';
export { wordpress } from './sources/wordpress.js';
export type { WordPressOptions } from './sources/wordpress.js';
