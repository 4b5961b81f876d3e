/**
 * Labels: every element ships English defaults; a site translates them once per language with
 * `registerLabels('fr', { retry: 'Réessayer' })`, or per element with the `labels` property.
 * The language is the element's `lang`, else the nearest ancestor's, else the document's.
 */
const registry = new Map<string, Record<string, string>>();

export function registerLabels(lang: string, labels: Record<string, string>): void {
  const key = lang.toLowerCase();
  registry.set(key, { ...registry.get(key), ...labels });
}

export function resolveLang(el: Element): string {
  // On a server (broadsheet/ssr) there is no document: the element's own `lang`, else English.
  if (typeof document == 'undefined') return el.getAttribute('lang') || 'en';
  return el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language || 'en';
}

export function localize<L extends object>(defaults: L, lang: string, overrides?: Partial<L>): L {
  const full = lang.toLowerCase();
  return { ...defaults, ...registry.get(full.split('-')[0]), ...registry.get(full), ...overrides } as L;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  // The replacer's value is made a string by `replace` itself.
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (values[k] ?? m) as string);
}

/**
 * Formatted texts by language and day (or minutes): a list's stories share a few days and
 * reading times, and formatting costs far more than looking up. The formatters share the store
 * as `d|lang` and `m|lang` (a text's key is its language, `|`, then a day or a number: never a
 * language that Intl accepts, the only ones that get a formatter).
 */
const texts: Record<string, any> = {};
const text = <T>(key: string, make: () => T): T => (texts[key] ??= make());

/** A date in the reader's language, e.g. "May 26, 2024"; '' for an unreadable date. */
export function formatDate(iso: string, lang: string): string {
  const d = new Date(iso);
  if (isNaN(d.getTime())) return '';
  return text(`${lang}|${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`, () => {
    try {
      return text(`d|${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })).format(d);
    } catch {
      return d.toISOString().slice(0, 10); // an invalid `lang` must not break rendering
    }
  });
}

/** "5 min" in the reader's language. */
export function formatMinutes(n: number, lang: string): string {
  return text(`${lang}|${n}`, () => {
    try {
      return text(`m|${lang}`, () => new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short' })).format(n);
    } catch {
      return `${n} min`;
    }
  });
}
