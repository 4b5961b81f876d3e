/**
 * schema.org structured data (JSON-LD) for what the elements show: a `NewsArticle` for an
 * article, a `Person` for an author, with the fields Google documents for articles (headline,
 * image, datePublished, dateModified, author name and url).
 *
 * Crawlers read JSON-LD from the document, never from inside a shadow root, so it goes in the
 * element's light DOM: `<script type="application/ld+json" data-broadsheet>`. A `<script>` of a
 * non-JavaScript type is an inert data block. The elements with `structured-data` write it
 * there themselves (loading this module only then), and `broadsheet/ssr` writes the same text
 * in the server's HTML, so hydration finds it already right and leaves it alone.
 */
import type { Article, Author, Image } from '../../sdk/model.js';
import { safeUrl } from '../../sdk/text.js';

export type JsonLd = Record<string, unknown>;

/** The publishing organisation, for `articleJsonLd(article, { publisher })`. */
export interface JsonLdPublisher {
  name: string;
  url?: string;
  /** Absolute URL of the logo. */
  logo?: string;
}

const CONTEXT = 'https://schema.org';

/** An array with the empty entries dropped, or undefined when nothing is left (JSON.stringify then leaves the key out). */
const some = <T>(values: (T | undefined | '' | false)[]): T[] | undefined => {
  const kept = values.filter(Boolean) as T[];
  return kept.length ? [...new Set(kept)] : undefined;
};

/** Every rendition's URL, widest first (Google prefers several high-resolution images). */
const imageUrls = (image?: Image): string[] | undefined =>
  image && some([...(image.srcset ?? [])].sort((a, b) => b.width - a.width).map((c) => safeUrl(c.src)).concat(safeUrl(image.src)));

const personRef = (a: Author): JsonLd => ({ '@type': 'Person', name: a.name, url: safeUrl(a.url) });

/** A schema.org `NewsArticle` for an article. */
export function articleJsonLd(article: Article, options: { publisher?: JsonLdPublisher } = {}): JsonLd {
  const url = safeUrl(article.url);
  const p = options.publisher;
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.excerpt || undefined,
    url,
    mainEntityOfPage: url,
    image: imageUrls(article.image),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt || article.publishedAt,
    author: some(article.authors.map(personRef)),
    articleSection: some(article.sections.map((s) => s.name)),
    keywords: some(article.tags.map((t) => t.name)),
    publisher: p && {
      '@type': 'Organization',
      name: p.name,
      url: safeUrl(p.url),
      logo: safeUrl(p.logo) && { '@type': 'ImageObject', url: safeUrl(p.logo) },
    },
  };
}

/** A schema.org `Person` for an author. */
export function personJsonLd(author: Author): JsonLd {
  return {
    '@context': CONTEXT,
    ...personRef(author),
    jobTitle: author.role || undefined,
    description: author.bio || undefined,
    image: safeUrl(author.avatar?.src),
    sameAs: some((author.links ?? []).map((l) => safeUrl(l.url))),
  };
}

/**
 * JSON that is safe as the text of a `<script>` in HTML: `<`, `>` and `&` are written as
 * `\u003c` etc., so no value can close the script or open a comment.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What an element with `structured-data` calls after each update (see `syncJsonLd`). */
export function writeJsonLd<T>(host: Element & { structuredData?: boolean; value?: T }, toJsonLd: (value: T) => JsonLd): void {
  syncJsonLd(host, host.structuredData && host.value ? toJsonLd(host.value) : undefined);
}

/**
 * Keeps `host`'s light-DOM `<script type="application/ld+json" data-broadsheet>` in step with
 * `data`: created, rewritten only when the text differs, removed when `data` is undefined.
 * The text is set as a child Text node, not with `textContent`, so this works under Trusted
 * Types (an inert data block needs no TrustedScript).
 */
export function syncJsonLd(host: Element, data: JsonLd | undefined): void {
  let script = host.querySelector(':scope > script[type="application/ld+json"][data-broadsheet]');
  if (!data) return script?.remove();
  const text = scriptJson(data);
  if (!script) {
    script = document.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.setAttribute('data-broadsheet', '');
    host.append(script);
  }
  if (script.textContent !== text) script.replaceChildren(text);
}
