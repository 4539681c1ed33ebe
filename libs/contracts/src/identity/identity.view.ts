import { Role } from './roles';

export type AuthSource = 'local' | 'oidc';

/** The signed-in user, as the dashboard shows them. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  authSource: AuthSource;
}

/** GET /api/auth/me and the answer to a sign-in. */
export interface SessionView {
  user: SessionUser;
  /** Send back as the x-csrf-token header on every POST, PUT, PATCH and DELETE. */
  csrfToken: string;
  /** The session ends at this instant at the latest, whatever the activity. */
  expiresAt: string;
  /** Minutes without a request after which the session ends. */
  idleMinutes: number;
  /** An administrator reset the password: nothing else works until it is changed. */
  mustChangePassword: boolean;
}

/** GET /api/auth/config: what the sign-in page offers (no session needed). */
export interface AuthConfigView {
  local: boolean;
  oidc: { enabled: false } | { enabled: true; label: string; startUrl: string };
}

/** A user as administrators see them. */
export interface UserView extends SessionUser {
  disabled: boolean;
  /** Locked after repeated failed sign-ins, until this instant. */
  lockedUntil: string | null;
  failedSignIns: number;
  lastSignInAt: string | null;
  mustChangePassword: boolean;
  createdAt: string;
}

export const CSRF_HEADER = 'x-csrf-token';

/** A clinical role granted to an account (by an administrator, or by the identity provider's groups), for the service lead to review. */
export interface RoleGrantView {
  id: string;
  user: { id: string; displayName: string; email: string };
  /** The clinical roles gained. */
  grantedRoles: Role[];
  rolesBefore: Role[];
  rolesAfter: Role[];
  /** An administrator on the users page (or when creating the account), or the council's identity provider at sign-in. */
  source: 'administrator' | 'identity_provider';
  grantedBy: { id: string | null; displayName: string } | null;
  grantedAt: string;
  reviewedAt: string | null;
  reviewedBy: string | null;
}
