// scripts/editor-hints.mjs: VS Code custom data and JetBrains web-types from the manifest
// (`npm run build` first, which writes custom-elements.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const json = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

test('every element, attribute, value, event, slot, part and custom property reaches the editors', () => {
  const run = spawnSync(process.execPath, ['scripts/editor-hints.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const manifest = json('custom-elements.json');
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  assert.deepEqual(elements.map((d) => d.tagName).sort(), ['article-card', 'author-bio', 'comment-form', 'news-source', 'related-stories']);

  const vscode = json('dist/vscode.html-custom-data.json');
  const vscodeCss = json('dist/vscode.css-custom-data.json');
  const pkg = json('package.json');
  const webTypes = json(pkg['web-types']);
  assert.equal(webTypes.name, 'broadsheet');
  assert.equal(webTypes.version, pkg.version);

  for (const d of elements) {
    const tag = vscode.tags.find((t) => t.name === d.tagName);
    const wt = webTypes.contributions.html.elements.find((e) => e.name === d.tagName);
    assert.ok(tag && wt, `<${d.tagName}> in both files`);
    assert.ok(tag.description.value.startsWith(d.summary), 'the summary opens the docs');
    assert.deepEqual(tag.attributes.map((a) => a.name), d.attributes.map((a) => a.name), `<${d.tagName}> attributes (VS Code)`);
    assert.deepEqual(wt.attributes.map((a) => a.name), d.attributes.map((a) => a.name), `<${d.tagName}> attributes (web-types)`);
    assert.deepEqual(wt.js.events.map((e) => e.name), (d.events ?? []).map((e) => e.name), `<${d.tagName}> events`);
    assert.deepEqual(wt.slots.map((s) => s.name), (d.slots ?? []).map((s) => s.name), `<${d.tagName}> slots`);
    for (const e of d.events ?? []) assert.ok(tag.description.value.includes(`\`${e.name}\``), `VS Code docs list ${e.name}`);
    for (const p of d.cssParts ?? []) {
      assert.ok(vscodeCss.pseudoElements.some((x) => x.name === `::part(${p.name})`), `::part(${p.name})`);
      assert.ok(webTypes.contributions.css['pseudo-elements'].some((x) => x.name === `part(${p.name})`));
    }
    for (const p of d.cssProperties ?? []) assert.ok(vscodeCss.properties.some((x) => x.name === p.name), p.name);
  }

  const attr = (tag, name) => vscode.tags.find((t) => t.name === tag).attributes.find((a) => a.name === name);
  assert.deepEqual(attr('article-card', 'variant').values.map((v) => v.name), ['stacked', 'horizontal', 'compact', 'hero'], 'a type alias expands to its values');
  assert.deepEqual(attr('related-stories', 'mode').values.map((v) => v.name), ['related', 'latest']);
  assert.equal(attr('article-card', 'structured-data').valueSet, 'v', 'a boolean attribute takes no value');
  assert.equal(attr('article-card', 'article').values, undefined, 'a free string has no value list');
  const wtVariant = webTypes.contributions.html.elements.find((e) => e.name === 'article-card').attributes.find((a) => a.name === 'variant');
  assert.equal(wtVariant.value.type, "'stacked' | 'horizontal' | 'compact' | 'hero'");
  const props = webTypes.contributions.html.elements.find((e) => e.name === 'article-card').js.properties.map((p) => p.name);
  assert.ok(props.includes('data') && props.includes('labels') && !props.includes('status'), 'settable properties only');
});

test('every --bs-* custom property an element’s styles read is listed in its manifest entry', async () => {
  // The server's DOM shim is enough to register the elements and read their stylesheets' text.
  await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  await import('../../dist/index.js');
  const manifest = json('custom-elements.json');
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  for (const d of elements) {
    const css = customElements.get(d.tagName).elementStyles.map((s) => s.cssText).join('\n');
    const read = new Set([...css.matchAll(/var\((--bs-[\w-]+)/g)].map((m) => m[1]));
    const listed = new Set((d.cssProperties ?? []).map((p) => p.name));
    const missing = [...read].filter((p) => !listed.has(p));
    assert.deepEqual(missing, [], `<${d.tagName}> reads ${missing.join(', ')} without listing it (@cssprop in its JSDoc)`);
  }
});
