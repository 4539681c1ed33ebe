import { useResource } from '../../lib/use-resource';
import { Link } from '../../lib/router';
import { fetchRoleGrants } from './role-grants-api';

/**
 * On every page a service lead opens: clinical roles granted to accounts and not yet reviewed,
 * so that access to case records given by an administrator (or by the identity provider's
 * groups) never goes unseen.
 */
export function RoleGrantsNotice() {
  const grants = useResource(fetchRoleGrants, { everyMs: 60_000 });
  const pending = (grants.data ?? []).filter((g) => g.reviewedAt === null);
  if (pending.length === 0) return null;
  return (
    <p className="notice notice--warning role-grants-notice" role="status" data-testid="role-grants-notice">
      <strong>
        {pending.length === 1 ? 'A clinical role was' : `${pending.length} clinical roles were`} granted to {pending.length === 1 ? 'an account' : 'accounts'} and{' '}
        {pending.length === 1 ? 'is' : 'are'} waiting for your review:
      </strong>{' '}
      {pending
        .slice(0, 3)
        .map((g) => g.user.displayName)
        .join(', ')}
      {pending.length > 3 ? '…' : ''}. <Link to="/audit#role-grants">Review role grants</Link>
    </p>
  );
}
