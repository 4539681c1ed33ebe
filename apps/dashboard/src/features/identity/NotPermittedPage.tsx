import { Link } from '../../lib/router';
import { homePath, useSession } from './session-context';

/** A page the role may not see (reached by typing its address): say so, and offer the way back. */
export function NotPermittedPage() {
  const state = useSession();
  return (
    <section className="page" aria-labelledby="page-heading" data-testid="not-permitted">
      <h1 id="page-heading" tabIndex={-1}>
        Not available for your role
      </h1>
      <p>Your role does not give access to this page. If you need it, ask your AMHP service lead or an administrator.</p>
      <Link to={state ? homePath(state.session.user.roles) : '/'}>Back</Link>
    </section>
  );
}
