import type { Role } from '@amhp/contracts';
import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting, from where: set once per request (or socket message), read by the audit trail. */
export interface ActorContext {
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
  /** Null before sign-in and for the system (worker jobs, scripts). */
  user: { id: string; displayName: string; roles: readonly Role[]; sessionId: string | null } | null;
}

const storage = new AsyncLocalStorage<ActorContext>();

/**
 * The request-scoped actor, through AsyncLocalStorage: no request-scoped providers (which
 * would make every service they touch request-scoped too). The session middleware runs the
 * rest of the request inside `runWithActor`; services read `currentActor()`.
 */
export function runWithActor<T>(context: ActorContext, work: () => T): T {
  return storage.run(context, work);
}

/** The current request's actor, or null outside a request (the worker, scripts). */
export function currentActor(): ActorContext | null {
  return storage.getStore() ?? null;
}

/** Fills in the user once the session is known (sign-in happens inside the same request). */
export function setActorUser(user: ActorContext['user']): void {
  const context = storage.getStore();
  if (context) context.user = user;
}
