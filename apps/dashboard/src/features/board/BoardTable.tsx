import { ReferralView } from '@amhp/contracts';
import { deadlineStatus, formatElapsed } from '../../lib/countdown';
import { ageInYears, formatLondonFull, londonDate } from '../../lib/london-time';
import { Link, navigate } from '../../lib/router';
import { DeadlineCountdown } from '../referrals/DeadlineCountdown';
import { SITUATION_SHORT, SOURCE_SHORT, sourceLabel, situationLabel } from '../referrals/referral-labels';
import { UrgencyBadge } from '../referrals/UrgencyBadge';

interface Props {
  referrals: ReferralView[];
  now: number;
  highlightId?: string;
}

/** The live board: one dense row per open referral, in the API's order. */
export function BoardTable({ referrals, now, highlightId }: Props) {
  const today = londonDate(now);
  return (
    <table className="board" data-testid="board">
      <caption className="board__caption">Open referrals, most urgent legal deadline first, then urgency, then longest waiting</caption>
      <thead>
        <tr>
          <th scope="col">Reference</th>
          <th scope="col">Person</th>
          <th scope="col">Where now</th>
          <th scope="col">Source</th>
          <th scope="col">Legal situation</th>
          <th scope="col">Waiting</th>
          <th scope="col">Deadline (London time)</th>
          <th scope="col">Urgency</th>
        </tr>
      </thead>
      <tbody>
        {referrals.length === 0 && (
          <tr>
            <td colSpan={8} className="empty">
              No open referrals.
            </td>
          </tr>
        )}
        {referrals.map((r) => {
          const tone = r.deadline ? deadlineStatus(r.deadline.expiresAt, now).tone : 'none';
          const href = `/referrals/${encodeURIComponent(r.id)}`;
          return (
            <tr
              key={r.id}
              className={`board__row board__row--${tone}${r.id === highlightId ? ' board__row--new' : ''}`}
              data-testid="referral-row"
              data-referral-id={r.id}
              onClick={(event) => {
                // The whole row is a target for the mouse; the reference link is the keyboard's.
                if ((event.target as HTMLElement).closest('a, button')) return;
                navigate(href);
              }}
            >
              <td className="board__ref">
                <Link to={href}>{r.reference}</Link>
              </td>
              <td>
                <span className="board__name">
                  {r.person.familyName}, {r.person.givenName}
                </span>{' '}
                <span className="muted">{ageInYears(r.person.dateOfBirth, today)}&nbsp;y</span>
              </td>
              <td className="board__where" title={r.currentLocation}>
                {r.currentLocation}
              </td>
              <td title={sourceLabel(r.source.kind)}>{SOURCE_SHORT[r.source.kind]}</td>
              <td title={situationLabel(r.legal.situation)}>{SITUATION_SHORT[r.legal.situation]}</td>
              <td className="num" title={`Received ${formatLondonFull(r.receivedAt)}`}>
                {formatElapsed(now - Date.parse(r.receivedAt))}
              </td>
              <td>{r.deadline ? <DeadlineCountdown deadline={r.deadline} now={now} /> : <span className="muted">No legal clock</span>}</td>
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
