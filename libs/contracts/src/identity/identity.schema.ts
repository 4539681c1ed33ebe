import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from './password-policy';
import { ROLES, Role } from './roles';

/**
 * Requests of the identity API. The password policy itself (length, common passwords, not
 * the username) needs the account, so the API applies passwordProblems() after parsing.
 */
const email = z
  .string({ error: 'Email is required' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Email must be an email address, e.g. sam.jones@council.gov.uk' }).max(254, { error: 'Email is too long' }));

const password = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .min(1, { error: `${label} is required` })
    .max(PASSWORD_MAX_LENGTH, { error: `${label} must be at most ${PASSWORD_MAX_LENGTH} characters` });

const displayName = z
  .string({ error: 'Name is required' })
  .trim()
  .min(1, { error: 'Name is required' })
  .max(120, { error: 'Name must be at most 120 characters' });

const roles = z
  .array(z.enum(ROLES as unknown as [Role, ...Role[]], { error: `Each role must be one of ${ROLES.join(', ')}` }), { error: 'Roles are required' })
  .min(1, { error: 'Give the account at least one role' })
  .transform((list) => [...new Set(list)]);

export const signInSchema = z.object({ email, password: password('Password') });
export type SignIn = z.infer<typeof signInSchema>;

export const changePasswordSchema = z.object({ currentPassword: password('Current password'), newPassword: password('New password') });
export type ChangePassword = z.infer<typeof changePasswordSchema>;

export const createUserSchema = z.object({ email, displayName, roles, password: password('Password') });
export type CreateUser = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .object({ displayName: displayName.optional(), roles: roles.optional() })
  .refine((v) => v.displayName !== undefined || v.roles !== undefined, { error: 'Change the name or the roles' });
export type UpdateUser = z.infer<typeof updateUserSchema>;

/** An administrator sets a new password; the user must change it at their next sign-in. */
export const resetPasswordSchema = z.object({ password: password('Password') });
export type ResetPassword = z.infer<typeof resetPasswordSchema>;
