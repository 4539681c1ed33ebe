import type { Role, SessionView } from '@amhp/contracts';

/** A signed-in session for component tests. */
export function sessionFor(roles: Role[], overrides: Partial<SessionView> = {}): SessionView {
  return {
    user: { id: 'user-1', email: 'pat.example@amhp-hub.test', displayName: 'Pat Example', roles, authSource: 'local' },
    csrfToken: 'csrf-token-1',
    expiresAt: '2026-11-25T21:00:00.000Z',
    idleMinutes: 30,
    mustChangePassword: false,
    ...overrides,
  };
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/** window.fetch answering by "METHOD /path" (query string included), recording each request with its headers. */
export function fakeApi(routes: Record<string, (request: RecordedRequest) => { status?: number; body?: unknown; headers?: Record<string, string> }>) {
  const requests: RecordedRequest[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string, init: RequestInit = {}) => {
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      path: String(input),
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const handler = routes[`${request.method} ${request.path}`];
    if (!handler) throw new Error(`Unexpected request ${request.method} ${request.path}`);
    const { status = 200, body, headers } = handler(request);
    return {
      ok: status >= 200 && status < 300,
      status,
      statusText: String(status),
      headers: new Headers(headers),
      text: async () => (body === undefined ? '' : JSON.stringify(body)),
    };
  }) as unknown as typeof fetch;
  return { requests, restore: () => void (globalThis.fetch = original) };
}
