/**
 * Shared by the real-WordPress tests: the running server's seed.json (served by the test runner
 * at /__wordpress__/seed.json, see web-test-runner.wordpress.config.js), fresh clients that count
 * their requests, and admin helpers that use the application password to flip site settings and
 * delete what a test posted.
 */
import { createClient, wordpress, type NewsClient } from '../../../src/sdk/index.js';

export interface Seed {
  baseUrl: string;
  restUrl: string;
  wordpressVersion: string;
  admin: { id: number; username: string; applicationPassword: string };
  posts: Record<string, number>;
  users: Record<string, number>;
  categories: Record<string, number>;
  tags: Record<string, number>;
  media: Record<string, number>;
  comments: Record<string, number>;
  heldComments: number[];
  sourceIds: { articles: Record<string, number>; comments: Record<string, number> };
  closedPost: { id: number; slug: string };
  postWithoutImage: { id: number; slug: string };
  totals: { posts: number; users: number; categories: number; tags: number; seededComments: number };
  options: Record<string, boolean>;
}

const response = await fetch('/__wordpress__/seed.json');
if (!response.ok) throw new Error(`no seed.json from the test runner (${response.status}): run \`npm run test:wordpress\``);
export const seed: Seed = await response.json();
/** e.g. http://127.0.0.1:8282/wp-json: another port than this page, so every request is cross-origin. */
export const REST = seed.restUrl;

/** A seeded article's WordPress id, from its id in the data set (seed-data.json), as a string. */
export const post = (datasetId: string) => String(seed.sourceIds.articles[datasetId] ?? fail(`no article ${datasetId} in seed.json`));
export const user = (slug: string) => String(seed.users[slug] ?? fail(`no user ${slug} in seed.json`));
function fail(message: string): never {
  throw new Error(message);
}

/** The reference article: "Russia's China Dilemma", Saeed Minhas, comments seeded (3 approved, 1 held). */
export const RUSSIA = '101';
/** Comments closed. */
export const CLOSED = '111';
/** No featured image. */
export const NO_IMAGE = '110';
/** Comments open and none seeded: where the submit tests post (and delete again). */
export const SCRATCH = '113';

export interface Counted {
  client: NewsClient;
  /** Every request the client made: `GET http://…/wp-json/wp/v2/posts?…`. */
  requests: string[];
  /** The last response of each request, for headers. */
  responses: Response[];
}

/** A new client on the WordPress server (its own cache), whose fetch records every request. */
export function countingClient(): Counted {
  const requests: string[] = [];
  const responses: Response[] = [];
  const client = createClient({
    source: wordpress(REST),
    fetch: async (input, init) => {
      requests.push(`${init?.method ?? 'GET'} ${String(input)}`);
      const r = await fetch(input, init);
      responses.push(r);
      return r;
    },
  });
  return { client, requests, responses };
}

/** The requests to one route, e.g. `wp/v2/posts`. */
export const to = (requests: string[], route: string) => requests.filter((r) => new URL(r.split(' ')[1]).pathname.endsWith(route));

/** A request as the site's administrator (application password, Basic auth; cross-origin too). */
export async function asAdmin(path: string, init: RequestInit = {}): Promise<any> {
  const r = await fetch(REST + path, {
    ...init,
    headers: {
      Authorization: 'Basic ' + btoa(`${seed.admin.username}:${seed.admin.applicationPassword}`),
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
  });
  const body = await r.json();
  if (!r.ok) throw new Error(`admin ${init.method ?? 'GET'} ${path}: ${r.status} ${JSON.stringify(body)}`);
  return body;
}

/** Sets site options registered as REST settings by the test mu-plugin; returns the old values. */
export async function setSettings(values: Record<string, boolean>): Promise<Record<string, boolean>> {
  const before = await asAdmin('/wp/v2/settings');
  const after = await asAdmin('/wp/v2/settings', { method: 'POST', body: JSON.stringify(values) });
  for (const [k, v] of Object.entries(values)) if (after[k] !== v) throw new Error(`setting ${k} did not take: ${after[k]}`);
  return Object.fromEntries(Object.keys(values).map((k) => [k, before[k]]));
}

/** Deletes comments for good (so the seeded comment lists stay as seeded). */
export async function deleteComments(ids: Iterable<string>): Promise<void> {
  await Promise.all([...ids].filter(Boolean).map((id) => asAdmin(`/wp/v2/comments/${id}?force=true`, { method: 'DELETE' })));
}

/** The ids of comments on a post, any status (as admin): to find a held comment, or what a form posted. */
export async function commentsOn(postId: string, status = 'all'): Promise<{ id: number; status: string; content: { raw: string } }[]> {
  return asAdmin(`/wp/v2/comments?post=${postId}&status=${status}&context=edit&per_page=100`);
}

let n = 0;
/** A comment text no earlier run has posted (WordPress refuses an exact duplicate with 409). */
export const unique = (what: string) => `${what} (integration test ${Date.now().toString(36)}-${(n++).toString(36)}-${Math.random().toString(36).slice(2, 6)})`;

/** Rejects with the error `promise` rejects with, or fails if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection, got a result');
}

/** Drops every saved `<comment-form>` draft (drafts are per origin and outlive a test page). */
export function clearDrafts(): void {
  for (const k of Object.keys(localStorage)) if (k.startsWith('broadsheet:comment-draft:')) localStorage.removeItem(k);
}

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The data set the server was seeded from (seed-data.json, the demo dataset), for expected values. */
export interface SeedArticle {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: string;
  updatedAt?: string;
  authors: string[];
  sections: string[];
  tags: string[];
  image: { alt: string; width: number; height: number } | null;
  commentsOpen: boolean;
}
export interface SeedData {
  authors: { slug: string; name: string; role?: string; bio: string; website?: string }[];
  sections: { slug: string; name: string }[];
  tags: { slug: string; name: string }[];
  articles: SeedArticle[];
  comments: { id: string; articleId: string; parentId?: string; authorName: string; authorUrl?: string; bodyText: string; publishedAt: string; status: string }[];
}
export const data: SeedData = await (await fetch(new URL('./seed-data.json', import.meta.url))).json();
export const article = (id: string) => data.articles.find((a) => a.id == id)!;
/** Data-set article ids, newest first (WordPress's default order). */
export const newestFirst = () => [...data.articles].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt)).map((a) => a.id);
/** A WordPress id back to the data set's id. */
export const datasetId = (wpId: string) => Object.entries(seed.sourceIds.articles).find(([, v]) => String(v) == wpId)?.[0];
/**
 * What WordPress's wptexturize makes of a plain-text title, as far as this data set needs:
 * an apostrophe inside a word becomes a right single quotation mark (Russia's → Russia’s).
 */
export const texturized = (s: string) => s.replace(/(\w)'(\w)/g, '$1\u2019$2');
