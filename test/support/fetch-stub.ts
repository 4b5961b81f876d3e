/**
 * A programmable `fetch` for unit tests of the SDK's error paths: routes match on method and
 * URL, every request is recorded, and answers are real `Response` objects (so headers, status
 * and body parsing behave as in a browser).
 */
export interface StubRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string | null;
}

export type StubAnswer =
  | Response
  | { status?: number; json?: unknown; text?: string; headers?: Record<string, string> }
  | 'network-error'
  | 'hang';

export type StubHandler = (req: StubRequest, nth: number) => StubAnswer | Promise<StubAnswer>;

export interface FetchStub {
  fetch: typeof fetch;
  requests: StubRequest[];
  /** Adds a route; `match` is tested against `METHOD pathname+search`. Later routes win. */
  on(match: RegExp | string, handler: StubHandler | StubAnswer): FetchStub;
}

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json; charset=UTF-8', ...init.headers },
  });
}

export function createFetchStub(): FetchStub {
  const routes: { match: RegExp | string; handler: StubHandler; count: number }[] = [];
  const requests: StubRequest[] = [];

  const stub: FetchStub = {
    requests,
    on(match, handler) {
      routes.unshift({ match, handler: typeof handler === 'function' ? handler : () => handler, count: 0 });
      return stub;
    },
    fetch: (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const body = init.body == null ? null : typeof init.body === 'string' ? init.body : await request.text();
      const req: StubRequest = { method: request.method, url, headers: request.headers, body };
      requests.push(req);
      const key = `${req.method} ${url.pathname}${url.search}`;
      const route = routes.find((r) => (typeof r.match === 'string' ? key.includes(r.match) : r.match.test(key)));
      if (!route) return json({ code: 'rest_no_route', message: 'No route was found', data: { status: 404 } }, { status: 404 });
      const signal = init.signal ?? undefined;
      if (signal?.aborted) throw signal.reason;
      const answer = await route.handler(req, route.count++);
      if (answer === 'network-error') throw new TypeError('Failed to fetch');
      if (answer === 'hang') {
        return new Promise<Response>((_, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
      }
      if (answer instanceof Response) return answer;
      if (answer.text !== undefined) return new Response(answer.text, { status: answer.status ?? 200, headers: answer.headers });
      return json(answer.json, { status: answer.status, headers: answer.headers });
    }) as typeof fetch,
  };
  return stub;
}
