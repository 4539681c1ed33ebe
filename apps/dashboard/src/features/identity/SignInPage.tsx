import type { AuthConfigView, SessionView } from '@amhp/contracts';
import { FormEvent, useEffect, useId, useState } from 'react';
import { describeError, isAbort, ValidationFailedError } from '../../lib/api-client';
import { fetchAuthConfig, signIn } from './auth-api';
import './identity.css';

/** Why an OIDC sign-in came back to this page (?error=oidc-...). */
const OIDC_ERRORS: Record<string, string> = {
  'oidc-disabled': 'Signing in with the council account is not set up here.',
  'oidc-expired': 'That sign-in took too long or was already used. Please try again.',
  'oidc-provider': 'The council’s sign-in service did not complete the sign-in. Please try again.',
  'oidc-no-role': 'Your council account is not in a group that may use AMHP Hub. Ask your AMHP service lead.',
  'oidc-account-conflict': 'An AMHP Hub account already uses your email address. Ask an administrator.',
  'oidc-account-disabled': 'Your AMHP Hub account is disabled. Ask an administrator.',
};

export function SignInPage({ onSignedIn }: { onSignedIn: (session: SessionView) => void }) {
  const [config, setConfig] = useState<AuthConfigView | null>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(() => OIDC_ERRORS[new URLSearchParams(window.location.search).get('error') ?? ''] ?? null);
  const emailId = useId();
  const passwordId = useId();

  useEffect(() => {
    document.title = 'Sign in · AMHP Hub';
    // Keep the page the user asked for, to return to it after signing in.
    const { pathname, search } = window.location;
    if (pathname !== '/sign-in') window.history.replaceState(null, '', `/sign-in?next=${encodeURIComponent(pathname + search)}`);
    const controller = new AbortController();
    fetchAuthConfig(controller.signal).then(setConfig, (error: unknown) => {
      if (!isAbort(error)) setConfig({ local: true, oidc: { enabled: false } });
    });
    return () => controller.abort();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      onSignedIn(await signIn({ email, password }));
    } catch (error) {
      setFailure(error instanceof ValidationFailedError ? error.issues.map((i) => i.message).join('. ') : describeError(error));
      setBusy(false);
    }
  };

  return (
    <main className="auth-page" id="main">
      <section className="auth-card" aria-labelledby="sign-in-heading">
        <p className="auth-card__brand">AMHP Hub</p>
        <h1 id="sign-in-heading">Sign in</h1>
        <div role="alert">{failure && <p className="notice notice--error" data-testid="sign-in-error">{failure}</p>}</div>
        {config?.oidc.enabled && (
          <>
            <a className="button button--primary auth-card__oidc" href={config.oidc.startUrl} data-testid="oidc-sign-in">
              Sign in with {config.oidc.label}
            </a>
            <p className="auth-card__or">or with an AMHP Hub account</p>
          </>
        )}
        <form onSubmit={submit} noValidate>
          <label htmlFor={emailId}>Email</label>
          <input id={emailId} name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <label htmlFor={passwordId}>Password</label>
          <input
            id={passwordId}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="muted auth-card__help">This system holds special category health data. Every view and change is recorded.</p>
      </section>
    </main>
  );
}
