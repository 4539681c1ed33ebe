import type { AuthConfigView, ChangePassword, SessionView, SignIn } from '@amhp/contracts';
import { apiRequest } from '../../lib/api-client';

export function fetchSession(signal?: AbortSignal): Promise<SessionView> {
  return apiRequest<SessionView>('/api/auth/me', { signal });
}

export function fetchAuthConfig(signal?: AbortSignal): Promise<AuthConfigView> {
  return apiRequest<AuthConfigView>('/api/auth/config', { signal });
}

/** Refused with UnauthorizedError (401) whatever the reason: the API does not say which. */
export function signIn(body: SignIn): Promise<SessionView> {
  return apiRequest<SessionView>('/api/auth/sign-in', { method: 'POST', body });
}

export function signOut(): Promise<unknown> {
  return apiRequest<unknown>('/api/auth/sign-out', { method: 'POST' });
}

export function changePassword(body: ChangePassword): Promise<SessionView> {
  return apiRequest<SessionView>('/api/auth/password', { method: 'POST', body });
}
