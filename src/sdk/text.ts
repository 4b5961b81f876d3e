/**
 * DOM-free text helpers (Node, browsers, workers): CMS HTML → plain text, entity decoding,
 * URL vetting, reading time. Regex-based on purpose: no DOMParser, and small.
 */

/**
 * The named entities WordPress emits: `esc_html`/`esc_attr` and the editors write only these
 * (wptexturize's typographic characters are numeric, `&#8217;`), and excerpts end in
 * `[&hellip;]`. Other names stay as written (no prototype: `&constructor;` is not a name).
 */
const NAMED: Record<string, string | undefined> = { __proto__: null as never, amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…' };

/** Decodes `&#8217;`, `&#x2019;` and the named entities above; invalid code points become U+FFFD. */
export function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d+|x[\da-f]+)|([a-z]+));/gi, (m, num?: string, name?: string) => {
    if (name) return NAMED[name] ?? m;
    // `0x2019` or `08217`: Number() reads both.
    const cp = +('0' + num);
    // 0, beyond U+10FFFF, or a surrogate (U+D800–DFFF: `cp >> 11 == 27`).
    return String.fromCodePoint(!cp || cp > 0x10ffff || cp >> 11 == 27 ? 0xfffd : cp);
  });
}

/**
 * Plain text from an HTML fragment: comments, `<script>` and `<style>` (with their contents)
 * dropped, the block tags WordPress's editors and `wpautop` write (and `<br>`) become line
 * breaks, other tags vanish, entities decoded, whitespace collapsed (runs of spaces → one
 * space, runs of line breaks → one `\n`), trimmed. A tag never spans a `<`, which keeps
 * hostile input (`<a "<a "…`) linear.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/[ \t\n\r\f]+/g, ' ')
      .replace(
        /<!--[^]*?(?:-->|$)|<(script|style)\b[^]*?(?:<\/\1\s*>|$)|<\/?(?:(p|div|br|hr|li|h\d|t[rdh]|pre|blockquote|fig\w*)(?![\w-])|[a-z])[\w-]*(?:[^<>"']|"[^<"]*"|'[^<']*')*>/gi,
        (_, script, block) => (block ? '\n' : ''),
      ),
  )
    .replace(/[ \t\r\f]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
}

/**
 * An absolute `http:`/`https:` URL (normalized by the URL parser), or `undefined` for anything
 * else: relative URLs, `javascript:`, `data:`, `vbscript:`, obfuscations with whitespace or
 * control characters (the parser strips them, the scheme check then sees the real scheme),
 * URLs with credentials (`https://trusted@evil`).
 */
export function safeUrl(value: unknown): string | undefined {
  try {
    const u = new URL(value as string);
    return /^https?:$/.test(u.protocol) && !u.username && !u.password ? u.href : undefined;
  } catch {}
}

/** Minutes to read an HTML body at 230 words a minute, rounded, at least 1. */
export function readingTime(html: string): number {
  // htmlToText trims, so the words are what lies between runs of whitespace.
  return Math.max(1, Math.round(htmlToText(html).split(/\s+/).length / 230));
}
