#!/usr/bin/env node
// Writes the WordPress seed (seed-data.json) from Broadsheet's demo dataset, so the real WordPress
// serves the same authors, sections, tags, articles and comments as the embedded demo.
//
//   npm run build && node test/integration/wordpress/export-seed.mjs [--out FILE] [--check]
//
// It imports the BUILT dataset (dist/demo/dataset.js), not the TypeScript source. --check writes
// nothing and exits 1 if FILE (default: seed-data.json beside this script) differs from what it
// would write. The shape written is documented in README.md ("seed-data.json").
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1] : resolve(here, 'seed-data.json'));
const built = resolve(repo, 'dist/demo/dataset.js');

if (!existsSync(built)) {
  console.error(`export-seed: ${built.slice(repo.length + 1)} not found: run \`npm run build\` first`);
  process.exit(2);
}
const mod = await import(pathToFileURL(built).href);
const dataset = mod.demoDataset ?? mod.dataset ?? mod.default;
if (!dataset || !Array.isArray(dataset.articles)) {
  console.error('export-seed: dist/demo/dataset.js exports no dataset with articles (expected demoDataset)');
  process.exit(2);
}

const str = (v) => (typeof v === 'string' ? v : undefined);
/** Drops undefined fields so the JSON stays minimal and stable. */
const clean = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Terms: the exported list first (demoSections / demoTags), then any an article adds. */
function terms(listed, key) {
  const bySlug = new Map();
  for (const t of [...(listed ?? []), ...dataset.articles.flatMap((a) => a[key] ?? [])]) {
    if (t?.slug && !bySlug.has(t.slug)) bySlug.set(t.slug, clean({ slug: t.slug, name: t.name ?? t.slug }));
  }
  return [...bySlug.values()];
}

const authorsBySlug = new Map();
for (const a of [...(dataset.authors ?? []), ...dataset.articles.flatMap((x) => x.authors ?? [])]) {
  if (!a?.slug || authorsBySlug.has(a.slug)) continue;
  const website = (a.links ?? []).find((l) => /website/i.test(l.label ?? ''))?.url;
  authorsBySlug.set(
    a.slug,
    clean({ id: str(a.id), slug: a.slug, name: a.name, role: str(a.role), bio: a.bio ?? '', website: str(website) }),
  );
}

/** Image: only what WordPress needs to draw one of the same size; `src` is the file name only. */
function image(img) {
  if (!img) return null;
  let src;
  try {
    src = basename(new URL(img.src).pathname);
  } catch {
    src = str(img.src) && basename(img.src);
  }
  return clean({ src, alt: img.alt ?? '', width: img.width, height: img.height, caption: str(img.caption) });
}

const comments = Array.isArray(dataset.comments)
  ? dataset.comments
  : Object.values(dataset.comments ?? {}).flat(); // also accept { articleId: Comment[] }

const seed = {
  site: { title: 'Broadsheet Test Desk', description: "A real WordPress for Broadsheet's integration tests" },
  authors: [...authorsBySlug.values()],
  sections: terms(mod.demoSections, 'sections'),
  tags: terms(mod.demoTags, 'tags'),
  articles: dataset.articles.map((a) =>
    clean({
      id: String(a.id),
      slug: a.slug,
      title: a.title,
      excerpt: a.excerpt ?? '',
      contentHtml: str(a.contentHtml),
      publishedAt: a.publishedAt,
      updatedAt: str(a.updatedAt),
      authors: (a.authors ?? []).map((x) => x.slug),
      sections: (a.sections ?? []).map((x) => x.slug),
      tags: (a.tags ?? []).map((x) => x.slug),
      image: image(a.image),
      commentsOpen: a.commentsOpen !== false,
    }),
  ),
  comments: comments.map((c) =>
    clean({
      id: String(c.id),
      articleId: String(c.articleId),
      parentId: c.parentId != null ? String(c.parentId) : undefined,
      authorName: c.authorName,
      authorUrl: str(c.authorUrl),
      bodyText: c.bodyText ?? '',
      publishedAt: c.publishedAt,
      status: c.status === 'pending' ? 'pending' : 'published',
    }),
  ),
};

const text = `${JSON.stringify(seed, null, 2)}\n`;
const summary = `${seed.authors.length} authors, ${seed.sections.length} sections, ${seed.tags.length} tags, ${seed.articles.length} articles, ${seed.comments.length} comments`;
if (check) {
  const current = existsSync(out) ? await readFile(out, 'utf8') : '';
  if (current !== text) {
    console.error(`export-seed: ${out.slice(repo.length + 1)} is out of date with dist/demo/dataset.js: run export-seed.mjs`);
    process.exit(1);
  }
  console.log(`export-seed: ${out.slice(repo.length + 1)} is up to date (${summary})`);
} else {
  await writeFile(out, text);
  console.log(`export-seed: wrote ${out.startsWith(repo) ? out.slice(repo.length + 1) : out} (${summary})`);
}
