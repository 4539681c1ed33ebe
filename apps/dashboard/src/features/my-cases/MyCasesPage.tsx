import { useCallback } from 'react';
import { useNow } from '../../lib/now-context';
import { useResource } from '../../lib/use-resource';
import { fetchMyCases } from '../allocation/allocation-api';
import { useBoard } from '../board/board-context';
import { BoardTable } from '../board/BoardTable';
import '../board/board.css';

/**
 * /my-cases: the open cases allocated to the signed-in AMHP, most urgent first, live. Which
 * AMHP the account is comes from GET /api/my-cases (once, and after a reconnect); the rows are
 * the live board's, whose pushes carry the allocated AMHP, so no change anywhere fetches again.
 */
export function MyCasesPage() {
  const now = useNow();
  const board = useBoard();
  const load = useCallback((signal: AbortSignal) => fetchMyCases(signal), []);
  const mine = useResource(load);
  const view = mine.data;
  const amhpId = view?.amhp?.id;
  const cases = !view ? null : !amhpId ? [] : board.loaded ? board.referrals.filter((r) => r.allocatedAmhp?.id === amhpId) : view.cases;
  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page__head">
        <h1 id="page-heading" tabIndex={-1}>
          My cases <span className="count">{cases ? cases.length : '…'}</span>
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
      {view?.amhp && cases && (
        <div className="board-scroll">
          <BoardTable referrals={cases} now={now} caption="Open cases allocated to you, most urgent legal deadline first" empty="No open case is allocated to you." />
        </div>
      )}
    </section>
  );
}
