import { PASSWORD_MIN_LENGTH, passwordProblems } from '@amhp/contracts';
import { FormEvent, useId, useState } from 'react';
import { describeError, ValidationFailedError } from '../../lib/api-client';
import { changePassword } from './auth-api';
import { useSession } from './session-context';
import './identity.css';

/**
 * Change one's own password. `required`: an administrator set it, and nothing else is
 * available until it is changed.
 */
export function ChangePasswordPage({ required = false }: { required?: boolean }) {
  const state = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const ids = { current: useId(), next: useId(), confirm: useId() };

  if (!state) return null;
  const { session } = state;
  if (session.user.authSource !== 'local') {
    return (
      <section className="page">
        <h1 id="page-heading">Password</h1>
        <p>You sign in with your council account: change your password there.</p>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = passwordProblems(next, session.user);
    if (next !== confirm) local.push('The two new passwords are not the same');
    setProblems(local);
    if (local.length) return;
    setBusy(true);
    try {
      const updated = await changePassword({ currentPassword: current, newPassword: next });
      setDone(true);
      state.replace(updated);
    } catch (error) {
      setProblems(error instanceof ValidationFailedError ? error.issues.map((i) => i.message) : [describeError(error)]);
    } finally {
      setBusy(false);
    }
  };

  const body = (
    <section className={required ? 'auth-card' : 'page'} aria-labelledby="page-heading">
      <h1 id="page-heading" tabIndex={-1}>
        {required ? 'Choose a new password' : 'Change your password'}
      </h1>
      {required && <p>An administrator set your password. Choose your own before you continue.</p>}
      <p className="muted">
        At least {PASSWORD_MIN_LENGTH} characters; not a well-known password; not your name or email. Three unrelated words work well.
      </p>
      <div role="alert">
        {problems.length > 0 && (
          <ul className="notice notice--error" data-testid="password-problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        {done && !required && <p className="flash">Password changed. Your other sessions were signed out.</p>}
      </div>
      <form onSubmit={submit} noValidate className="auth-form">
        <label htmlFor={ids.current}>Current password</label>
        <input id={ids.current} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
        <label htmlFor={ids.next}>New password</label>
        <input id={ids.next} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
        <label htmlFor={ids.confirm}>New password again</label>
        <input id={ids.confirm} type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : 'Change password'}
        </button>
      </form>
    </section>
  );
  return required ? <main className="auth-page" id="main">{body}</main> : body;
}
