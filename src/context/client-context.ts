
/** The client that `<news-source>` provides to every Broadsheet element inside it. */
// A registry symbol, so every copy of Broadsheet on a page (and @lit/context users) share it.
export const clientContext = Symbol.for('broadsheet-client');
