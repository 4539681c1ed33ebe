import { useCallback } from 'react';
import { useNow } from '../../lib/now-context';
import { useResource } from '../../lib/use-resource';
import { fetchMyCases } from '../allocation/allocation-api';
import { BoardTable } from '../board/BoardTable';
import '../board/board.css';

/** /my-cases: the open cases allocated to the signed-in AMHP, most urgent first, live. */
export function MyCasesPage() {
  const now = useNow();
  const load = useCallback((signal: AbortSignal) => fetchMyCases(signal), []);
  const mine = useResource(load, { reloadOn: ['referral.upserted', 'referral.closed', 'assessment.updated'] });
  const view = mine.data;
  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page__head">
        <h1 id="page-heading" tabIndex={-1}>
          My cases <span className="count">{view ? view.cases.length : '…'}</span>
        </h1>
        {view?.amhp && <span className="muted">{view.amhp.name}</span>}
      </div>
      {mine.error && <p className="notice notice--error">Could not load your cases: {mine.error}</p>}
      {!view && !mine.error && <p className="muted">Loading…</p>}
      {view && !view.amhp && (
        <p className="notice" data-testid="no-amhp">
          Your account is not linked to an AMHP on the register, so no case is allocated to you. A rota manager links accounts on the AMHP register.
        </p>
      )}
      {view?.amhp && (
        <div className="board-scroll">
          <BoardTable referrals={view.cases} now={now} caption="Open cases allocated to you, most urgent legal deadline first" empty="No open case is allocated to you." />
        </div>
      )}
    </section>
  );
}
