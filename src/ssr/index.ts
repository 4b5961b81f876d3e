/**
 * `broadsheet/ssr` (Node): renders Broadsheet elements to HTML with Declarative Shadow DOM,
 * using @lit-labs/ssr, so a page shows its cards, author box and comment form before any
 * JavaScript runs (and for crawlers and readers without it).
 *
 * ```js
 * import { renderElement } from 'broadsheet/ssr';
 * const html = await renderElement('article-card', { article: '101', client, variant: 'hero' });
 * ```
 *
 * The data an element rendered with travels in the page, as JSON in an inert
 * `<script type="application/json" data-broadsheet>` child that the element reads before its
 * first render: in the browser it hydrates (with `@lit-labs/ssr-client/lit-element-hydrate-support.js`
 * loaded before the elements) without fetching again and without changing what is shown.
 *
 * Data is loaded here, before rendering, through the client given as `client` (or the element's
 * own `api`), with the element's own loading logic. Context (`<news-source>`) is not resolved
 * during server rendering, so give each element its client.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { defaultConverter, html, type PropertyDeclaration, type ReactiveElement, type TemplateResult } from 'lit';
import type { NewsClient } from '../sdk/client.js';
import { LoadableElement } from '../components/shared/loadable-element.js';
import { articleJsonLd, personJsonLd, scriptJson, type JsonLd } from '../components/shared/json-ld.js';
// Registers every element (on the server's DOM shim) under its default tag.
import { ArticleCard, AuthorBio } from '../index.js';

export { articleJsonLd, personJsonLd, scriptJson };
export type { JsonLd, JsonLdPublisher } from '../components/shared/json-ld.js';

/**
 * What to render: the element's properties by name (`headingLevel`) or attributes by name
 * (`'heading-level'`), plus any other attribute (`lang`, `class`, `id`…). Strings, numbers and
 * booleans of attributes are written as attributes; object-valued properties (`data`,
 * `labels`) are set as properties on the server only; `client` is used to load data and
 * never rendered.
 */
export interface RenderProps {
  /** Loads the element's data (by `article`, `author`…) before rendering. */
  client?: NewsClient;
  /** The data to show; nothing is loaded. */
  data?: unknown;
  [name: string]: unknown;
}

export interface RenderElementOptions {
  /**
   * Trusted HTML for the element's light DOM, after its shadow root: a fallback link, or
   * content already rendered (a `<news-source>`'s children). Never put unescaped CMS text here.
   */
  children?: string;
  /**
   * Write the data into the page so the browser does not fetch it again. Default true. Only
   * `false` for pages that never load the elements (an email, a feed, an archive without
   * scripts): an element that hydrates needs the data it was rendered with, and without it
   * renders its skeleton over the server's content.
   */
  embedData?: boolean;
  /**
   * `false`: no shadow root, only the element's tag, attributes and light DOM (the embedded data
   * and `children`), for an element whose fallback content should show until it upgrades, e.g.
   * a `<comment-form>` around the CMS's own form for readers without JavaScript.
   */
  shadow?: boolean;
  /** Aborts loading. */
  signal?: AbortSignal;
}

type Ctor = typeof ReactiveElement & (new () => ReactiveElement);
interface Loadable {
  data?: unknown;
  client?: NewsClient;
  loadKey(): string | undefined;
  load(client: NewsClient, signal: AbortSignal): Promise<unknown>;
}

const TAG = /^[a-z][a-z0-9._-]*-[a-z0-9._-]*$/;
const ATTRIBUTE = /^[a-z_:][-a-z0-9_:.]*$/i;
const PROPERTY = /^[a-z_$][\w$]*$/i;

/** The custom element class registered as `tag`. */
function elementClass(tag: string): Ctor {
  if (!TAG.test(tag)) throw new TypeError(`renderElement: "${tag}" is not a custom element name`);
  const ctor = customElements.get(tag) as Ctor | undefined;
  if (!ctor?.elementProperties) throw new TypeError(`renderElement: <${tag}> is not a registered Lit element`);
  return ctor;
}

interface Plan {
  element: ReactiveElement & Record<string, unknown>;
  /** [attribute name, value]; `true` is a boolean attribute. */
  attributes: [string, string | true][];
  properties: [string, unknown][];
}

/** Sorts `props` into attributes and properties, and sets them on a detached instance (to load with). */
function plan(tag: string, props: RenderProps): Plan {
  const ctor = elementClass(tag);
  const element = new (ctor as unknown as new () => Plan['element'])();
  const declared = ctor.elementProperties as Map<PropertyKey, PropertyDeclaration>;
  const byAttribute = new Map<string, string>();
  for (const [name, d] of declared) {
    if (typeof name == 'string' && d.attribute !== false && !d.state) byAttribute.set(typeof d.attribute == 'string' ? d.attribute : name.toLowerCase(), name);
  }
  const attributes: Plan['attributes'] = [];
  const properties: Plan['properties'] = [];
  for (let [key, value] of Object.entries(props)) {
    if (key == 'client' || value == null) continue;
    const byAttr = byAttribute.get(key);
    const name = byAttr ?? key;
    const d = declared.get(name);
    if (d?.state) continue;
    if (d && d.attribute !== false) {
      const attr = typeof d.attribute == 'string' ? d.attribute : name.toLowerCase();
      const converter = (typeof d.converter == 'object' && d.converter) || defaultConverter;
      // An attribute's string ('heading-level': '2'), read as the element would read it.
      if (byAttr !== undefined && byAttr !== key && typeof value == 'string') value = converter.fromAttribute!(value, d.type);
      if (d.type === Boolean) value = !!value;
      element[name] = value;
      const text = converter.toAttribute!(value, d.type) as string | null | undefined;
      if (text != null) attributes.push([attr, d.type === Boolean ? true : String(text)]);
    } else if (d || typeof value == 'object' || typeof value == 'function') {
      if (!PROPERTY.test(name)) throw new TypeError(`renderElement: "${name}" is not a property name`);
      element[name] = value;
      properties.push([name, value]);
    } else {
      if (!ATTRIBUTE.test(key)) throw new TypeError(`renderElement: "${key}" is not an attribute name`);
      if (value !== false) attributes.push([key, value === true ? true : String(value)]);
      if (key == 'lang') element.setAttribute('lang', String(value));
    }
  }
  return { element, attributes, properties };
}

/**
 * The data `renderElement` would show: `props.data`, else what the element loads for its
 * key (`article`, `author`, `mode`…) through `props.client` or its own `api`; undefined when
 * there is nothing to load. Rejects with the client's `BroadsheetError`.
 */
export async function loadElementData(tag: string, props: RenderProps = {}, options: { signal?: AbortSignal } = {}): Promise<unknown> {
  return load(plan(tag, props), props.client, options.signal);
}

async function load({ element }: Plan, client: NewsClient | undefined, signal = new AbortController().signal): Promise<unknown> {
  if (!(element instanceof LoadableElement)) return undefined;
  const el = element as unknown as Loadable;
  if (el.data !== undefined) return el.data;
  client ??= el.client; // the element's own `api`
  return client && el.loadKey() !== undefined ? el.load(client, signal) : undefined;
}

/** schema.org JSON-LD for an element with `structured-data`, as it writes it in the browser. */
function jsonLdFor(element: Plan['element'], data: unknown): JsonLd | undefined {
  if (!element.structuredData || data === undefined) return undefined;
  if (element instanceof ArticleCard) return articleJsonLd(data as never);
  if (element instanceof AuthorBio) return personJsonLd(data as never);
  return undefined;
}

/** `<script type="application/ld+json">` for a page's `<head>`, e.g. `jsonLdScript(articleJsonLd(article, { publisher }))`. */
export function jsonLdScript(value: JsonLd): string {
  return `<script type="application/ld+json">${scriptJson(value)}</script>`;
}

/**
 * The embedded copy, with the key it was rendered for (the element trusts it for that key
 * only), leaves out `contentHtml` (article bodies), which no element shows.
 */
const dataScript = (data: unknown, key: unknown): string =>
  `<script type="application/json" data-broadsheet="${escapeAttribute(String(key ?? ''))}">${scriptJson(JSON.parse(JSON.stringify(data, (k, v) => (k == 'contentHtml' ? undefined : v))))}</script>`;

/** The light DOM: the embedded data, the JSON-LD, then `children`. */
function lightDom(p: Plan, data: unknown, options: RenderElementOptions): string {
  const ld = jsonLdFor(p.element, data);
  return (
    (data !== undefined && options.embedData !== false && p.element instanceof LoadableElement ? dataScript(data, (p.element as unknown as Loadable).loadKey()) : '') +
    (ld ? `<script type="application/ld+json" data-broadsheet>${scriptJson(ld)}</script>` : '') +
    (options.children ?? '')
  );
}

const escapeAttribute = (value: string): string => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The element with its shadow root; the light DOM is added by the caller. */
function template(tag: string, p: Plan, data: unknown): TemplateResult {
  const properties = p.properties.filter(([name]) => name != 'data');
  if (data !== undefined) properties.push(['data', data]);
  // A template built at run time: names are checked above, values are bound (so escaped by Lit).
  const strings: string[] = [];
  const values: unknown[] = [];
  let current = `<${tag}`;
  const bind = (value: unknown, next = '') => {
    strings.push(current);
    values.push(value);
    current = next;
  };
  for (const [name, value] of p.attributes) {
    current += ` ${name}`;
    if (value !== true) (current += '="'), bind(value, '"');
  }
  for (const [name, value] of properties) (current += ` .${name}=`), bind(value);
  strings.push(current + `></${tag}>`);
  return html(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, ...values);
}


/**
 * Renders one element to HTML with Declarative Shadow DOM, loading its data first (see
 * `loadElementData`). The HTML embeds the data, and with `structuredData: true` on
 * `<article-card>` or `<author-bio>` it carries the schema.org JSON-LD in the light DOM.
 * Rejects when loading fails (e.g. a `not-found` `BroadsheetError`): render it without
 * `client` to leave the loading to the browser, or leave it out.
 */
export async function renderElement(tag: string, props: RenderProps = {}, options: RenderElementOptions = {}): Promise<string> {
  const p = plan(tag, props);
  const data = await load(p, props.client, options.signal);
  if (options.shadow === false) {
    const attributes = p.attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
    return `<${tag}${attributes}>${lightDom(p, data, options)}</${tag}>`;
  }
  const html = await collectResult(render(template(tag, p, data)));
  // The light DOM goes in as a string: given to Lit (unsafeHTML), the server would render the
  // custom elements in it a second time. The element's own end tag is the last one.
  const end = html.lastIndexOf(`</${tag}>`);
  return html.slice(0, end) + lightDom(p, data, options) + html.slice(end);
}
