/**
 * The WordPress REST API v2 source. Wire-format facts it relies on (see the fixture README):
 * zone-less GMT dates, HTML in `title/excerpt.rendered`, `_embed` for authors, featured media
 * and terms (embedded items may be error objects: they fail validation and are skipped),
 * pagination in `X-WP-Total(Pages)` headers, `include=` and `slug=` batching, and
 * WordPress's comment error codes.
 *
 * Author roles: WordPress exposes no public role. A site can register a `broadsheet_role`
 * REST field on users, or a `broadsheet_role` user meta with `show_in_rest`; either is read.
 */
import { BroadsheetError as E, type CommentField, type CommentRejectReason } from '../errors.js';
import type { Article, Author, Comment, CommentInput, Image, Page, Term } from '../model.js';
import type { Source, SourceContext } from '../source.js';
import { htmlToText, readingTime, safeUrl } from '../text.js';
import { arr, compact, fail, list, maybe, obj, optNum, str, type Json } from '../validate.js';

export interface WordPressOptions {
  /** Also fetch the post body (`contentHtml`, unsanitized) and compute `readingTimeMinutes`. Default false. */
  content?: boolean;
}

type Query = Record<string, string | number | false | undefined>;
type Reader<T> = (v: unknown, path: string) => T;

const isId = (k?: string) => /^\d+$/.test(k!);
const ids = (keys: string[] = []) => keys.filter(isId).join();
/** WordPress's `page` (1-based) and `per_page` (1–100, default 10), from whole numbers. */
const paging = (q: { page?: number; perPage?: number }) => ({ page: Math.max(1, q.page! | 0), per_page: Math.min(100, Math.max(1, q.perPage! | 0 || 10)) });
const optStr = (v: unknown) => (typeof v == 'string' ? v : undefined);
/** Plain text from an optional HTML string. */
const txt = (v: unknown) => htmlToText(optStr(v) ?? '');

// Strict field readers: `o[k]`, or an `invalid-response` naming `p.k`.
const text = (o: Json, p: string, k: string) => htmlToText(str(o[k], p + '.' + k));
const id = (o: Json, p: string, k: string) => '' + (optNum(o[k]) ?? fail(p + '.' + k));
const link = (o: Json, p: string, k: string) => safeUrl(str(o[k], (p += '.' + k))) ?? fail(p);
const rendered = (o: Json, p: string, k: string) => text(obj(o[k], (p += '.' + k)), p, 'rendered');
/** A zone-less WordPress GMT date gets its `Z`. */
const date = (o: Json, p: string, k: string) => {
  const s = str(o[k], (p += '.' + k)).replace(/T[\d:.]+$/, '$&Z');
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(s) && !isNaN(Date.parse(s)) ? s : fail(p);
};
/** `date_gmt`, or the site-local `date` when there is no GMT one. */
const published = (o: Json, p: string) => date(o, p, o.date_gmt != null ? 'date_gmt' : 'date');

/** Each item read with `read`; items that fail (embedded error objects, malformed ones) are skipped. */
const each = <T>(items: unknown, read: Reader<T>) =>
  list(items)
    .map((v) => maybe(() => read(v, '')))
    .filter(Boolean) as T[];

/**
 * An image from renditions shaped like WordPress's media sizes (`{ source_url, width, height }`),
 * the original last. The widest is the `src`; `srcset` lists them narrowest first, one per
 * width, safe URLs only, and only those with the original's aspect ratio (as WordPress's own
 * `srcset` does: a square thumbnail crop is another picture). Without any usable width, the
 * original alone is the `src`.
 */
function picture(sizes: any[], alt: string): Image | undefined {
  const o = sizes[sizes.length - 1];
  const all = sizes
    .map((c) => ({ src: safeUrl(c?.source_url)!, width: optNum(c?.width)!, height: optNum(c?.height) }))
    .filter((c) => c.src && c.width > 0 && !(Math.abs(c.height! / c.width - o.height / o.width) > 0.01))
    .sort((a, b) => a.width - b.width)
    .filter((c, i, a) => c.width != a[i - 1]?.width);
  const m = all[all.length - 1];
  const src = safeUrl(o?.source_url);
  // `...m` replaces `src` with the widest rendition's and adds its width and height (keys in this order).
  return m
    ? compact({ src, alt, ...(m as Partial<Image>), srcset: all.map(({ src, width }) => ({ src, width })) } as Image)
    : ((src && { src, alt }) as Image | undefined);
}

const avatar = (urls: unknown) => picture(Object.entries(urls || {}).map(([size, source_url]) => ({ source_url, width: +size, height: +size })), '');

const term: Reader<Term> = (v, p) => {
  const o = obj(v, p);
  return compact({ id: id(o, p, 'id'), slug: str(o.slug, p + '.slug'), name: text(o, p, 'name'), url: safeUrl(o.link) });
};

const author: Reader<Author> = (v, p) => {
  const o = obj(v, p);
  const site = safeUrl(o.url);
  return compact({
    id: id(o, p, 'id'),
    slug: str(o.slug, p + '.slug'),
    name: text(o, p, 'name'),
    url: link(o, p, 'link'),
    bio: txt(o.description),
    role: txt(o.broadsheet_role ?? o.meta?.broadsheet_role) || undefined,
    avatar: avatar(o.avatar_urls),
    links: site ? [{ label: 'Website', url: site }] : undefined,
  });
};

const comment: Reader<Comment> = (v, p) => {
  const o = obj(v, p);
  return compact({
    id: id(o, p, 'id'),
    articleId: id(o, p, 'post'),
    parentId: optNum(o.parent) ? '' + o.parent : undefined,
    authorName: txt(o.author_name),
    authorUrl: safeUrl(o.author_url),
    avatar: avatar(o.author_avatar_urls),
    bodyText: rendered(o, p, 'content'),
    publishedAt: published(o, p),
    status: o.status && o.status != 'approved' ? 'pending' : 'published',
  });
};

/** The name at the index of the first group of `re` that matches `s`. */
const pick = <T>(re: RegExp, names: string, s: string) => {
  const m = re.exec(s);
  return m ? (names.split(' ')[m.slice(1).findIndex(Boolean)] as T) : undefined;
};

/**
 * An error answer → a typed error. A 4xx to a comment POST is `comment-rejected` with a reason
 * and, for `invalid-field` and `too-long`, the field: read from the code
 * (`comment_author_email_column_length`), from `data.params` (`rest_invalid_param`), or from
 * the input (`rest_comment_author_data_required` is about the name when it is blank, else the
 * email); its message is WordPress's own, in the site's language (elements show their own text
 * per reason and field). Anything else is `rate-limited` (429), `not-found` (404: `rest_no_route`,
 * `*_invalid_id`) or `http`.
 */
function failure(r: Response, d: any, input?: CommentInput): E {
  const status = r.status;
  const code = optStr(d?.code) ?? '';
  const h = r.headers.get('Retry-After');
  const ms = h ? (+h >= 0 ? +h * 1000 : Date.parse(h) - Date.now()) : NaN;
  const message = txt(d?.message);
  const s = Object.keys(d?.data?.params ?? {}).join(' ') + ' ' + code;
  const reason: CommentRejectReason | undefined =
    input && status < 500
      ? status == 429
        ? 'flood'
        : pick(
            // Each group is a stem of WordPress's codes for its reason: rest_comment_login_required;
            // rest_comment_invalid_post_id or the `post` param; rest_comment_closed, _draft_post,
            // _trash_post; comment_flood; comment_duplicate; comment_*_column_length;
            // rest_comment_content_invalid, rest_comment_author_data_required, rest_invalid_param.
            /(login)|(_post_|\bpost\b)|(clos|draft|trash)|(flood)|(dup)|(column)|(content_inv|required|param)/,
            'auth-required unknown-article closed flood duplicate too-long invalid-field',
            s,
          ) ?? 'other'
      : undefined;
  return new E(
    reason ? 'comment-rejected' : status == 429 ? 'rate-limited' : status == 404 ? 'not-found' : 'http',
    message || reason || `${status} ${r.statusText}`,
    {
      status,
      body: d,
      serverCode: code || undefined,
      retryAfterMs: ms >= 0 ? ms : ms < 0 ? 0 : undefined,
      reason,
      // Without a field in the code or the params (`rest_comment_author_data_required`): the
      // name when it is blank once WordPress has stripped its tags, else the email.
      field: /-[fl]/.test(reason!)
        ? pick<CommentField>(/(name|author_c)|(email)|(url)|(content)|(parent)/, 'name email website body parentId', s + (txt(input!.name) ? ' email' : ' name'))
        : undefined,
    },
  );
}

export function wordpress(baseUrl: string, options: WordPressOptions = {}): Source {
  const root = new URL(baseUrl, (globalThis as any).location?.href).href.replace(/\/+$/, '');
  const api = root + '/wp/v2/';
  const lookups: Record<string, string | false> = {};
  const postQuery: Query = {
    _embed: 'author,wp:featuredmedia,wp:term',
    _fields:
      'id,slug,link,title,excerpt,date,date_gmt,modified_gmt,comment_status,_links,_embedded' +
      (options.content ? ',content' : ''),
  };

  /**
   * One request (a POST of the comment when there is `input`). A 2xx answer must be JSON; an
   * error answer is thrown as a typed error, except a page past the end of a collection,
   * which is an empty result. `d` is the parsed body.
   */
  async function send(ctx: SourceContext, route: string, q: Query, input?: CommentInput): Promise<{ r?: Response; d: any }> {
    const u = new URL(api + route);
    for (const k in q) if (q[k]) u.searchParams.set(k, q[k] as string);
    const r = await ctx.fetch(u, {
      signal: ctx.signal,
      ...(input && {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        // WordPress takes numeric strings for its integer parameters.
        body: JSON.stringify({
          post: input.articleId,
          parent: input.parentId,
          content: input.body,
          author_name: input.name,
          author_email: input.email,
          author_url: input.website,
        }),
      }),
    });
    let d: any = await r.text();
    try {
      // trim() also drops a UTF-8 BOM (U+FEFF), which some plugins print before the JSON.
      d = JSON.parse(d.trim());
    } catch {
      // Not JSON (an HTML page, a truncated answer): an error for a 2xx, the body as text otherwise.
      if (r.ok) fail(route, { status: r.status, body: d });
    }
    if (r.ok) return { r, d };
    if (/_invalid_page_number$/.test(d?.code)) return { d: [] };
    throw failure(r, d, input);
  }

  async function page<T>(ctx: SourceContext, route: string, q: Query, read: Reader<T>): Promise<Page<T>> {
    const pg = +q.page! || 1;
    const pp = +q.per_page!;
    const { r, d } = await send(ctx, route, q);
    const items = arr(d, route).map((v, i) => read(v, `${route}[${i}]`));
    const header = (n: string, fallback: number) => +r?.headers.get('X-WP-' + n)! || fallback;
    // Without the headers (a proxy dropped them): a lower bound, and one more page when this one is full.
    const total = header('Total', (pg - 1) * pp + items.length);
    return { items, page: pg, perPage: pp, total, totalPages: header('TotalPages', Math.ceil(total / pp) + +(items.length == pp)) };
  }

  const post: Reader<Article> = (v, p) => {
    const o = obj(v, p);
    const e: Json = o._embedded ?? {};
    const terms = (taxonomy: string) => each(list(e['wp:term']).flat().filter((t) => t?.taxonomy == taxonomy), term);
    const media = list(e['wp:featuredmedia'])[0];
    const d = media?.media_details ?? {};
    const html = options.content ? optStr(o.content?.rendered) : undefined;
    return compact({
      id: id(o, p, 'id'),
      slug: optStr(o.slug) ?? '',
      url: link(o, p, 'link'),
      title: rendered(o, p, 'title'),
      excerpt: txt(o.excerpt?.rendered),
      contentHtml: html,
      publishedAt: published(o, p),
      updatedAt: maybe(() => date(o, p, 'modified_gmt')),
      authors: each(e.author, author),
      sections: terms('category'),
      tags: terms('post_tag'),
      // The featured media: its sizes, and the original (`source_url` with `media_details` width/height).
      image: picture(
        [...Object.values(d.sizes || {}), { ...d, source_url: media?.source_url }],
        txt(media?.alt_text),
      ),
      readingTimeMinutes: html ? readingTime(html) : undefined,
      commentsOpen: o.comment_status == 'open',
    });
  };

  const posts = (ctx: SourceContext, q: Query) => page(ctx, 'posts', { ...postQuery, ...q }, post);

  /**
   * A section/tag/author slug → its numeric id, or `false` when there is none. Ids found are
   * remembered; "none" and failures are not (a section made later is found).
   */
  const resolve = (ctx: SourceContext, kind: string, v?: string) =>
    !v || isId(v)
      ? v
      : (lookups[kind + v] ??
        send(ctx, kind, { slug: v, _fields: 'id' }).then(({ d }) => !!arr(d, kind)[0] && (lookups[kind + v] = id(d[0], kind + '[0]', 'id'))));

  return {
    key: 'wordpress:' + root,

    async getArticles(keys, ctx) {
      const found = new Map<string, Article>();
      const jobs: Promise<unknown>[] = [];
      for (const param of ['include', 'slug']) {
        const all = [...new Set(keys.filter((k) => isId(k) == (param == 'include')))];
        while (all.length) {
          const chunk = all.splice(0, 100);
          // Answers are matched by id and slug, so their order does not matter.
          const q = { [param]: chunk.join(), per_page: chunk.length };
          jobs.push(posts(ctx, q).then(({ items }) => items.forEach((a) => found.set(a.slug, a).set(a.id, a))));
        }
      }
      await Promise.all(jobs);
      // WordPress keeps slugs lowercase (non-Latin letters percent-encoded, `%d8%b1…`) and
      // lowercases what it is asked for: `Russias-China` and `%D8%B1…` (as a URL bar copies it)
      // find their posts. (Decoded letters, `روس`, do not: a README limit.)
      return keys.map((k) => found.get(k.toLowerCase()));
    },

    async listArticles(query, ctx) {
      const pg = paging(query);
      const found = await Promise.all([resolve(ctx, 'categories', query.section), resolve(ctx, 'tags', query.tag), resolve(ctx, 'users', query.author)]);
      const [categories, tags, author] = found;
      // An unknown section, tag or author has no articles.
      return found.includes(false)
        ? { items: [], page: pg.page, perPage: pg.per_page, total: 0, totalPages: 0 }
        : posts(ctx, { categories, tags, author, search: query.search, exclude: ids(query.exclude), ...pg });
    },

    async relatedCandidates(article, limit, ctx) {
      const categories = ids(article.sections.map((t) => t.id));
      const tags = ids(article.tags.map((t) => t.id));
      return categories || tags
        ? (await posts(ctx, { categories, tags, tax_relation: categories && tags && 'OR', exclude: ids([article.id]), per_page: Math.min(limit, 100) })).items
        : [];
    },

    async getAuthor(key, ctx) {
      // `include=` rather than /users/ID: one code path, and a user the visitor may not see
      // (anonymous /users/1 is a 401) is simply not in the list.
      // No `_fields`: a user has few fields beyond those read here.
      const [a] = (await page(ctx, 'users', { [isId(key) ? 'include' : 'slug']: key }, author)).items;
      // (Not an HTTP 404: the list was answered, without this user.)
      if (!a) throw new E('not-found', `No author ${key}`);
      return a;
    },

    listComments(articleId, query, ctx) {
      const q = {
        post: articleId,
        orderby: 'date_gmt',
        order: 'asc',
        ...paging(query),
      };
      return page(ctx, 'comments', q, comment);
    },

    async submitComment(input, ctx) {
      const c = comment((await send(ctx, 'comments', {}, input)).d, 'comment');
      return { status: c.status, comment: c };
    },
  };
}
