// Two builds (DESIGN.md "Builds"):
//  1. npm: every module of src/ as its own ES2021 file with .d.ts, Lit left external so apps
//     keep one copy of it, not minified (apps minify).
//  2. CDN: dist/embed.js, one minified self-contained module that registers every element.
import { cpSync, existsSync, readdirSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const sources = readdirSync('src', { recursive: true })
  .map((f) => `src/${f.replaceAll('\\', '/')}`)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== 'src/embed.ts');

const isLit = (id) => /^(lit|lit-html|lit-element)(\/|$)|^@lit(-labs)?\//.test(id);

export const minify = () =>
  terser({ module: true, ecma: 2021, compress: { passes: 2 }, format: { comments: false } });

// The demo dataset's pictures ship next to it (dist/demo/images), where its
// `new URL('./images/…', import.meta.url)` finds them.
const copyDemoImages = () => ({
  name: 'copy-demo-images',
  writeBundle() {
    if (existsSync('src/demo/images')) cpSync('src/demo/images', 'dist/demo/images', { recursive: true });
  },
});

// Lit's templates are strings to terser, so their indentation and comments would ship as
// written. `minifyTemplates()` squeezes them, in both builds (what users download is what the
// size budgets measure; the JavaScript around them stays as written):
//  - css``: comments dropped, whitespace collapsed, none around `{ } ; , >` or after `:`,
//    `0.5` → `.5`; quoted strings untouched;
//  - html`` / svg`` (also lit/static-html's): every whitespace run that holds a line break is cut
//    to its line breaks alone. A run of spaces, tabs and newlines between words or tags renders
//    exactly as one space or newline would (white-space: normal and pre-line alike), so nothing
//    a reader sees changes; templates holding <pre>, <textarea>, <script> or <style> are left alone.
// The html`` line breaks are kept, so code after a template stays on its line and the source
// maps stay right; a css`` template ends up on one line (only its `];` follows it).
const walk = (node, visit) => {
  if (!node || typeof node.type != 'string') return;
  visit(node);
  for (const key in node) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value.type == 'string') walk(value, visit);
  }
};
const lines = (text) => '\n'.repeat(text.split('\n').length - 1);
export const squeezeCss = (raw) =>
  raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
export const squeezeHtml = (raw) => raw.replace(/[ \t]*\n\s*/g, (ws) => lines(ws));

export const minifyTemplates = () => ({
  name: 'minify-templates',
  transform(code) {
    if (!/\b(css|html|svg|staticHtml)\s*`/.test(code)) return null;
    const edits = [];
    walk(this.parse(code), (node) => {
      if (node.type != 'TaggedTemplateExpression' || node.tag.type != 'Identifier') return;
      const tag = node.tag.name;
      const quasis = node.quasi.quasis.filter((q) => q.end > q.start);
      if (tag == 'css') {
        for (const q of quasis) {
          const raw = code.slice(q.start, q.end);
          edits.push([q.start, q.end, squeezeCss(raw)]);
        }
      } else if (/^(html|svg|staticHtml)$/.test(tag)) {
        if (quasis.some((q) => /<(pre|textarea|script|style)\b/i.test(code.slice(q.start, q.end)))) return;
        for (const q of quasis) edits.push([q.start, q.end, squeezeHtml(code.slice(q.start, q.end))]);
      }
    });
    if (!edits.length) return null;
    let out = '';
    let at = 0;
    for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
      out += code.slice(at, start) + text;
      at = end;
    }
    // `map: null`: lines are where they were (but inside *.styles.ts), so the existing map holds.
    return { code: out + code.slice(at), map: null };
  },
});

export default [
  {
    input: sources,
    external: isLit,
    // model.ts and source.ts hold only types: their empty modules are expected.
    onwarn: (w, warn) => w.code !== 'EMPTY_BUNDLE' && warn(w),
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declarationDir: 'dist' }), minifyTemplates(), copyDemoImages()],
  },
  {
    input: 'src/embed.ts',
    // `<news-source source="demo">` loads the demo dataset lazily: it becomes a chunk beside
    // the dataset's images, so pages that do not use it never download it.
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: 'embed.js', chunkFileNames: 'demo/embed-[name]-[hash].js' },
    plugins: [
      resolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: false, declarationMap: false }),
      minifyTemplates(),
      minify(),
    ],
  },
];
