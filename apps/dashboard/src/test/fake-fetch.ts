/**
 * A stand-in for window.fetch (jsdom has none): each call is matched to a handler by
 * method and path; unmatched calls fail the test loudly.
 */
export interface FakeReply {
  status?: number;
  body?: unknown;
}

export type FetchHandler = (request: { method: string; path: string; body: unknown }) => FakeReply | Promise<FakeReply>;

export interface FetchCall {
  method: string;
  path: string;
  body: unknown;
}

export function installFakeFetch(routes: Record<string, FetchHandler>): { calls: FetchCall[]; headers: Record<string, string>[]; restore: () => void } {
  const calls: FetchCall[] = [];
  /** The headers of each call, in the order of `calls`. */
  const headers: Record<string, string>[] = [];
  const original = globalThis.fetch;
  const fake = async (input: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const path = String(input);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, path, body });
    headers.push({ ...((init.headers as Record<string, string> | undefined) ?? {}) });
    const handler = routes[`${method} ${path}`];
    if (!handler) throw new Error(`Unexpected request ${method} ${path}`);
    const reply = await handler({ method, path, body });
    const status = reply.status ?? 200;
    if (init.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    return {
      ok: status >= 200 && status < 300,
      status,
      statusText: String(status),
      text: async () => (reply.body === undefined ? '' : JSON.stringify(reply.body)),
    };
  };
  globalThis.fetch = fake as unknown as typeof fetch;
  return {
    calls,
    headers,
    restore: () => {
      globalThis.fetch = original;
    },
  };
}

/** A promise the test resolves when it chooses, to hold a request in flight. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
