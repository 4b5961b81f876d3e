// `npm run size`: gzipped sizes of what users download, against the budgets in the README.
// Deterministic (rollup + terser + gzip -9 of the built dist/), prints every figure, exits 1
// when a budget is exceeded. Run `npm run build` first. `npm run size -- --write` also writes
// the table to docs/size.md.
//
// What each row measures:
//  - dist/embed.js: the CDN file as built (Lit included); lazily imported chunks (the demo
//    dataset) are not part of it.
//  - broadsheet/sdk: the SDK entry bundled and minified as an app's bundler would.
//  - broadsheet/<element>: the element's npm entry (its define module) bundled and minified,
//    with the shared element base (BroadsheetElement, define, i18n, base styles) counted in,
//    and Lit and the SDK left out: every element shares them and they have rows
//    (or, for Lit, a version) of their own.
//  - <related-stories> renders <article-card>s. Its own row leaves the card out, like Lit and
//    the SDK (the card is an element with its own entry and budget, and a page with both pays
//    for it once); the next row prints what importing related-stories alone downloads, card
//    included, against a budget and a 5 kB target of its own, so the composition cannot grow
//    unseen either.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const KB = 1000;
const gz = (code) => gzipSync(Buffer.from(code), { level: constants.Z_BEST_COMPRESSION }).length;
const isLit = (id) => /^(lit|lit-html|lit-element)(\/|$)|^@lit(-labs)?\//.test(id);
// An element's own weight: Lit and the SDK are shared by every element and budgeted on their own.
const isShared = (id) => isLit(id) || /[\\/]sdk[\\/]/.test(id);
const isCard = (id) => /[\\/]article-card[\\/]article-card(\.styles)?\.js$/.test(id);

async function bundle(input, { external } = {}) {
  const build = await rollup({
    input,
    external,
    plugins: [resolve({ browser: true }), terser({ module: true, ecma: 2021, compress: { passes: 2 }, format: { comments: false } })],
    onwarn: () => {},
  });
  // Lazily imported chunks (the demo dataset) are not part of what the entry costs.
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry).code;
}

const checks = [];
if (!existsSync('dist/embed.js')) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
checks.push({ name: 'dist/embed.js (everything, Lit included)', code: readFileSync('dist/embed.js', 'utf8'), budget: 20 * KB, target: 16 * KB });
checks.push({ name: 'broadsheet/sdk (bundled, minified)', code: await bundle('dist/sdk/index.js'), budget: 5 * KB });
checks.push({ name: 'broadsheet/sdk/memory (bundled, minified)', code: await bundle('dist/sdk/sources/memory.js'), budget: 5 * KB });
// Element rows: the performance issue's target is 4 kB each, which four of them do not meet yet
// (the README says by how much). Until they do, each has a hard ceiling just above its current
// size, so CI still fails on any growth; the target is printed beside it.
const CEILINGS = {
  'article-card': 4800,
  'author-bio': 4000,
  'comment-form': 5000,
  'related-stories': 3300,
  'related-stories+card': 5550,
  'news-source': 1100,
};
const components = existsSync('dist/components') ? readdirSync('dist/components').filter((n) => n !== 'shared').sort() : [];
for (const name of components) {
  const entry = `dist/components/${name}/define.js`;
  if (!existsSync(entry)) continue;
  if (name == 'related-stories') {
    const external = (id) => isShared(id) || isCard(id);
    checks.push({ name: `broadsheet/${name} (without Lit, SDK and article-card)`, code: await bundle(entry, { external }), budget: CEILINGS[name], target: 4 * KB });
    checks.push({ name: `broadsheet/${name} + the article-card it renders`, code: await bundle(entry, { external: isShared }), budget: CEILINGS[name + '+card'], target: 5 * KB });
  } else {
    checks.push({ name: `broadsheet/${name} (without Lit and SDK)`, code: await bundle(entry, { external: isShared }), budget: CEILINGS[name], target: 4 * KB });
  }
}
if (existsSync('dist/context/define.js')) {
  checks.push({ name: 'broadsheet/news-source (without Lit and SDK)', code: await bundle('dist/context/define.js', { external: isShared }), budget: CEILINGS['news-source'], target: 4 * KB });
}

// Every budget is enforced; a target is printed beside it (met or missed, and by how much).
let failed = 0;
let missed = 0;
const rows = checks.map((c) => {
  const size = gz(c.code);
  const over = size > c.budget;
  const short = c.target !== undefined && size > c.target;
  if (over) failed++;
  if (short) missed++;
  return { ...c, min: c.code.length, size, over, short };
});
const verdict = (c) =>
  c.over ? 'OVER BUDGET' : c.target === undefined ? 'ok' : c.short ? `ok; target ${c.target}: missed by ${c.size - c.target}` : `ok; target ${c.target}: met`;
const pad = Math.max(...rows.map((c) => c.name.length));
console.log(`${'entry'.padEnd(pad)}  ${'min'.padStart(8)}  ${'gzip -9'.padStart(8)}  ${'budget'.padStart(8)}`);
for (const c of rows) {
  console.log(`${c.name.padEnd(pad)}  ${String(c.min).padStart(8)}  ${String(c.size).padStart(8)}  ${String(c.budget).padStart(8)}  ${verdict(c)}`);
}
console.log(`size: ${rows.length - failed} within budget, ${failed} over budget; ${missed} target${missed == 1 ? '' : 's'} missed`);

if (process.argv.includes('--write')) {
  const kb = (n) => (n / KB).toFixed(2);
  const lit = JSON.parse(readFileSync('node_modules/lit/package.json', 'utf8')).version;
  const md = [
    '# Size',
    '',
    'What a page downloads, in kB (1 kB = 1,000 bytes) after minification and `gzip -9`.',
    'Written by `npm run size -- --write` (after `npm run build`); CI runs `npm run size`, which',
    'fails when an entry is over its budget. Element entries have a 4 kB target (5 kB for',
    'related-stories with its card); those not meeting it yet have a budget just above their',
    'current size, so they cannot grow unseen. How each row is measured is at the top of',
    '`scripts/size.mjs`: element rows count the shared element base but not what every element',
    'shares with the rest of the app: the SDK (its own rows) and Lit (' + lit + ').',
    '',
    '| entry | minified | gzip -9 | budget | target |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows.map(
      (c) =>
        `| ${c.name.replace(/\|/g, '\\|')} | ${kb(c.min)} | **${kb(c.size)}** | ${kb(c.budget)} | ${c.target === undefined ? '' : `${kb(c.target)}: ${c.short ? `**missed** by ${c.size - c.target} B` : 'met'}`} |`,
    ),
    '',
  ].join('\n');
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/size.md', md);
  console.log('written: docs/size.md');
}
process.exit(failed ? 1 : 0);
