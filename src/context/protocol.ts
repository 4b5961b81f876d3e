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

/** `context-provider`: a provider starts answering (so consumers ask again and the nearest answers). */
const announce = (host: Element, context: unknown) =>
  host.dispatchEvent(Object.assign(new Event('context-provider', { bubbles: true, composed: true }), { context }));

/**
 * Asks for `context` whenever `host` connects, and hears every new value until it disconnects.
 * Unanswered (no provider around it yet: a `<news-source>` defined, upgraded or inserted later),
 * it asks again each time a provider announces itself, until one answers or it disconnects.
 */
export function consume<V>(host: Host, context: unknown, callback: (value: V) => void): void {
  let unsubscribe: (() => void) | undefined;
  let answered: boolean | undefined; // set on each connect, before it is read
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

/**
 * Answers requests for `context` from inside `host`, and tells subscribers of every change.
 * Until it is `on` (a `<news-source>` with nothing set yet), it lets requests through to a
 * provider around it; when it comes on inside another one, that one's consumers ask again,
 * so those inside it move to it (as @lit/context's providers do).
 */
export class ContextProvider<V> {
  /** Each subscriber's unsubscribe and the element that asked. */
  private readonly subscribers = new Map<ContextCallback<V>, [() => void, Element]>();
  private value?: V;
  private on = false;

  constructor(
    private readonly host: Host,
    private readonly context: unknown,
  ) {
    host.addEventListener('context-request', (e) => {
      const { context: wanted, callback, subscribe, contextTarget } = e as ContextRequestEvent<V>;
      if (wanted !== context || contextTarget == host || !this.on) return;
      e.stopPropagation();
      let unsubscribe: (() => void) | undefined;
      if (subscribe) {
        unsubscribe = this.subscribers.get(callback)?.[0] ?? (() => this.subscribers.delete(callback));
        this.subscribers.set(callback, [unsubscribe, contextTarget]);
      }
      callback(this.value as V, unsubscribe);
    });
    host.addEventListener('context-provider', (e) => {
      if ((e as Event & { context: unknown }).context === context && e.target != host) this.reask();
    });
    // Lets the elements that asked before this provider existed ask again (see `consume`).
    host.addController({ hostConnected: () => this.on && announce(host, context) });
  }

  /**
   * Each subscriber asks again, from its element: the nearest provider that answers takes it.
   * (The request is built here as in `consume`: a helper shared with it would add bytes to
   * every element, which carry `consume` but not the provider.)
   */
  private reask(): void {
    const context = this.context;
    for (const [callback, [, contextTarget]] of this.subscribers)
      contextTarget.dispatchEvent(
        Object.assign(new Event('context-request', { bubbles: true, composed: true }), { context, contextTarget, subscribe: true, callback }),
      );
  }

  /** The value to give; `on` false: not answering (requests go through to a provider around it). */
  setValue(value: V, on = true): void {
    const was = this.on;
    this.on = on;
    // Turned on: elements that went past it ask again; turned off (its setting removed): its
    // elements go to the provider around it, if any.
    if (on != was) on ? announce(this.host, this.context) : this.reask();
    if (value === this.value) return;
    this.value = value;
    for (const [callback, [unsubscribe]] of this.subscribers) callback(value, unsubscribe);
  }
}
