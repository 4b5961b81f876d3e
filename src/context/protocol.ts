import type { ReactiveControllerHost } from 'lit';

/**
 * The part of the community context protocol (the one @lit/context implements) that Broadsheet
 * uses: one value, subscribed to. Same event names and shapes, so @lit/context consumers and
 * providers, and other copies of Broadsheet, interoperate with ours; a fraction of the bytes.
 */
export type ContextCallback<V> = (value: V, unsubscribe?: () => void) => void;
type Host = ReactiveControllerHost & HTMLElement;

/** `context-request`: an element asks the nearest provider above it for a value. */
export interface ContextRequestEvent<V> extends Event {
  readonly context: unknown;
  readonly contextTarget: Element;
  readonly callback: ContextCallback<V>;
  readonly subscribe?: boolean;
}

/**
 * Asks for `context` whenever `host` connects, and hears every new value until it disconnects.
 * Unanswered (no provider around it yet: a `<news-source>` defined, upgraded or inserted later),
 * it asks again each time a provider announces itself, until one answers or it disconnects.
 */
export function consume<V>(host: Host, context: unknown, callback: (value: V) => void): void {
  let unsubscribe: (() => void) | undefined;
  let answered = false;
  // A plain event with the protocol's fields: what @lit/context's ContextRequestEvent carries.
  const ask = () =>
    host.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context,
        contextTarget: host,
        subscribe: true,
        callback: (value: V, unsub?: () => void) => {
          answered = true;
          document.removeEventListener('context-provider', retry);
          // Another provider answering (a source defined late, nearer): leave the old one.
          if (unsubscribe != unsub) unsubscribe?.();
          unsubscribe = unsub;
          callback(value);
          // Even the same value again (a reconnected element): let the host look at it anew.
          host.requestUpdate();
        },
      }),
    );
  const retry = (e: Event) => (e as Event & { context: unknown }).context === context && ask();
  host.addController({
    hostConnected() {
      answered = false;
      ask();
      if (!answered) document.addEventListener('context-provider', retry);
    },
    hostDisconnected() {
      document.removeEventListener('context-provider', retry);
      unsubscribe?.();
      unsubscribe = undefined;
    },
  });
}

/** Answers requests for `context` from inside `host`, and tells subscribers of every change. */
export class ContextProvider<V> {
  private readonly subscribers = new Map<ContextCallback<V>, () => void>();
  private value?: V;

  constructor(host: Host, context: unknown) {
    host.addEventListener('context-request', (e) => {
      const { context: wanted, callback, subscribe, contextTarget } = e as ContextRequestEvent<V>;
      if (wanted !== context || contextTarget == host) return;
      e.stopPropagation();
      let unsubscribe: (() => void) | undefined;
      if (subscribe) {
        unsubscribe = this.subscribers.get(callback) ?? (() => this.subscribers.delete(callback));
        this.subscribers.set(callback, unsubscribe);
      }
      callback(this.value as V, unsubscribe);
    });
    // Lets the elements that asked before this provider existed ask again (see `consume`).
    host.addController({
      hostConnected: () => host.dispatchEvent(Object.assign(new Event('context-provider', { bubbles: true, composed: true }), { context })),
    });
  }

  setValue(value: V): void {
    if (value === this.value) return;
    this.value = value;
    for (const [callback, unsubscribe] of this.subscribers) callback(value, unsubscribe);
  }
}
