import { useNow } from '../../lib/now-context';
import { Link, useLocation } from '../../lib/router';
import { Can } from '../identity/session-context';
import { OnDutyPanel } from '../rota/OnDutyPanel';
import { RotaGapsNotice } from '../rota/RotaGapsNotice';
import { useBoard } from './board-context';
import { BoardTable } from './BoardTable';
import './board.css';

export function BoardPage() {
  const board = useBoard();
  const now = useNow();
  const { state } = useLocation();
  const count = board.referrals.length;

  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page__head">
        <h1 id="page-heading" tabIndex={-1}>
          Open referrals <span className="count">{board.loaded ? count : '…'}</span>
        </h1>
        <Can capability="case.act">
          <Link to="/referrals/new" className="button button--primary" data-testid="new-referral">
            New referral
          </Link>
        </Can>
      </div>
      {/* Who answers a referral now: the duty AMHP in hours, EDT out of hours (issue 5). */}
      <OnDutyPanel />
      <Can capability="rota.manage">
        <RotaGapsNotice />
      </Can>
      <div role="status" className="flash-region">
        {state?.flash && <p className="flash">{state.flash}</p>}
      </div>
      {board.error && (
        <p className="notice notice--error" role="alert">
          Could not refresh the board: {board.error}. Retrying; live updates continue.
        </p>
      )}
      {!board.loaded && !board.error && <p className="muted">Loading referrals…</p>}
      {/* The table is always there (tests and screen reader users find it), empty or not. */}
      {(board.loaded || count > 0) && (
        <div className="board-scroll">
          <BoardTable referrals={board.referrals} now={now} highlightId={state?.highlightId} />
        </div>
      )}
    </section>
  );
}
