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

// The CDN bundle is one program: our private members (`_loaded`, `_request`, …) can take short
// names, as Lit's own production build does with its own. Never touched: Lit's cross-copy
// protocol names (`_$…`), WordPress's wire fields (`_embedded`, `_links`, `_fields`, `_embed`)
// and double-underscore names. One name cache keeps the lazily loaded chunks consistent.
const nameCache = {};
const minifyEmbed = () =>
  terser({
    module: true,
    ecma: 2021,
    nameCache,
    // pure_getters: reading a property has no side effects in our code or Lit's (its reactive
    // accessors only have setters that do something).
    compress: { passes: 4, unsafe_arrows: true, pure_getters: true, unsafe_methods: true },
    mangle: { properties: { regex: /^_(?!embed|links|fields)[a-zA-Z]/ } },
    format: { comments: false },
  });

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
//  - css``: comments dropped, whitespace collapsed, none around `{ } ; , > ~ /` or calc()'s `*` or after `:`
//    or before `!important`, `0.5` → `.5`, `transparent` → `#0000`, `[a='b']` → `[a=b]`; other
//    quoted strings untouched;
//  - html`` / svg`` (also lit/static-html's): every whitespace run that holds a line break
//    becomes one line break, which renders exactly as the run did (white-space: normal and
//    pre-line alike), except inside <pre>, <textarea>, <script> and <style>, whose content
//    is left as written (their tags are squeezed like any other); inside html``'s tags, a
//    whitespace run between attributes becomes one space and the space and `/` before `>` go.
// The plugin returns a source map of its edits, so the maps still point into the TypeScript.
const walk = (node, visit) => {
  if (!node || typeof node.type != 'string') return;
  visit(node);
  for (const key in node) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value.type == 'string') walk(value, visit);
  }
};
export const squeezeCss = (raw) =>
  raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i, parts) =>
      i % 2
        ? /=$/.test(parts[i - 1]) && /^['"][a-z][\w-]*['"]$/i.test(part) && parts[i + 1].startsWith(']')
          ? part.slice(1, -1)
          : part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>~/])\s*/g, '$1')
            // calc()'s `*` (before a number or a var(): never a universal selector)
            .replace(/(?<=[\w)%]) \* (?=[\d(]|var\()/g, '*')
            .replace(/ !important/g, '!important')
            .replace(/(?<![\w-])transparent(?![\w-])/g, '#0000')
            .replace(/:\s+/g, ':')
            .replace(/([\s:(,*/])0\.(\d)/g, '$1.$2')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
export const squeezeHtml = (raw) => raw.replace(/[ \t]*\n\s*/g, '\n');
/**
 * squeezeHtml over a template's strings (the parts between its expressions), except what a
 * <pre>, <textarea>, <script> or <style> holds. A state machine across the parts: markup, the
 * opening tag of one of those elements (up to its `>`), then its content (up to its end tag).
 * A stray `>` or `<pre` inside an attribute value only leaves more text as written.
 */
export const squeezeHtmlParts = (parts) => {
  let state = 0; // 0 markup, 1 inside the opening tag, 2 inside the content
  let name = '';
  return parts.map((p) => {
    let out = '';
    let i = 0;
    while (i < p.length) {
      if (state == 2) {
        const end = p.toLowerCase().indexOf('</' + name, i);
        out += p.slice(i, end < 0 ? p.length : end);
        i = end < 0 ? p.length : ((state = 0), end);
        continue;
      }
      const re = state ? />/g : /<(pre|textarea|script|style)\b/gi;
      re.lastIndex = i;
      const m = re.exec(p);
      const stop = m ? m.index + m[0].length : p.length;
      out += squeezeHtml(p.slice(i, stop));
      i = stop;
      if (m) state ? (state = 2) : ((state = 1), (name = m[1].toLowerCase()));
    }
    return out;
  });
};

/**
 * Inside the tags of an html`` template (after squeezeHtmlParts), outside quoted values: a
 * whitespace run between attributes becomes one space, and the whitespace and `/` before a
 * tag's `>` go (`/>` closes nothing in HTML; the `/` stays after an unquoted value, which it
 * would join). The parser builds the same elements and attributes. A state machine across the
 * parts, as squeezeHtmlParts: text, a tag, a quoted value, a comment, raw text (what <script>,
 * <style>, <textarea> and <title> hold is not markup).
 */
export const squeezeTags = (parts) => {
  let state = 0; // 0 text, 1 inside a tag, 2 inside a quoted value, 3 inside a comment, 4 raw text
  let quote = '';
  let name = '';
  return parts.map((p) => {
    let out = '';
    for (let i = 0; i < p.length; ) {
      if (state == 0 || state == 4) {
        const re = state ? new RegExp('</' + name + '(?![\\w-])', 'gi') : /<(!--|\/?([a-z][\w-]*))/gi;
        re.lastIndex = i;
        const m = re.exec(p);
        const stop = m ? m.index + m[0].length : p.length;
        out += p.slice(i, stop);
        i = stop;
        if (m) state ? ((state = 1), (name = '')) : m[1] == '!--' ? (state = 3) : ((state = 1), (name = m[1][0] == '/' ? '' : m[2].toLowerCase()));
      } else if (state == 3) {
        const end = p.indexOf('-->', i);
        out += p.slice(i, end < 0 ? p.length : end + 3);
        i = end < 0 ? p.length : ((state = 0), end + 3);
      } else if (state == 2) {
        const end = p.indexOf(quote, i);
        out += p.slice(i, end < 0 ? p.length : end + 1);
        i = end < 0 ? p.length : ((state = 1), end + 1);
      } else {
        const c = p[i];
        const end = /^(\s*)(\/?)>/.exec(p.slice(i));
        if (end && (end[1] || !end[2] || /["']$/.test(out))) {
          out += '>';
          i += end[0].length;
          state = /^(script|style|textarea|title)$/.test(name) ? 4 : 0;
        } else if (/\s/.test(c)) {
          const ws = /^\s+/.exec(p.slice(i))[0];
          out += ' ';
          i += ws.length;
        } else {
          if (c == '"' || c == "'") (state = 2), (quote = c);
          out += c;
          i++;
        }
      }
    }
    return out;
  });
};

// Source-map segments for a text with some ranges replaced: every output line and every edit
// boundary maps back to where it came from (Base64 VLQ, as the source-map spec writes them).
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const vlq = (n) => {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    const digit = v & 31;
    v >>>= 5;
    out += B64[digit | (v ? 32 : 0)];
  } while (v);
  return out;
};
function applyEdits(code, edits) {
  let out = '';
  const lines = [[]];
  let outCol = 0;
  let inLine = 0;
  let inCol = 0;
  const mark = () => lines[lines.length - 1].push([outCol, inLine, inCol]);
  const copy = (text, advanceInput) => {
    for (const ch of text) {
      out += ch;
      if (ch == '\n') {
        lines.push([]);
        outCol = 0;
        if (advanceInput) (inLine++, (inCol = 0));
        if (advanceInput) mark();
      } else {
        outCol++;
        if (advanceInput) inCol++;
      }
    }
  };
  const skip = (text) => {
    for (const ch of text) ch == '\n' ? (inLine++, (inCol = 0)) : inCol++;
  };
  mark();
  let at = 0;
  for (const [start, end, text] of edits) {
    copy(code.slice(at, start), true);
    mark();
    copy(text, false);
    skip(code.slice(start, end));
    mark();
    at = end;
  }
  copy(code.slice(at), true);
  // Relative encoding: columns per line, source line and column across the whole map.
  let prevLine = 0;
  let prevCol = 0;
  const mappings = lines
    .map((segments) => {
      let prevOut = 0;
      return segments
        .map(([col, line, c]) => {
          const seg = vlq(col - prevOut) + 'A' + vlq(line - prevLine) + vlq(c - prevCol);
          prevOut = col;
          prevLine = line;
          prevCol = c;
          return seg;
        })
        .join(',');
    })
    .join(';');
  return { code: out, map: { version: 3, sources: [''], names: [], mappings } };
}

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
        const squeezed = squeezeHtmlParts(quasis.map((q) => code.slice(q.start, q.end)));
        const out = tag == 'svg' ? squeezed : squeezeTags(squeezed);
        quasis.forEach((q, i) => edits.push([q.start, q.end, out[i]]));
      }
    });
    if (!edits.length) return null;
    return applyEdits(code, edits.sort((a, b) => a[0] - b[0]));
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
      minifyEmbed(),
    ],
  },
];
