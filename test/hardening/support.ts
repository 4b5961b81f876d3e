/**
 * Helpers for the hardening suites: a canary that records any script the corpus manages to run,
 * an audit of everything the elements put in their shadow roots, layout checks, and a mount
 * that waits for nested Lit elements (a related-stories list renders cards of its own).
 */
import { waitUntil } from '../support/wait.js';

/** Elements that must never appear in a shadow root (they would load or run something). */
const FORBIDDEN = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'noscript', 'svg', 'math', 'portal', 'template']);
/** Attributes that hold URLs. */
const URL_ATTRS = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'ping', 'longdesc', 'lowsrc', 'dynsrc', 'imagesrcset'];

export interface Canary {
  /** Every payload that ran (its tag), every `alert()`, every CSP violation. */
  hits: string[];
  /** Uncaught script errors on the page while the canary was up. */
  errors: string[];
  /** Unhandled promise rejections while the canary was up. */
  rejections: string[];
  stop(): void;
}

/**
 * Starts recording: `window.__pwned = x` and `window.__pwn(x)` (what every payload tries),
 * `alert()`, `securitypolicyviolation` events, uncaught errors and unhandled rejections.
 */
export function canary(): Canary {
  const c: Canary = { hits: [], errors: [], rejections: [], stop };
  const w = window as any;
  const alert = window.alert;
  Object.defineProperty(window, '__pwned', { configurable: true, get: () => undefined, set: (v) => c.hits.push(String(v)) });
  w.__pwn = (v: unknown) => c.hits.push(String(v));
  window.alert = (m?: unknown) => void c.hits.push(`alert(${String(m)})`);
  const onViolation = (e: SecurityPolicyViolationEvent) => c.hits.push(`securitypolicyviolation: ${e.violatedDirective} ${e.blockedURI}`);
  const onError = (e: ErrorEvent) => {
    // Resource load errors (a picture that fails) are plain Events, not ErrorEvents.
    if (e instanceof ErrorEvent) c.errors.push(String(e.error?.stack ?? e.message));
  };
  const onRejection = (e: PromiseRejectionEvent) => c.rejections.push(String(e.reason?.stack ?? e.reason));
  document.addEventListener('securitypolicyviolation', onViolation);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  function stop() {
    document.removeEventListener('securitypolicyviolation', onViolation);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    window.alert = alert;
    delete w.__pwned;
    delete w.__pwn;
  }
  return c;
}

/** Every element inside `host`'s shadow root, and inside the shadow roots of elements there. */
export function shadowElements(host: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return out;
}

/** The URLs of a `srcset` value, parsed as the HTML standard does (a URL is a run of non-space). */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i])) i++;
    let j = i;
    while (j < value.length && !/\s/.test(value[j])) j++;
    let url = value.slice(i, j);
    i = j;
    if (!url) break;
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      // descriptors, up to the next comma outside parentheses
      let depth = 0;
      while (i < value.length && (depth || value[i] != ',')) {
        if (value[i] == '(') depth++;
        if (value[i] == ')') depth--;
        i++;
      }
    }
    urls.push(url);
  }
  return urls;
}

/** An absolute http(s) URL without credentials (`https://trusted.example@evil.example/` is a phishing trick). */
const isHttp = (u: string) => {
  if (!/^https?:\/\//i.test(u)) return false;
  try {
    const url = new URL(u);
    return /^https?:$/.test(url.protocol) && !url.username && !url.password;
  } catch {
    return false;
  }
};

/**
 * What `host` rendered that it must not have: forbidden elements, event-handler attributes,
 * inline `style` attributes, and any URL attribute that is not an absolute http(s) URL (or
 * that carries credentials).
 * Returns descriptions of the problems (empty when clean).
 */
export function audit(host: Element): string[] {
  const problems: string[] = [];
  for (const el of shadowElements(host)) {
    const name = el.localName;
    if (FORBIDDEN.has(name)) problems.push(`<${name}> in the shadow root of <${host.localName}>`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`${attr.name}= on <${name}>`);
      if (attr.name == 'style') problems.push(`style= on <${name}> (${attr.value.slice(0, 60)})`);
      if (!URL_ATTRS.includes(attr.name)) continue;
      const urls = attr.name.endsWith('srcset') ? srcsetUrls(attr.value) : [attr.value];
      for (const u of urls) if (!isHttp(u)) problems.push(`${attr.name}="${u.slice(0, 80)}" on <${name}>`);
    }
    if (el instanceof HTMLAnchorElement && el.hasAttribute('href') && !/^https?:$/.test(el.protocol)) problems.push(`<a> resolves to ${el.protocol}`);
    if (el instanceof HTMLImageElement && el.currentSrc && !isHttp(el.currentSrc)) problems.push(`<img> picked ${el.currentSrc.slice(0, 80)}`);
  }
  return problems;
}

/**
 * Layout problems of `host` in its container: wider than the container, content wider than
 * its box (a long word that did not wrap), or a box part wider than itself.
 */
export function overflow(host: HTMLElement, boxParts: string[] = ['card', 'bio', 'region', 'form', 'comment']): string[] {
  const problems: string[] = [];
  // The nearest ancestor with a box (<news-source> is `display: contents`).
  let container = host.parentElement!;
  while (getComputedStyle(container).display == 'contents') container = container.parentElement!;
  const hr = host.getBoundingClientRect();
  const cr = container.getBoundingClientRect();
  if (hr.width > cr.width + 0.5) problems.push(`<${host.localName}> is ${hr.width}px wide in a ${cr.width}px container`);
  if (host.scrollWidth > host.clientWidth + 1) problems.push(`<${host.localName}> content is ${host.scrollWidth}px wide in ${host.clientWidth}px`);
  if (container.scrollWidth > container.clientWidth + 1) problems.push(`the container scrolls sideways (${container.scrollWidth}px in ${container.clientWidth}px)`);
  for (const el of shadowElements(host)) {
    const parts = (el.getAttribute('part') ?? '').split(/\s+/);
    if (!boxParts.some((p) => parts.includes(p))) continue;
    if (el.scrollWidth > el.clientWidth + 1) problems.push(`part ${parts.join(' ')} is ${el.scrollWidth}px wide in ${el.clientWidth}px`);
    const r = el.getBoundingClientRect();
    if (r.right > hr.right + 1 || r.left < hr.left - 1) problems.push(`part ${parts.join(' ')} sticks out of <${host.localName}> (${r.left}–${r.right} vs ${hr.left}–${hr.right})`);
  }
  return problems;
}

/** Every Lit element in `root`'s light and shadow trees. */
function litElements(root: Element): { updateComplete: Promise<unknown> }[] {
  const out: { updateComplete: Promise<unknown> }[] = [];
  const visit = (el: Element) => {
    if ('updateComplete' in el) out.push(el as unknown as { updateComplete: Promise<unknown> });
    el.shadowRoot?.querySelectorAll('*').forEach(visit);
  };
  visit(root);
  root.querySelectorAll('*').forEach(visit);
  return out;
}

/** Waits until every Lit element under `root` (in any shadow root) has finished updating. */
export async function settle(root: Element): Promise<void> {
  for (let n = -1, i = 0; i < 10; i++) {
    const els = litElements(root);
    await Promise.all(els.map((e) => e.updateComplete));
    if (els.length == n) return;
    n = els.length;
  }
}

/** A container of `width` px appended to <body> (not a fixture `<div>`, which hostile page CSS may hide). */
export function stage(width = 320, tag = 'main'): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute('data-hardening-stage', '');
  el.style.cssText = `display:block;inline-size:${width}px;`;
  document.body.append(el);
  return el;
}

export function clearStages(): void {
  for (const el of document.querySelectorAll('[data-hardening-stage]')) el.remove();
}

/** Creates `<tag>` with `props` set (before it is connected) and appends it to `parent`. */
export function make<T extends HTMLElement>(parent: Element, tag: string, props: Record<string, unknown> = {}, attrs: Record<string, string> = {}): T {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  parent.append(el);
  return el;
}

/** Lets pending handlers run: picture load errors and timers that a payload might use. */
export const drain = () => new Promise((r) => setTimeout(r, 150));

export const statusOf = (el: Element) => (el as unknown as { status: string }).status;
export const waitStatus = (el: Element, status: string | string[], what = `<${el.localName}>`) =>
  waitUntil(() => [status].flat().includes(statusOf(el)), `${what} did not become ${status} (is ${statusOf(el)})`);
