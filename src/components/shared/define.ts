import { ContextRequestEvent } from '../../context/protocol.js';

const warned = new Set<string>();
let waiting = false;

type Callback = (value: unknown, unsubscribe?: () => void) => void;
interface Pending {
  context: unknown;
  el: WeakRef<Element>;
  cb: WeakRef<Callback>;
}

/**
 * Keeps the requests for a client that no `<news-source>` answered yet (an element upgraded
 * before the source around it) and replays them when a source appears: what @lit/context's
 * ContextRoot does, except that requests from elements no longer in the document are dropped
 * (a reconnected element asks again), so elements created and removed outside any source (the
 * `.data` cards of an app's lists) never pile up. ContextRoot keeps two WeakRefs per request
 * for the life of the page.
 */
function waitForSources(root: Element): void {
  let pending: Pending[] = [];
  let limit = 64;
  root.addEventListener('context-request', (e) => {
    const { context, callback, subscribe, contextTarget } = e as ContextRequestEvent<unknown>;
    if (!subscribe) return;
    if (pending.length >= limit) {
      pending = pending.filter((p) => p.el.deref()?.isConnected && p.cb.deref());
      limit = Math.max(64, 2 * pending.length);
    }
    pending.push({ context, el: new WeakRef(contextTarget ?? (e.composedPath()[0] as Element)), cb: new WeakRef(callback as Callback) });
  });
  root.addEventListener('context-provider', (e) => {
    const { context } = e as Event & { context: unknown };
    const replay = pending.filter((p) => p.context === context);
    pending = pending.filter((p) => p.context !== context);
    for (const p of replay) {
      const el = p.el.deref();
      const cb = p.cb.deref();
      if (el && cb) el.dispatchEvent(new ContextRequestEvent(context, el, cb, true));
    }
  });
}

/**
 * Registers `tag` unless it is taken. A second registration — usually two copies or versions
 * of Broadsheet on one page (the CDN embed plus an app's npm copy) — must never throw: the first
 * definition wins, and we warn once per tag saying why.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  // Elements may upgrade before the <news-source> around them (registration order, lazy
  // loading): the root keeps their requests for a client and answers them when it appears.
  // On a server (broadsheet/ssr) there is no document and nothing to wait for.
  if (!waiting && typeof document != 'undefined') waitForSources(document.documentElement), (waiting = true);
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `[broadsheet] <${tag}> is already defined by another copy of Broadsheet (or another library); ` +
      `keeping the first definition. Load Broadsheet once per page.`,
  );
}

/**
 * The tag under which `ctor` is registered, registering it as `fallback` when it is not, so a
 * composition (related-stories → article-card) works whatever name the site chose.
 */
export function tagFor(ctor: CustomElementConstructor, fallback: string): string {
  const name = customElements.getName?.(ctor);
  if (name) return name;
  defineElement(fallback, ctor);
  return customElements.getName?.(ctor) ?? fallback;
}
