import { ROLE_LABELS } from '@amhp/contracts';
import type { Role, RoleGrantView } from '@amhp/contracts';
import { useState } from 'react';
import { describeError } from '../../lib/api-client';
import { formatLondonFull } from '../../lib/london-time';
import { useResource } from '../../lib/use-resource';
import { fetchRoleGrants, reviewRoleGrant } from './role-grants-api';

const roles = (list: readonly Role[]) => list.map((r) => ROLE_LABELS[r]).join(', ');

/** The service lead's list of clinical roles granted to accounts, each marked reviewed once seen. */
export function RoleGrantsPanel() {
  const grants = useResource(fetchRoleGrants);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const review = async (grant: RoleGrantView) => {
    setBusy(grant.id);
    setFailure(null);
    try {
      await reviewRoleGrant(grant.id);
      await grants.reload();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(null);
    }
  };

  const list = grants.data ?? [];
  return (
    <section id="role-grants" className="audit-role-grants" aria-labelledby="role-grants-heading" data-testid="role-grants">
      <h2 id="role-grants-heading">Clinical roles granted</h2>
      <p className="muted">
        A clinical role (AMHP, EDT worker, service lead) opens case records. Every grant, by an administrator or by the council’s identity provider, is listed here until a
        service lead has reviewed it. Nobody can change their own roles.
      </p>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      {grants.error && <p className="notice notice--error">Could not load the role grants: {grants.error}</p>}
      {!grants.loading && list.length === 0 && <p className="muted">No clinical role has been granted.</p>}
      {list.length > 0 && (
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Granted</th>
              <th scope="col">Roles now</th>
              <th scope="col">By</th>
              <th scope="col">When (London)</th>
              <th scope="col">Review</th>
            </tr>
          </thead>
          <tbody>
            {list.map((g) => (
              <tr key={g.id} data-testid="role-grant" data-reviewed={g.reviewedAt ? 'yes' : 'no'}>
                <td>
                  <strong>{g.user.displayName}</strong>
                  <div className="muted small">{g.user.email}</div>
                </td>
                <td>{roles(g.grantedRoles)}</td>
                <td>
                  {roles(g.rolesAfter)}
                  {g.rolesAfter.includes('administrator') && <div className="tag tag--bad">Also an administrator</div>}
                </td>
                <td>{g.source === 'identity_provider' ? 'Council identity provider (groups)' : (g.grantedBy?.displayName ?? 'An administrator')}</td>
                <td className="num">{formatLondonFull(g.grantedAt)}</td>
                <td>
                  {g.reviewedAt ? (
                    <span className="muted small">
                      Reviewed by {g.reviewedBy} {formatLondonFull(g.reviewedAt)}
                    </span>
                  ) : (
                    <button type="button" className="button button--small" disabled={busy === g.id} onClick={() => review(g)}>
                      Mark reviewed
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
