const made = new Map<string, TemplateStringsArray>();

/**
 * Template strings with a tag name written in, for Lit's `html` (what lit/static-html does, in
 * a fraction of its bytes): the same array for the same `key`, as Lit caches templates by it.
 * Only for names we choose — `span`, `h1`…`h6`, or a registered custom element's (which the registry
 * has validated) — never for text from data.
 */
export function tagged(key: string, parts: string[]): TemplateStringsArray {
  let strings = made.get(key);
  if (!strings) made.set(key, (strings = Object.assign(parts, { raw: parts })));
  return strings;
}
