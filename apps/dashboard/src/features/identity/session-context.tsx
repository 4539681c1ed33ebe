import type { Capability, Role, SessionView } from '@amhp/contracts';
import { can } from '@amhp/contracts';
import { createContext, ReactNode, useContext } from 'react';

export interface SessionState {
  session: SessionView;
  /** Signs out and returns to the sign-in page. */
  signOut: () => Promise<void>;
  /** The session changed (e.g. the password was changed). */
  replace: (session: SessionView) => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ value, children }: { value: SessionState; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The signed-in user's session; null outside the auth gate (component tests). */
export function useSession(): SessionState | null {
  return useContext(SessionContext);
}

/**
 * Whether to offer something: the same capability table the API enforces. Outside the auth
 * gate (component tests render pages alone) nothing is hidden; the API refuses regardless.
 */
export function useCan(capability: Capability): boolean {
  const state = useSession();
  return state ? can(state.session.user.roles, capability) : true;
}

/** Renders its children only when the signed-in role may do `capability`. */
export function Can({ capability, children }: { capability: Capability; children: ReactNode }) {
  return useCan(capability) ? <>{children}</> : null;
}

/** Renders its children when the signed-in role may do any of `capabilities` (a page several roles reach for different reasons). */
export function CanAny({ capabilities, children }: { capabilities: readonly Capability[]; children: ReactNode }) {
  const state = useSession();
  const allowed = state ? capabilities.some((c) => can(state.session.user.roles, c)) : true;
  return allowed ? <>{children}</> : null;
}

/** Where a role starts: the board, or for administrators alone, the users page. */
export function homePath(roles: readonly Role[]): string {
  if (can(roles, 'board.view')) return '/';
  if (can(roles, 'users.manage')) return '/admin/users';
  return '/';
}
