// @custom-elements-manifest/analyzer 0.11.0 settings (`npm run analyze` → custom-elements.json).
// Globs and flags are in the `analyze` npm script; this file holds one small plugin that teaches
// the analyzer how Broadsheet's elements are written:
//
// 1. Tags are registered with `defineElement('article-card', ArticleCard)` (a guarded define in
//    a separate define.ts), which the analyzer does not know: without help no class gets a
//    `tagName`, so tools (Storybook's docs, IDEs, React wrapper generators) cannot find them.
//    The plugin links each tag to its class and adds the `custom-element-definition` export to
//    the define module. (Alternative for authors: a `@tagname article-card` JSDoc tag.)
// 2. Lit's `static properties = { _x: { state: true } }` is listed as an *attribute* by the
//    analyzer (it only checks `attribute: false`). The plugin drops those attributes.
//    (Alternative for authors: `{ state: true, attribute: false }`.)
// 3. `dispatchEvent(new CustomEvent(type, …))` with a variable name (the shared `emit()`
//    helper) becomes an event literally named "type". The plugin drops such events; the real
//    ones are documented with `@fires`.
// 4. Private members (`private` / `#x`) are implementation details: left out of the manifest.
// 5. `export { ArticleCard } from`-style re-exports in define.ts point at the class's own module.
// 6. Inherited members keep their base class's type parameters (`data: T`, `labels: Partial<L>`);
//    the plugin fills them in from the `extends LoadableElement<Article, ArticleCardLabels>` clause.
// 7. Module paths name what the package ships (`dist/components/article-card/article-card.js`),
//    not the TypeScript sources, which are not published.

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function broadsheetPlugin() {
  const defines = []; // { tag, className, module }
  const stateProps = new Map(); // className → Set(prop)
  const dynamicEvents = new Map(); // className → Set(identifier used as the event name)
  const generics = new Map(); // className → { params: ['T', 'L'], superName, superArgs: ['Article', …] }
  const add = (map, key, value) => (map.get(key) ?? map.set(key, new Set()).get(key)).add(value);

  return {
    name: 'broadsheet',
    analyzePhase({ ts, node, moduleDoc }) {
      // defineElement('tag', Class)
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'defineElement' &&
        node.arguments.length >= 2 &&
        ts.isStringLiteralLike(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        defines.push({ tag: node.arguments[0].text, className: node.arguments[1].text, module: moduleDoc.path });
      }
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const className = node.name.text;
      const heritage = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      generics.set(className, {
        params: (node.typeParameters ?? []).map((p) => p.name.text),
        superName: heritage?.expression.getText(),
        superArgs: (heritage?.typeArguments ?? []).map((a) => a.getText()),
      });
      for (const member of node.members) {
        // static properties = { name: { state: true } }
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (isStatic && member.name?.getText() === 'properties' && member.initializer && ts.isObjectLiteralExpression(member.initializer)) {
          for (const prop of member.initializer.properties) {
            if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
            const state = prop.initializer.properties.some(
              (o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
            );
            if (state) add(stateProps, className, prop.name.getText());
          }
        }
      }
      // new CustomEvent(variable, …)
      const visit = (n) => {
        if (
          ts.isNewExpression(n) &&
          /^(Custom)?Event$/.test(n.expression.getText()) &&
          n.arguments?.length &&
          !ts.isStringLiteralLike(n.arguments[0])
        ) {
          add(dynamicEvents, className, n.arguments[0].getText());
        }
        ts.forEachChild(n, visit);
      };
      ts.forEachChild(node, visit);
    },

    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map(); // name → { decl, module }
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) if (decl.kind === 'class') classes.set(decl.name, { decl, module: mod.path });
      }
      // Does `decl` own `name`, or inherit it from a class in `names`?
      const from = (item, owner, names) => (item.inheritedFrom ? names.has(item.inheritedFrom.name) : names.has(owner));

      for (const mod of customElementsManifest.modules) {
        // The guarded define's own `customElements.define(tag, ctor)` is not a definition.
        mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === 'tag' && e.declaration?.name === 'ctor'));
        for (const e of mod.exports) {
          const found = classes.get(e.declaration?.name);
          const local = (mod.declarations ?? []).some((d) => d.name === e.declaration?.name);
          if (e.kind === 'js' && found && !local && e.declaration.module === mod.path) e.declaration.module = found.module;
        }
      }

      for (const { tag, className, module } of defines) {
        const found = classes.get(className);
        if (!found) continue;
        found.decl.tagName = tag;
        found.decl.customElement = true;
        const mod = customElementsManifest.modules.find((m) => m.path === module);
        if (mod && !mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
          mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: found.module } });
        }
      }

      // Type parameters of each ancestor, as seen from `name`: { LoadableElement: {T: 'Article', L: …}, … }
      const bindings = (name) => {
        const out = {};
        let map = {};
        for (let g = generics.get(name); g?.superName && generics.has(g.superName); g = generics.get(g.superName)) {
          const sup = generics.get(g.superName);
          const args = g.superArgs.map((a) => a.replace(/\b[A-Z]\w*\b/g, (w) => map[w] ?? w));
          map = Object.fromEntries(sup.params.map((p, i) => [p, args[i] ?? p]));
          out[g.superName] = map;
        }
        return out;
      };
      for (const { decl } of classes.values()) {
        const bound = bindings(decl.name);
        for (const item of [...(decl.members ?? []), ...(decl.attributes ?? []), ...(decl.events ?? [])]) {
          const map = bound[item.inheritedFrom?.name];
          if (map && item.type?.text) item.type = { ...item.type, text: item.type.text.replace(/\b[A-Z]\w*\b/g, (w) => map[w] ?? w) };
        }
      }

      for (const { decl } of classes.values()) {
        // Which classes (this one and its ancestors, by name) declared each state prop / dynamic event.
        const stateOwners = [...stateProps].filter(([, props]) => props.size);
        decl.attributes = (decl.attributes ?? []).filter(
          (a) => !stateOwners.some(([owner, props]) => props.has(a.fieldName ?? a.name) && from(a, decl.name, new Set([owner]))),
        );
        decl.members = (decl.members ?? [])
          .filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'))
          .map((m) => {
            const isState = stateOwners.some(([owner, props]) => props.has(m.name) && from(m, decl.name, new Set([owner])));
            if (!isState) return m;
            const { attribute, reflects, ...rest } = m;
            return rest;
          });
        decl.events = (decl.events ?? []).filter(
          (ev) => !(!ev.description && [...dynamicEvents].some(([owner, ids]) => ids.has(ev.name) && from(ev, decl.name, new Set([owner])))),
        );
        if (!decl.attributes.length) delete decl.attributes;
        if (!decl.events.length) delete decl.events;
      }

      // src/x.ts (or /src/x.js, as the analyzer writes superclass modules) → dist/x.js
      const shipped = (node) => {
        if (Array.isArray(node)) return node.forEach(shipped);
        if (!node || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'path' || key === 'module') && typeof value === 'string') {
            node[key] = value.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/$1.js');
          } else shipped(value);
        }
      };
      shipped(customElementsManifest.modules);
    },
  };
}

export default {
  // Never rewrite package.json (it already names the manifest in `customElements`).
  packagejson: false,
  plugins: [broadsheetPlugin()],
};
