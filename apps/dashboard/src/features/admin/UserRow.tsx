import { ROLE_LABELS } from '@amhp/contracts';
import type { Role, UserView } from '@amhp/contracts';
import { useState } from 'react';
import { describeError } from '../../lib/api-client';
import { formatLondonFull } from '../../lib/london-time';
import { RoleCheckboxes } from './RoleCheckboxes';
import { disableUser, enableUser, resetPassword, unlockUser, updateRoles } from './users-api';

interface Props {
  user: UserView;
  isSelf: boolean;
  onChanged: (user: UserView) => void;
}

/** One account: its state, and what an administrator can do to it. */
export function UserRow({ user, isSelf, onChanged }: Props) {
  const [editing, setEditing] = useState<'roles' | 'password' | null>(null);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<UserView>) => {
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await action());
      setEditing(null);
      setPassword('');
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const status = [user.disabled && 'Disabled', user.lockedUntil && `Locked until ${formatLondonFull(user.lockedUntil)}`, user.mustChangePassword && 'Must change password']
    .filter(Boolean)
    .join(' · ');

  return (
    <tr data-testid="user-row" data-user-email={user.email}>
      <td>
        <strong>{user.displayName}</strong>
        <div className="muted">{user.email}</div>
      </td>
      <td>
        {editing === 'roles' ? (
          <>
            <RoleCheckboxes value={roles} onChange={setRoles} legend={`Roles of ${user.displayName}`} disabled={busy} />
            <button type="button" className="button button--small button--primary" disabled={busy || roles.length === 0} onClick={() => run(() => updateRoles(user.id, roles))}>
              Save roles
            </button>{' '}
            <button type="button" className="button button--small" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </>
        ) : (
          <>
            {user.roles.map((r) => ROLE_LABELS[r]).join(', ')}
            {isSelf && <div className="muted small">Your own roles are changed by another administrator.</div>}
          </>
        )}
      </td>
      <td>{user.authSource === 'oidc' ? 'Council account' : 'AMHP Hub account'}</td>
      <td>{status || 'Active'}</td>
      <td className="num">{user.lastSignInAt ? formatLondonFull(user.lastSignInAt) : 'Never'}</td>
      <td className="user-actions">
        {failure && (
          <p className="field-error" role="alert">
            {failure}
          </p>
        )}
        {editing === 'password' && (
          <span className="user-actions__password">
            <label>
              <span className="visually-hidden">New password for {user.displayName}</span>
              <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" placeholder="New password" />
            </label>
            <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => run(() => resetPassword(user.id, password))}>
              Set password
            </button>
          </span>
        )}
        {editing === null && (
          <>
            {user.authSource === 'local' && !isSelf && (
              <button type="button" className="button button--small" onClick={() => setEditing('roles')}>
                Roles
              </button>
            )}
            {user.lockedUntil && (
              <button type="button" className="button button--small" disabled={busy} onClick={() => run(() => unlockUser(user.id))}>
                Unlock
              </button>
            )}
            {user.authSource === 'local' && (
              <button type="button" className="button button--small" onClick={() => setEditing('password')}>
                Reset password
              </button>
            )}
            {!isSelf &&
              (user.disabled ? (
                <button type="button" className="button button--small" disabled={busy} onClick={() => run(() => enableUser(user.id))}>
                  Enable
                </button>
              ) : (
                <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => run(() => disableUser(user.id))}>
                  Disable
                </button>
              ))}
          </>
        )}
      </td>
    </tr>
  );
}
