// `npm run size`: gzipped sizes of what users download, against the budgets in the README.
// Deterministic (rollup + terser + gzip -9 of the built dist/), prints every figure, exits 1
// when a budget is exceeded. Run `npm run build` first.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const KB = 1000;
const gz = (code) => gzipSync(Buffer.from(code), { level: constants.Z_BEST_COMPRESSION }).length;
const isLit = (id) => /^(lit|lit-html|lit-element)(\/|$)|^@lit(-labs)?\//.test(id);
// An element's own weight: Lit and the SDK are shared by every element and budgeted on their own.
const isShared = (id) => isLit(id) || /[\\/]sdk[\\/]/.test(id);

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
checks.push({ name: 'dist/embed.js (everything, Lit included)', code: readFileSync('dist/embed.js', 'utf8'), budget: 20 * KB });
checks.push({ name: 'broadsheet/sdk (bundled, minified)', code: await bundle('dist/sdk/index.js'), budget: 5 * KB });
checks.push({ name: 'broadsheet/sdk/memory (bundled, minified)', code: await bundle('dist/sdk/sources/memory.js'), budget: 5 * KB });
const components = existsSync('dist/components') ? readdirSync('dist/components').filter((n) => n !== 'shared') : [];
for (const name of components) {
  const entry = `dist/components/${name}/define.js`;
  if (!existsSync(entry)) continue;
  checks.push({ name: `broadsheet/${name} (without Lit and SDK)`, code: await bundle(entry, { external: isShared }), budget: 4 * KB });
}
if (existsSync('dist/context/define.js')) {
  checks.push({ name: 'broadsheet/news-source (without Lit and SDK)', code: await bundle('dist/context/define.js', { external: isShared }), budget: 4 * KB });
}

let failed = 0;
const pad = Math.max(...checks.map((c) => c.name.length));
console.log(`${'entry'.padEnd(pad)}  ${'min'.padStart(8)}  ${'gzip -9'.padStart(8)}  ${'budget'.padStart(8)}`);
for (const c of checks) {
  const size = gz(c.code);
  const over = size > c.budget;
  if (over) failed++;
  console.log(`${c.name.padEnd(pad)}  ${String(c.code.length).padStart(8)}  ${String(size).padStart(8)}  ${String(c.budget).padStart(8)}  ${over ? 'OVER BUDGET' : 'ok'}`);
}
console.log(`size: ${checks.length - failed} within budget, ${failed} over`);
process.exit(failed ? 1 : 0);
