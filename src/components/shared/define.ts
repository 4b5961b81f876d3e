const warned = new Set<string>();

/**
 * Registers `tag` unless it is taken. A second registration — usually two copies or versions
 * of Broadsheet on one page (the CDN embed plus an app's npm copy) — must never throw: the first
 * definition wins, and we warn once per tag saying why.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || warned.has(tag)) return;
  warned.add(tag);
  console.warn(`[broadsheet] <${tag}> is already defined: load Broadsheet once per page.`);
}

/**
 * The tag under which `ctor` is registered, registering it as `fallback` when it is not, so a
 * composition (related-stories → article-card) works whatever name the site chose.
 */
export function tagFor(ctor: CustomElementConstructor, fallback: string): string {
  // Without getName (Chrome before 117, Safari before 17) an instance knows its tag; a class
  // registered nowhere throws ("Illegal constructor"), or has none in a server's DOM shim.
  try {
    const name = customElements.getName?.(ctor) || new ctor().localName;
    if (name) return name;
  } catch {}
  defineElement(fallback, ctor);
  // Defined as `fallback` now, or `fallback` is another class's (which then renders): the tag either way.
  return fallback;
}
