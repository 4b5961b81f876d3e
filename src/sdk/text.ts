/**
 * DOM-free text helpers (Node, browsers, workers): CMS HTML → plain text, entity decoding,
 * URL vetting, reading time. Regex-based on purpose: no DOMParser, and small.
 */

/**
 * The named entities WordPress and editors produce, as `name` + character pairs (compact on
 * the wire). Unknown names stay as written.
 */
const NAMED = new Map<string, string>();
for (const [, name, ch] of 'amp&lt<gt>quot"apos\'nbsp\u00a0shy\u00adhellip…mdash—ndash–lsquo‘rsquo’ldquo“rdquo”laquo«raquo»copy©reg®trade™deg°middot·bull•times×euro€pound£eacuteé'.matchAll(
  /([a-z]+)([^a-z])/g,
))
  NAMED.set(name, ch);

/** Decodes `&#8217;`, `&#x2019;` and the common named entities; invalid code points become U+FFFD. */
export function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z][a-z\d]*));/gi, (m, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED.get(name) ?? m;
    const cp = dec ? +dec : parseInt(hex!, 16);
    return String.fromCodePoint(!cp || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000) ? 0xfffd : cp);
  });
}

/** Tags that break the line of text they are in. */
const BLOCK = /^(p|div|br|hr|li|[uod]l|d[td]|h\d|t[rdh]|table|pre|blockquote|fig\w*|section|article|header|footer|aside|nav|main|address)$/i;

/**
 * Plain text from an HTML fragment: comments, `<script>` and `<style>` (with their contents)
 * dropped, block elements and `<br>` become line breaks, other tags vanish, entities decoded,
 * whitespace collapsed (runs of spaces → one space, runs of line breaks → one `\n`), trimmed.
 * A tag never spans a `<`, which keeps hostile input (`<a "<a "…`) linear.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
      .replace(/[ \t\n\r\f]+/g, ' ')
      .replace(/<\/?([a-z][\w-]*)(?:[^<>"']|"[^<"]*"|'[^<']*')*>/gi, (_, tag: string) => (BLOCK.test(tag) ? '\n' : '')),
  )
    .replace(/[ \t\r\f]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
}

/**
 * An absolute `http:`/`https:` URL (normalized by the URL parser), or `undefined` for anything
 * else: `javascript:`, `data:`, `vbscript:`, obfuscations with whitespace or control characters
 * (the parser strips them, the scheme check then sees the real scheme), URLs with credentials
 * (`https://trusted@evil`). A relative value is resolved against `base` and must then stay on
 * `base`'s origin, which defeats protocol-relative tricks such as `//evil` or `/\evil`.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value != 'string' || !value.trim()) return;
  let u: URL;
  try {
    try {
      u = new URL(value);
    } catch {
      if (!base) return;
      u = new URL(value, base);
      if (u.origin != new URL(base).origin) return;
    }
  } catch {
    return;
  }
  return /^https?:$/.test(u.protocol) && !u.username && !u.password ? u.href : undefined;
}

/** Minutes to read an HTML body at 230 words a minute, rounded, at least 1. */
export function readingTime(html: string): number {
  return Math.max(1, Math.round((htmlToText(html).match(/\S+/g) || []).length / 230));
}
