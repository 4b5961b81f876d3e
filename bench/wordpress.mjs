// The demo dataset in WordPress's REST shapes, for the bench's local WordPress-format server.
// Built from the BUILT dataset (dist/demo/dataset.js) so it is the same content the elements
// show from `.data`. Only what the wire format needs is emulated: /wp/v2/posts with `include`,
// `slug`, `categories`, `tags` (+ `tax_relation`), `author`, `exclude`, `per_page`, `page`,
// `_embed` (author, wp:featuredmedia, wp:term: always embedded here) and top-level `_fields`;
// /wp/v2/users by `slug` or `include`; the X-WP-Total/X-WP-TotalPages headers.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

/** wptexturize's curly apostrophes and quotes, as WordPress renders titles and excerpts. */
const texturize = (s) => s.replace(/&/g, '&#038;').replace(/</g, '&lt;').replace(/'/g, '&#8217;').replace(/"/g, '&#8221;');
/** Zone-less GMT, as WordPress's `date_gmt`. */
const gmt = (iso) => new Date(iso).toISOString().slice(0, 19);
const imageName = (url) => url.slice(url.lastIndexOf('/') + 1);

/**
 * @param {string} origin e.g. http://127.0.0.1:1234
 * @param {{ count?: number, distDir?: string }} options `count` stories (the dataset's 14 cycled, ids
 *   continued); `distDir` the built library to read the dataset from
 */
export async function wordpressData(origin, { count = 20, distDir = 'dist' } = {}) {
  const { demoDataset } = await import(pathToFileURL(resolve(distDir, 'demo/dataset.js')).href);
  const img = (url) => `${origin}/img/${imageName(url)}`;
  const base = demoDataset.articles;
  // Stories past the dataset's 14 are copies with new ids and slugs (same pictures).
  const articles = Array.from({ length: Math.max(count, base.length) }, (_, i) => {
    const a = base[i % base.length];
    if (i < base.length) return a;
    const id = String(101 + i);
    return { ...a, id, slug: `${a.slug}-${id}`, url: a.url.replace(/\/$/, `-${id}/`), title: `${a.title} (${id})` };
  });

  const users = new Map();
  for (const a of [...demoDataset.authors, ...base.flatMap((x) => x.authors)]) {
    if (users.has(a.id)) continue;
    const site = (a.links ?? []).find((l) => l.label === 'Website')?.url ?? '';
    users.set(a.id, {
      id: +a.id,
      name: a.name,
      url: site,
      description: a.bio,
      link: a.url,
      slug: a.slug,
      avatar_urls: a.avatar
        ? { 24: img(a.avatar.srcset[0].src), 48: img(a.avatar.srcset[0].src), 96: img(a.avatar.srcset[0].src), 192: img(a.avatar.src) }
        : {},
      broadsheet_role: a.role ?? '',
      _links: {
        self: [{ href: `${origin}/wp-json/wp/v2/users/${a.id}` }],
        collection: [{ href: `${origin}/wp-json/wp/v2/users` }],
      },
    });
  }

  const term = (t, taxonomy) => ({
    id: +t.id,
    link: t.url,
    name: texturize(t.name),
    slug: t.slug,
    taxonomy,
    _links: { self: [{ href: `${origin}/wp-json/wp/v2/${taxonomy == 'category' ? 'categories' : 'tags'}/${t.id}` }] },
  });

  const media = (a) => {
    const i = a.image;
    if (!i) return undefined;
    const [narrow] = i.srcset;
    return {
      id: 9000 + +a.id,
      date: gmt(a.publishedAt),
      slug: imageName(i.src).replace(/\.\w+$/, ''),
      type: 'attachment',
      link: `${a.url}attachment/`,
      title: { rendered: texturize(i.alt) },
      author: +a.authors[0].id,
      caption: { rendered: '' },
      alt_text: i.alt,
      media_type: 'image',
      mime_type: 'image/webp',
      media_details: {
        width: i.width,
        height: i.height,
        file: `2024/05/${imageName(i.src)}`,
        sizes: {
          medium: { file: imageName(narrow.src), width: narrow.width, height: Math.round((narrow.width * i.height) / i.width), mime_type: 'image/webp', source_url: img(narrow.src) },
          thumbnail: { file: imageName(narrow.src), width: 150, height: 150, mime_type: 'image/webp', source_url: img(narrow.src) },
          full: { file: imageName(i.src), width: i.width, height: i.height, mime_type: 'image/webp', source_url: img(i.src) },
        },
      },
      source_url: img(i.src),
      _links: { self: [{ href: `${origin}/wp-json/wp/v2/media/${9000 + +a.id}` }] },
    };
  };

  const posts = articles.map((a) => ({
    id: +a.id,
    date: gmt(a.publishedAt),
    date_gmt: gmt(a.publishedAt),
    modified: gmt(a.updatedAt ?? a.publishedAt),
    modified_gmt: gmt(a.updatedAt ?? a.publishedAt),
    slug: a.slug,
    status: 'publish',
    type: 'post',
    link: a.url,
    title: { rendered: texturize(a.title) },
    content: { rendered: a.contentHtml ?? `<p>${texturize(a.excerpt)}</p>\n`, protected: false },
    excerpt: { rendered: `<p>${texturize(a.excerpt)}</p>\n`, protected: false },
    author: +a.authors[0].id,
    featured_media: a.image ? 9000 + +a.id : 0,
    comment_status: a.commentsOpen ? 'open' : 'closed',
    ping_status: 'closed',
    sticky: false,
    format: 'standard',
    categories: a.sections.map((t) => +t.id),
    tags: a.tags.map((t) => +t.id),
    _links: {
      self: [{ href: `${origin}/wp-json/wp/v2/posts/${a.id}` }],
      collection: [{ href: `${origin}/wp-json/wp/v2/posts` }],
      author: a.authors.map((x) => ({ embeddable: true, href: `${origin}/wp-json/wp/v2/users/${x.id}` })),
      replies: [{ embeddable: true, href: `${origin}/wp-json/wp/v2/comments?post=${a.id}` }],
      'wp:featuredmedia': a.image ? [{ embeddable: true, href: `${origin}/wp-json/wp/v2/media/${9000 + +a.id}` }] : undefined,
      'wp:term': [
        { taxonomy: 'category', embeddable: true, href: `${origin}/wp-json/wp/v2/categories?post=${a.id}` },
        { taxonomy: 'post_tag', embeddable: true, href: `${origin}/wp-json/wp/v2/tags?post=${a.id}` },
      ],
    },
    _embedded: {
      author: a.authors.map((x) => users.get(x.id)),
      'wp:featuredmedia': a.image ? [media(a)] : undefined,
      'wp:term': [a.sections.map((t) => term(t, 'category')), a.tags.map((t) => term(t, 'post_tag'))],
    },
  }));

  return { articles, posts, users: [...users.values()] };
}

/**
 * Answers a /wp-json/wp/v2/… request like WordPress would (for what the SDK asks).
 * @returns {{ status: number, headers: Record<string,string>, body: unknown }}
 */
export function answer(data, route, q) {
  const list = (items) => {
    const perPage = Math.min(100, Math.max(1, +(q.get('per_page') ?? 10) || 10));
    const page = Math.max(1, +(q.get('page') ?? 1) || 1);
    const total = items.length;
    const totalPages = Math.ceil(total / perPage);
    if (page > 1 && page > totalPages) {
      return { status: 400, headers: {}, body: { code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.', data: { status: 400 } } };
    }
    const fields = q.get('_fields')?.split(',');
    const shown = items.slice((page - 1) * perPage, page * perPage).map((o) => (fields ? Object.fromEntries(fields.filter((f) => f in o).map((f) => [f, o[f]])) : o));
    return { status: 200, headers: { 'X-WP-Total': String(total), 'X-WP-TotalPages': String(totalPages) }, body: shown };
  };
  const nums = (k) => (q.get(k) ? q.get(k).split(',').map(Number) : undefined);
  if (route == 'posts') {
    let items = data.posts.slice();
    const include = nums('include');
    if (include) items = include.map((id) => items.find((p) => p.id == id)).filter(Boolean);
    else items.sort((a, b) => b.date_gmt.localeCompare(a.date_gmt));
    if (q.get('slug')) items = items.filter((p) => q.get('slug').split(',').includes(p.slug));
    const exclude = nums('exclude');
    if (exclude) items = items.filter((p) => !exclude.includes(p.id));
    if (q.get('author')) items = items.filter((p) => p.author == +q.get('author'));
    const cats = nums('categories');
    const tags = nums('tags');
    if (cats || tags) {
      const inCats = (p) => !!cats && p.categories.some((c) => cats.includes(c));
      const inTags = (p) => !!tags && p.tags.some((t) => tags.includes(t));
      items = items.filter((p) => (q.get('tax_relation') == 'OR' || !(cats && tags) ? inCats(p) || inTags(p) : inCats(p) && inTags(p)));
    }
    return list(items);
  }
  if (route == 'users') {
    let items = data.users;
    const include = nums('include');
    if (include) items = items.filter((u) => include.includes(u.id));
    if (q.get('slug')) items = items.filter((u) => q.get('slug').split(',').includes(u.slug));
    return list(items);
  }
  if (route == 'comments') return list([]);
  return { status: 404, headers: {}, body: { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } } };
}
