// `npm run editor-hints` (part of the build, after `npm run analyze`): editor support generated
// from the custom-elements manifest, so tags, attributes (with their allowed values), events,
// slots, CSS parts and custom properties complete and show their docs in HTML files:
//   dist/vscode.html-custom-data.json  VS Code `html.customData`
//   dist/vscode.css-custom-data.json   VS Code `css.customData` (custom properties, ::part())
//   dist/web-types.json                JetBrains IDEs (found through package.json "web-types")
// Attribute types that name a type alias (`ArticleCardVariant`) are expanded from the built
// .d.ts files into their string literals.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifestPath = new URL('custom-elements.json', root);
if (!existsSync(manifestPath)) {
  console.error('editor-hints: custom-elements.json is missing: run `npm run analyze` first');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const pkg = JSON.parse(read('package.json'));
const dist = new URL('dist/', root);
mkdirSync(dist, { recursive: true });

// `export type Name = 'a' | 'b';` in the built declarations.
const aliases = new Map();
for (const file of readdirSync(dist, { recursive: true })) {
  if (!String(file).endsWith('.d.ts')) continue;
  for (const [, name, body] of readFileSync(join(dist.pathname, String(file)), 'utf8').matchAll(/export type (\w+) = ([^;=]+);/g)) {
    aliases.set(name, body.replace(/\s+/g, ' ').trim());
  }
}

/** The string literals a type allows (`'a' | 'b' | undefined` → ['a', 'b']), or undefined if it allows other values too. */
function literals(type = '', seen = new Set()) {
  const out = [];
  for (const part of type.split('|').map((p) => p.trim())) {
    if (part === 'undefined' || part === 'null' || part === '') continue;
    const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(part);
    if (quoted) out.push(quoted[1] ?? quoted[2]);
    else if (aliases.has(part) && !seen.has(part)) {
      seen.add(part);
      const inner = literals(aliases.get(part), seen);
      if (!inner) return undefined;
      out.push(...inner);
    } else return undefined;
  }
  return out.length ? out : undefined;
}

const isBoolean = (type = '') => type.split('|').every((p) => ['boolean', 'undefined'].includes(p.trim()));

const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const list = (title, items, name = (i) => i.name) =>
  items?.length ? `\n\n**${title}**\n${items.map((i) => `- \`${name(i) || '(default)'}\`${i.description ? ` — ${i.description}` : ''}`).join('\n')}` : '';

/** The element's documentation, in Markdown: summary, description, then its API in lists. */
const docs = (d) =>
  [d.summary, d.description].filter(Boolean).join('\n\n') +
  list('Events', d.events) +
  list('Slots', d.slots) +
  list('CSS parts', d.cssParts, (p) => `::part(${p.name})`) +
  list('CSS custom properties', d.cssProperties);

// Public properties that are settable (the manifest's `readonly` getters and methods left out).
const properties = (d) => (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public') && !m.readonly);

const html = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((d) => ({
    name: d.tagName,
    description: { kind: 'markdown', value: docs(d) },
    attributes: (d.attributes ?? []).map((a) => {
      const values = literals(a.type?.text);
      return {
        name: a.name,
        description: { kind: 'markdown', value: a.description ?? '' },
        ...(isBoolean(a.type?.text) ? { valueSet: 'v' } : values ? { values: values.map((name) => ({ name })) } : {}),
      };
    }),
  })),
};

/** `[name, tag, description]` of every element's parts (or custom properties), one entry per name. */
function merged(key) {
  const byName = new Map();
  for (const d of elements) for (const p of d[key] ?? []) (byName.get(p.name) ?? byName.set(p.name, []).get(p.name)).push(`\`<${d.tagName}>\`: ${p.description ?? ''}`);
  return [...byName].map(([name, lines]) => ({ name, description: lines.join('\n\n') }));
}

const css = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  properties: merged('cssProperties').map((p) => ({ ...p, description: { kind: 'markdown', value: p.description } })),
  pseudoElements: merged('cssParts').map((p) => ({ name: `::part(${p.name})`, description: { kind: 'markdown', value: p.description } })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((d) => ({
        name: d.tagName,
        description: docs(d),
        attributes: (d.attributes ?? []).map((a) => {
          const values = literals(a.type?.text);
          return {
            name: a.name,
            description: a.description,
            value: isBoolean(a.type?.text)
              ? { type: 'boolean', required: false }
              : { type: values ? values.map((v) => `'${v}'`).join(' | ') : (a.type?.text ?? 'string').replace(/ \| undefined$/, ''), required: false },
          };
        }),
        slots: (d.slots ?? []).map((s) => ({ name: s.name, description: s.description })),
        js: {
          properties: properties(d).map((m) => ({ name: m.name, description: m.description, type: m.type?.text })),
          events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description })),
        },
      })),
    },
    css: {
      properties: merged('cssProperties'),
      'pseudo-elements': merged('cssParts').map((p) => ({ ...p, name: `part(${p.name})` })),
    },
  },
};

const write = (name, value) => {
  writeFileSync(new URL(name, dist), JSON.stringify(value, null, 2) + '\n');
  return `dist/${name}`;
};
const written = [write('vscode.html-custom-data.json', html), write('vscode.css-custom-data.json', css), write('web-types.json', webTypes)];
console.log(`editor-hints: ${elements.length} elements → ${written.join(', ')}`);
