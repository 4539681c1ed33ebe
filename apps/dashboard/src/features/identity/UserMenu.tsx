import { ROLE_LABELS } from '@amhp/contracts';
import { useState } from 'react';
import { Link } from '../../lib/router';
import { useSession } from './session-context';

/** The signed-in user's name and role(s) in the header, and signing out. */
export function UserMenu() {
  const state = useSession();
  const [busy, setBusy] = useState(false);
  if (!state) return null;
  const { user } = state.session;
  return (
    <div className="user-menu" data-testid="user-menu">
      <span className="user-menu__who">
        <span className="user-menu__name" data-testid="user-name">
          {user.displayName}
        </span>{' '}
        <span className="user-menu__roles" data-testid="user-roles">
          {user.roles.map((r) => ROLE_LABELS[r]).join(', ')}
        </span>
      </span>
      {user.authSource === 'local' && (
        <Link to="/account/password" className="user-menu__link">
          Password
        </Link>
      )}
      <button
        type="button"
        className="button button--small user-menu__sign-out"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void state.signOut();
        }}
      >
        Sign out
      </button>
    </div>
  );
}
