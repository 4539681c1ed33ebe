import type { Role, UserView } from '@amhp/contracts';
import { passwordProblems } from '@amhp/contracts';
import { FormEvent, useId, useState } from 'react';
import { describeError, ValidationFailedError } from '../../lib/api-client';
import { RoleCheckboxes } from './RoleCheckboxes';
import { createUser } from './users-api';

/** A new local account; the password given here must be changed by the user at first sign-in. */
export function CreateUserForm({ onCreated }: { onCreated: (user: UserView) => void }) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const ids = { email: useId(), name: useId(), password: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = [...(roles.length ? [] : ['Give the account at least one role']), ...passwordProblems(password, { email, displayName })];
    setProblems(local);
    if (local.length) return;
    setBusy(true);
    try {
      onCreated(await createUser({ email, displayName, roles, password }));
      setEmail('');
      setDisplayName('');
      setRoles([]);
      setPassword('');
    } catch (error) {
      setProblems(error instanceof ValidationFailedError ? error.issues.map((i) => i.message) : [describeError(error)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="create-user" onSubmit={submit} noValidate aria-labelledby="create-user-heading" data-testid="create-user">
      <h2 id="create-user-heading">New account</h2>
      <div role="alert">
        {problems.length > 0 && (
          <ul className="notice notice--error">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="create-user__fields">
        <label htmlFor={ids.name}>Name</label>
        <input id={ids.name} value={displayName} onChange={(e) => setDisplayName(e.target.value)} autoComplete="off" />
        <label htmlFor={ids.email}>Email</label>
        <input id={ids.email} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
        <label htmlFor={ids.password}>First password</label>
        <input id={ids.password} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" />
      </div>
      <RoleCheckboxes value={roles} onChange={setRoles} legend="Roles of the new account" />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}
