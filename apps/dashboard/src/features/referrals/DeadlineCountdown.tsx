import { DeadlineView } from '@amhp/contracts';
import { deadlineStatus } from '../../lib/countdown';
import { formatLondonDayTime, formatLondonFull } from '../../lib/london-time';
import { POWER_SHORT } from './referral-labels';
import './deadline.css';

interface Props {
  deadline: DeadlineView;
  now: number;
}

/**
 * A legal deadline counting down: the power and time left, a worded state (never colour
 * alone) and the expiry in London time. Not a live region: announcing every second would
 * drown a screen reader; the alerts panel announces expiry instead.
 */
export function DeadlineCountdown({ deadline, now }: Props) {
  const status = deadlineStatus(deadline.expiresAt, now);
  return (
    <div className={`deadline deadline--${status.tone}`} data-testid="deadline-countdown" data-tone={status.tone}>
      <span className="deadline__line">
        {status.tone !== 'ok' && <span className="deadline__state">{status.stateText}</span>}
        <span className="deadline__text">
          {POWER_SHORT[deadline.power]} · {status.text}
        </span>
      </span>
      <time className="deadline__expiry" dateTime={deadline.expiresAt} title={formatLondonFull(deadline.expiresAt)}>
        {status.tone === 'overdue' ? 'expired' : 'expires'} {formatLondonDayTime(deadline.expiresAt)}
      </time>
    </div>
  );
}
