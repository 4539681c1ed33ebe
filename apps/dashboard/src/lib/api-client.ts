import { FieldIssue, RuleViolationView, ValidationErrorBody } from '@amhp/contracts';

/** Any refusal or failure from the API, with the HTTP status (0 when the network failed). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** 400: the API named every bad field (same wording as the dashboard's own validation). */
export class ValidationFailedError extends ApiError {
  readonly issues: FieldIssue[];
  constructor(readonly body: ValidationErrorBody) {
    super(400, body.message);
    this.name = 'ValidationFailedError';
    this.issues = body.issues;
  }
}

/** 409: someone else changed the record since it was loaded (optimistic concurrency on `version`). */
export class ConflictError extends ApiError {
  constructor(message: string) {
    super(409, message);
    this.name = 'ConflictError';
  }
}

/**
 * 422: the rules refused the command: the stage does not allow it, or an application breaks
 * rules of the Act, each quoted with its section (CommandRefusedBody in libs/contracts).
 */
export class CommandRefusedError extends ApiError {
  constructor(
    message: string,
    readonly violations: RuleViolationView[],
  ) {
    super(422, message);
    this.name = 'CommandRefusedError';
  }
}

/** 401: not signed in, or the session ended; the app shows the sign-in page (see onUnauthorized). */
export class UnauthorizedError extends ApiError {
  constructor(message: string) {
    super(401, message);
    this.name = 'UnauthorizedError';
  }
}

/** 403: signed in, but the role does not allow this (or the CSRF token was refused). */
export class ForbiddenError extends ApiError {
  constructor(message: string) {
    super(403, message);
    this.name = 'ForbiddenError';
  }
}

const unauthorizedListeners = new Set<() => void>();

/** Called whenever the API answers 401 (the session ended): the auth gate shows the sign-in page. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => {
    unauthorizedListeners.delete(listener);
  };
}

export function notifyUnauthorized(): void {
  unauthorizedListeners.forEach((listener) => listener());
}

/**
 * The CSRF token to echo on unsafe requests: the readable cookie the API set at sign-in
 * (double submit), or the one the session view gave us.
 */
let knownCsrfToken: string | undefined;
export function setCsrfToken(token: string | undefined): void {
  knownCsrfToken = token;
}

export function csrfToken(): string | undefined {
  const cookies = typeof document === 'undefined' ? '' : document.cookie;
  const match = /(?:^|;\s*)(?:__Host-)?amhp_csrf=([^;]+)/.exec(cookies);
  return match ? decodeURIComponent(match[1]) : knownCsrfToken;
}

/**
 * 429: this user (or address) made too many requests in the last minute. Nothing is wrong with
 * the session or the data: show it where the request was made and try again after retryAfterMs.
 */
export class RateLimitedError extends ApiError {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(429, message);
    this.name = 'RateLimitedError';
  }
}

/** The wait a 429 asks for: Retry-After (or the throttler's Retry-After-<limit>) in seconds; a minute if none. */
export function retryAfterMs(headers: Headers | undefined): number {
  let seconds: number | null = null;
  headers?.forEach((value, name) => {
    const n = Number(value);
    if (/^retry-after(-|$)/i.test(name) && Number.isFinite(n) && n >= 0) seconds = Math.max(seconds ?? 0, n);
  });
  return Math.min(seconds ?? 60, 300) * 1000;
}

export class NotFoundError extends ApiError {
  constructor(message: string) {
    super(404, message);
    this.name = 'NotFoundError';
  }
}

export function isValidationErrorBody(body: unknown): body is ValidationErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Partial<ValidationErrorBody>;
  return b.statusCode === 400 && Array.isArray(b.issues) && b.issues.every((i) => typeof i?.field === 'string' && typeof i?.message === 'string');
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Idempotency-Key: one per submission. A POST sent again to the same path with the same body
 * before the first got an answer it could act on (the network failed, AMHP Hub was unavailable,
 * or the first is still being carried out) is the same submission, so it carries the same key
 * and the API makes the record once. The key is forgotten once the API has answered with a
 * success or a refusal, so filling in the same form again later is a new submission.
 */
const submissionKeys = new Map<string, { key: string; since: number }>();
/** The API keeps keys for 24 hours; a submission left longer is a new one. */
const SUBMISSION_KEY_MS = 23 * 3600_000;

function submissionOf(method: string, path: string, body: string | undefined): string {
  return `${method} ${path}\n${body ?? ''}`;
}

function keyFor(submission: string): string {
  const now = Date.now();
  for (const [s, entry] of submissionKeys) if (now - entry.since > SUBMISSION_KEY_MS) submissionKeys.delete(s);
  let entry = submissionKeys.get(submission);
  if (!entry) {
    entry = { key: newKey(), since: now };
    submissionKeys.set(submission, entry);
  }
  return entry.key;
}

/** A random UUID (crypto.randomUUID needs a secure context; getRandomValues does not). */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Whether an answer settles the submission (its key is then forgotten). */
function settles(status: number): boolean {
  if (status === 0 || status >= 500) return false;
  // 409 with Retry-After: the first copy is still being carried out.
  return status !== 409;
}

/**
 * Same-origin JSON over fetch (the session cookie goes with it); the dev server proxies /api
 * to the API. Unsafe methods carry the CSRF token in x-csrf-token, and POSTs an
 * Idempotency-Key (one per submission, see above).
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const token = method === 'GET' ? undefined : csrfToken();
  if (token) headers['X-CSRF-Token'] = token;
  const json = body === undefined ? undefined : JSON.stringify(body);
  // Sign-in and its kin create nothing to duplicate (and their bodies hold passwords): no key.
  const submission = method === 'POST' && !path.startsWith('/api/auth/') ? submissionOf(method, path, json) : undefined;
  if (submission) headers['Idempotency-Key'] = keyFor(submission);
  let response: Response;
  try {
    response = await fetch(path, { method, signal, credentials: 'same-origin', headers, body: json });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'Cannot reach AMHP Hub: check the network connection');
  }
  if (submission && settles(response.status)) submissionKeys.delete(submission);

  const payload: unknown = await readJson(response);
  if (response.ok) return payload as T;

  const message = messageOf(payload) ?? `Request failed (${response.status} ${response.statusText})`;
  if (response.status === 400 && isValidationErrorBody(payload)) throw new ValidationFailedError(payload);
  if (response.status === 409) throw new ConflictError(message);
  if (response.status === 422) throw new CommandRefusedError(message, violationsOf(payload));
  if (response.status === 404) throw new NotFoundError(message);
  if (response.status === 401) {
    notifyUnauthorized();
    throw new UnauthorizedError(message);
  }
  if (response.status === 403) throw new ForbiddenError(message);
  if (response.status === 429) throw new RateLimitedError(message, retryAfterMs(response.headers));
  throw new ApiError(response.status, message);
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function messageOf(payload: unknown): string | undefined {
  if (typeof payload === 'object' && payload !== null && 'message' in payload) {
    const m = (payload as { message: unknown }).message;
    if (typeof m === 'string') return m;
    if (Array.isArray(m)) return m.join('; ');
  }
  return undefined;
}

function violationsOf(payload: unknown): RuleViolationView[] {
  if (typeof payload !== 'object' || payload === null || !('violations' in payload)) return [];
  const list = (payload as { violations: unknown }).violations;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (v): v is RuleViolationView => typeof v?.rule === 'string' && typeof v?.section === 'string' && typeof v?.message === 'string',
  );
}

/** A sentence for the user from anything thrown by a request. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong';
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
