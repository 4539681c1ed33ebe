import { FieldIssue, ValidationErrorBody } from '@amhp/contracts';

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

/** Same-origin JSON over fetch; the dev server proxies /api to the API. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal } = options;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'Cannot reach AMHP Hub: check the network connection');
  }

  const payload: unknown = await readJson(response);
  if (response.ok) return payload as T;

  const message = messageOf(payload) ?? `Request failed (${response.status} ${response.statusText})`;
  if (response.status === 400 && isValidationErrorBody(payload)) throw new ValidationFailedError(payload);
  if (response.status === 409) throw new ConflictError(message);
  if (response.status === 404) throw new NotFoundError(message);
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

/** A sentence for the user from anything thrown by a request. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong';
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
