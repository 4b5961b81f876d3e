import type { Article, Term } from './model.js';

/** How many of `mine` the other article also has (a term matches by id or by slug). */
const shared = (mine: Term[], theirs: Term[]) =>
  mine.filter((m) => theirs.some((t) => t.id === m.id || t.slug === m.slug)).length;

/**
 * Ranks candidate related stories for `article`. Deterministic: the same article and the same
 * set of candidates always give the same list, whatever order the candidates come in.
 *
 * 1. `article` itself (by id) and repeated candidates (by id; the first occurrence is kept) are
 *    left out.
 * 2. Each candidate scores **3 per section** and **1 per tag** it shares with `article`
 *    (a section or tag is shared when the id or the slug matches).
 * 3. Higher scores come first, so every candidate that shares something ranks before any that
 *    shares nothing (score 0).
 * 4. Ties go to the newer `publishedAt` (an unparseable date counts as 1970), then to the
 *    smaller id (plain string comparison), so the order is total.
 * 5. At most `limit` articles are returned.
 */
export function rankRelated(article: Article, candidates: Article[], limit: number): Article[] {
  const seen = new Set([article.id]);
  const score = (c: Article) => 3 * shared(article.sections, c.sections) + shared(article.tags, c.tags);
  const time = (c: Article) => Date.parse(c.publishedAt) || 0;
  return candidates
    .filter((c) => !seen.has(c.id) && !!seen.add(c.id))
    .sort((a, b) => score(b) - score(a) || time(b) - time(a) || (a.id < b.id ? -1 : 1))
    .slice(0, Math.max(0, limit));
}
