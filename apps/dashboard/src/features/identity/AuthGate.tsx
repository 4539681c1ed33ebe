import type { SessionView } from '@amhp/contracts';
import { ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { describeError, isAbort, onUnauthorized, RateLimitedError, setCsrfToken, UnauthorizedError } from '../../lib/api-client';
import { navigate } from '../../lib/router';
import { fetchSession, signOut as signOutRequest } from './auth-api';
import { ChangePasswordPage } from './ChangePasswordPage';
import { homePath, SessionProvider } from './session-context';
import { SignInPage } from './SignInPage';

type GateState =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'error'; message: string }
  /** Too many requests just now (429): not an error of the session; asked again after the wait. */
  | { kind: 'busy'; retryInMs: number }
  | { kind: 'signed-in'; session: SessionView };

/**
 * Nothing of the app renders (no socket, no request for case data) until the API confirms a
 * session. A 401 from any request, or a refused socket handshake, brings the sign-in page back.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>({ kind: 'loading' });

  const load = useCallback((signal?: AbortSignal) => {
    fetchSession(signal).then(
      (session) => {
        setCsrfToken(session.csrfToken);
        setState({ kind: 'signed-in', session });
      },
      (error: unknown) => {
        if (isAbort(error)) return;
        if (error instanceof RateLimitedError) return setState({ kind: 'busy', retryInMs: error.retryAfterMs });
        setState(error instanceof UnauthorizedError ? { kind: 'signed-out' } : { kind: 'error', message: describeError(error) });
      },
    );
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  // A new state object per refusal, so that a second 429 with the same wait schedules again.
  const busy = state.kind === 'busy' ? state : null;
  useEffect(() => {
    if (!busy) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => load(controller.signal), busy.retryInMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [busy, load]);

  useEffect(
    () =>
      onUnauthorized(() => {
        setCsrfToken(undefined);
        setState((s) => (s.kind === 'signed-out' ? s : { kind: 'signed-out' }));
      }),
    [],
  );

  const signedIn = useCallback((session: SessionView) => {
    setCsrfToken(session.csrfToken);
    setState({ kind: 'signed-in', session });
    const next = new URLSearchParams(window.location.search).get('next');
    // Only a path on this site: never an open redirect.
    navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homePath(session.user.roles), undefined, { replace: true });
  }, []);

  const value = useMemo(
    () =>
      state.kind === 'signed-in'
        ? {
            session: state.session,
            replace: (session: SessionView) => setState({ kind: 'signed-in', session }),
            signOut: async () => {
              await signOutRequest().catch(() => undefined);
              // A full reload: nothing of the signed-in session stays in memory.
              window.location.assign('/sign-in');
            },
          }
        : null,
    [state],
  );

  if (state.kind === 'loading') return <p className="auth-loading muted">Loading AMHP Hub…</p>;
  if (state.kind === 'busy') {
    return (
      <p className="auth-loading muted" role="status">
        AMHP Hub is busy: loading again in {Math.ceil(state.retryInMs / 1000)} s…
      </p>
    );
  }
  if (state.kind === 'error') {
    return (
      <main className="auth-page">
        <p className="notice notice--error" role="alert">
          Cannot reach AMHP Hub: {state.message}
        </p>
        <button type="button" className="button" onClick={() => load()}>
          Try again
        </button>
      </main>
    );
  }
  if (state.kind === 'signed-out') return <SignInPage onSignedIn={signedIn} />;
  if (!value) return null;
  return <SessionProvider value={value}>{state.session.mustChangePassword ? <ChangePasswordPage required /> : children}</SessionProvider>;
}
