import type { Request } from 'express';
import type { ResolvedSession } from '../sessions/sessions.service';

/** The session the session middleware found for a request (none before sign-in). */
const byRequest = new WeakMap<object, ResolvedSession>();

export function setAuth(req: Request, auth: ResolvedSession): void {
  byRequest.set(req, auth);
}

export function clearAuth(req: Request): void {
  byRequest.delete(req);
}

export function authOf(req: Request): ResolvedSession | undefined {
  return byRequest.get(req);
}
