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

// Lit's css`` templates are strings to terser: squeeze their comments and whitespace in the
// CDN bundle (templates with ${} parts are left alone). The npm build stays as written.
export const minifyCss = () => ({
  name: 'minify-css-literals',
  transform(code) {
    if (!code.includes('css')) return null;
    const out = code.replace(/\bcss\s*`((?:[^`\\$]|\\.|\$(?!\{))*)`/g, (_, body) => {
      const min = body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${min}\``;
    });
    return { code: out, map: null };
  },
});

export default [
  {
    input: sources,
    external: isLit,
    // model.ts and source.ts hold only types: their empty modules are expected.
    onwarn: (w, warn) => w.code !== 'EMPTY_BUNDLE' && warn(w),
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declarationDir: 'dist' }), copyDemoImages()],
  },
  {
    input: 'src/embed.ts',
    // `<news-source source="demo">` loads the demo dataset lazily: it becomes a chunk beside
    // the dataset's images, so pages that do not use it never download it.
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: 'embed.js', chunkFileNames: 'demo/embed-[name]-[hash].js' },
    plugins: [
      resolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: false, declarationMap: false }),
      minifyCss(),
      minify(),
    ],
  },
];
