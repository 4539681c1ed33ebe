import type { Role } from '@amhp/contracts';
import { SetMetadata } from '@nestjs/common';

/**
 * Every HTTP route states who may call it: the global AccessGuard refuses a route without a
 * policy (and a test enumerates all routes to prove none is missing). Put one on the
 * controller class or on each handler; a handler's policy overrides its class's.
 *
 *   @Allow('amhp', 'edt_worker')                  AMHPs and EDT workers (act on cases)
 *   @Allow(...CASE_READERS)                       also service leads (read a case)
 *   @SignedIn()                                   anyone signed in, whatever the role
 *   @Public()                                     no session needed (sign-in, health)
 *
 * Unsafe methods (POST, PUT, PATCH, DELETE) of signed-in routes also need the CSRF header.
 */
export type AccessPolicy = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: readonly Role[] };

export const ACCESS_POLICY = 'amhp:access-policy';

export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

export const SignedIn = () => SetMetadata(ACCESS_POLICY, { kind: 'signed-in' } satisfies AccessPolicy);

export const Allow = (...roles: [Role, ...Role[]]) => SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy);

/** The policy on a handler, else on its controller; undefined when neither has one. */
export function policyOf(handler: object, controller: object): AccessPolicy | undefined {
  return (Reflect.getMetadata(ACCESS_POLICY, handler) ?? Reflect.getMetadata(ACCESS_POLICY, controller)) as AccessPolicy | undefined;
}
