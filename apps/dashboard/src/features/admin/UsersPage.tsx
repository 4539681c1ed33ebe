import type { UserView } from '@amhp/contracts';
import { useEffect, useState } from 'react';
import { describeError, isAbort } from '../../lib/api-client';
import { useSession } from '../identity/session-context';
import { CreateUserForm } from './CreateUserForm';
import { UserRow } from './UserRow';
import { fetchUsers } from './users-api';
import './admin.css';

/** Administrators: every account, creating one, roles, disabling, unlocking, resetting passwords. */
export function UsersPage() {
  const state = useSession();
  const [users, setUsers] = useState<UserView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchUsers(controller.signal).then(setUsers, (e: unknown) => {
      if (!isAbort(e)) setError(describeError(e));
    });
    return () => controller.abort();
  }, []);

  const replace = (changed: UserView) => setUsers((list) => (list ?? []).map((u) => (u.id === changed.id ? changed : u)));

  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page__head">
        <h1 id="page-heading" tabIndex={-1}>
          Users <span className="count">{users ? users.length : '…'}</span>
        </h1>
      </div>
      <div role="status">{flash && <p className="flash">{flash}</p>}</div>
      {error && <p className="notice notice--error">{error}</p>}
      <table className="users" data-testid="users-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Roles</th>
            <th scope="col">Signs in with</th>
            <th scope="col">State</th>
            <th scope="col">Last sign-in (London)</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {(users ?? []).map((user) => (
            <UserRow key={user.id} user={user} isSelf={user.id === state?.session.user.id} onChanged={replace} />
          ))}
        </tbody>
      </table>
      <CreateUserForm
        onCreated={(user) => {
          setUsers((list) => [...(list ?? []), user]);
          setFlash(`Account created for ${user.displayName}: they must change the password at first sign-in.`);
        }}
      />
    </section>
  );
}
