/** The fields a reader fills in, in tab order (WordPress's order: the comment first). */
export type CommentFormField = 'body' | 'name' | 'email' | 'website';
export const FIELDS: CommentFormField[] = ['body', 'name', 'email', 'website'];

export type CommentFormValues = Record<CommentFormField, string>;

/** As WordPress's `is_email` in spirit: something@domain.tld, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The website as it will be sent: `''` when empty, `https://` added when the reader typed a bare
 * domain ("example.com", "example.com:8080/me"), and `undefined` when it is not an http(s)
 * address with a dotted host name (so `javascript:` and `mailto:` are refused).
 */
export function websiteUrl(value: string): string | undefined {
  const v = value.trim();
  if (!v) return '';
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:(?!\d)/i.test(v) ? v : 'https://' + v);
    return /^https?:$/.test(url.protocol) && url.hostname.includes('.') && !url.username ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a field's value would be refused: required fields must not be blank. */
export function isInvalid(field: CommentFormField, value: string): boolean {
  const v = value.trim();
  return field == 'email' ? !EMAIL.test(v) : field == 'website' ? websiteUrl(v) === undefined : !v;
}
