import { BoardRow } from '@amhp/contracts';
import { deadlineStatus, formatElapsed } from '../../lib/countdown';
import { formatLondonFull } from '../../lib/london-time';
import { Link, navigate } from '../../lib/router';
import { ClockCountdown } from '../clocks/ClockCountdown';
import { presentClock } from '../clocks/clock-presentation';
import { StageBadge, stageLabel } from '../assessments/StageBadge';
import { useCan } from '../identity/session-context';
import { DeadlineCountdown } from '../referrals/DeadlineCountdown';
import { SITUATION_SHORT, SOURCE_SHORT, sourceLabel, situationLabel } from '../referrals/referral-labels';
import { UrgencyBadge } from '../referrals/UrgencyBadge';

interface Props {
  referrals: BoardRow[];
  now: number;
  highlightId?: string;
  /** What the table lists (My cases reuses the board's table). */
  caption?: string;
  empty?: string;
}

/**
 * The live board: one dense row per open referral, in the API's order. The person's details are
 * shown where the row carries them: always for case readers; for the read-only role only those
 * the service configured (none by default), and their columns are left out otherwise.
 */
export function BoardTable({ referrals, now, highlightId, caption = 'Open referrals, most urgent legal deadline first, then urgency, then longest waiting', empty = 'No open referrals.' }: Props) {
  // The read-only role sees the board, not the case records behind it (issue 4).
  const canOpen = useCan('case.read');
  const showPerson = canOpen || referrals.some((r) => r.name !== undefined || r.age !== undefined);
  const showWhere = canOpen || referrals.some((r) => r.currentLocation !== undefined);
  const columns = 6 + (showPerson ? 1 : 0) + (showWhere ? 1 : 0);
  return (
    <table className="board" data-testid="board">
      <caption className="board__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Reference</th>
          {showPerson && <th scope="col">Person</th>}
          {showWhere && <th scope="col">Where now</th>}
          <th scope="col">
            Source,
            <br />
            legal situation
          </th>
          <th scope="col">Stage</th>
          <th scope="col">Waiting</th>
          <th scope="col">
            Most urgent clock
            <br />
            (London time)
          </th>
          <th scope="col">Urgency</th>
        </tr>
      </thead>
      <tbody>
        {referrals.length === 0 && (
          <tr>
            <td colSpan={columns} className="empty">
              {empty}
            </td>
          </tr>
        )}
        {referrals.map((r) => {
          const tone = rowTone(r, now);
          const href = `/referrals/${encodeURIComponent(r.id)}`;
          const caseHref = r.assessmentId ? `/assessments/${encodeURIComponent(r.assessmentId)}` : href;
          return (
            <tr
              key={r.id}
              className={`board__row board__row--${tone}${r.id === highlightId ? ' board__row--new' : ''}`}
              data-testid="referral-row"
              data-referral-id={r.id}
              onClick={(event) => {
                // The whole row is a target for the mouse; the reference link is the keyboard's.
                if (!canOpen || (event.target as HTMLElement).closest('a, button')) return;
                navigate(caseHref);
              }}
            >
              <td className="board__ref">
                {canOpen ? <Link to={href}>{r.reference}</Link> : r.reference}
              </td>
              {showPerson && (
                <td>
                  {r.name && (
                    <span className="board__name">
                      {r.name.familyName}, {r.name.givenName}
                    </span>
                  )}{' '}
                  {r.age !== undefined && <span className="muted">{r.age}&nbsp;y</span>}
                </td>
              )}
              {showWhere && (
                <td className="board__where" title={r.currentLocation}>
                  {r.currentLocation}
                </td>
              )}
              <td>
                {r.source && (
                  <>
                    <span title={sourceLabel(r.source)}>{SOURCE_SHORT[r.source]}</span>
                    <br />
                  </>
                )}
                <span className="muted" title={situationLabel(r.legalSituation)}>
                  {SITUATION_SHORT[r.legalSituation]}
                </span>
              </td>
              <td>
                {r.stage && r.assessmentId && !canOpen ? (
                  <StageBadge stage={r.stage} testId="board-stage" />
                ) : r.stage && r.assessmentId ? (
                  <Link to={caseHref} className="board__stage" aria-label={`Case: ${stageLabel(r.stage)}`}>
                    <StageBadge stage={r.stage} testId="board-stage" />
                  </Link>
                ) : (
                  <span className="muted">—</span>
                )}
                {r.allocatedAmhp && (
                  <div className="muted board__amhp" title="Allocated AMHP">
                    {r.allocatedAmhp.name}
                  </div>
                )}
              </td>
              <td className="num" title={`Received ${formatLondonFull(r.receivedAt)}`}>
                {formatElapsed(now - Date.parse(r.receivedAt))}
              </td>
              <td>
                <RowClock referral={r} now={now} />
              </td>
              <td>
                <UrgencyBadge urgency={r.urgency} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The row's clock: the assessment's most urgent running clock once there is an assessment
 * (issue 3), else the referral's holding-power deadline (issue 2). The cell keeps the issue-2
 * test id `deadline-countdown`; the clock inside carries `clock`.
 */
function RowClock({ referral: r, now }: { referral: BoardRow; now: number }) {
  if (r.assessmentId !== null) {
    if (!r.mostUrgentClock || r.mostUrgentClock.status === 'ended') return <span className="muted">No running clock</span>;
    return (
      <div data-testid="deadline-countdown" data-tone={rowTone(r, now)}>
        <ClockCountdown clock={r.mostUrgentClock} now={now} />
      </div>
    );
  }
  return r.deadline ? <DeadlineCountdown deadline={r.deadline} now={now} /> : <span className="muted">No legal clock</span>;
}

/** The row's left bar and background follow its clock's warning level (the words are in the cell). */
function rowTone(r: BoardRow, now: number): string {
  if (r.assessmentId !== null) {
    if (!r.mostUrgentClock || r.mostUrgentClock.status === 'ended') return 'none';
    return presentClock(r.mostUrgentClock, now).tone;
  }
  return r.deadline ? deadlineStatus(r.deadline.expiresAt, now).tone : 'none';
}
