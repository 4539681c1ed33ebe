import type { UserView } from '@amhp/contracts';
import { passwordProblems } from '@amhp/contracts';
import { ValidationException } from '../../../infra/http/validation.exception';
import { sessionUser } from '../sessions/sessions.service';
import { UserEntity } from '../user.entity';

export function toUserView(user: UserEntity, now = new Date()): UserView {
  return {
    ...sessionUser(user),
    disabled: user.disabledAt !== null,
    lockedUntil: user.lockedUntil && user.lockedUntil > now ? user.lockedUntil.toISOString() : null,
    failedSignIns: user.failedSignIns,
    lastSignInAt: user.lastSignInAt ? user.lastSignInAt.toISOString() : null,
    mustChangePassword: user.mustChangePassword,
    createdAt: user.createdAt.toISOString(),
  };
}

/** What the audit trail keeps of a user: never the password hash. */
export function auditedUser(user: UserEntity): Record<string, unknown> {
  const { passwordHash: _hash, ...rest } = user;
  return { ...rest, hasPassword: user.passwordHash !== null };
}

/** Refuses (400, on `field`) a password that breaks the policy. */
export function assertPasswordAllowed(password: string, account: { email: string; displayName?: string }, field = 'password'): void {
  const problems = passwordProblems(password, account);
  if (problems.length) throw new ValidationException(problems.map((message) => ({ field, message })));
}
