import { AlertView, handoverPath } from '@amhp/contracts';
import { useEffect, useState } from 'react';
import { describeError } from '../../lib/api-client';
import { formatElapsed } from '../../lib/countdown';
import { formatLondonDayTime, formatLondonFull } from '../../lib/london-time';
import { useNow } from '../../lib/now-context';
import { useRealtime } from '../../lib/realtime-context';
import { Link } from '../../lib/router';
import { CLOCK_SHORT } from '../clocks/ClockCountdown';
import { Can, useCan } from '../identity/session-context';
import { useLiveSnapshot } from '../../lib/use-live-snapshot';
import { acknowledgeAlert } from './alerts-api';
import { alertsSource } from './alerts-source';
import './alerts.css';

const SEVERITY_TEXT = { critical: 'Critical', warning: 'Warning', info: 'Notice' } as const;

/** Clock alerts open the case (issue 3); issue-2 alerts, which have no assessment, the referral; handover alerts the handover (issue 5). */
export function alertHref(alert: AlertView): string {
  if (alert.handoverId) return handoverPath(alert.handoverId);
  return alert.assessmentId ? `/assessments/${encodeURIComponent(alert.assessmentId)}` : `/referrals/${encodeURIComponent(alert.referralId ?? '')}`;
}

/** The alert's subject as the board names it: the referral reference, or "Handover" (it concerns no one case). */
function alertSubject(alert: AlertView): string {
  return alert.referralReference ?? 'Handover';
}

/** What the alert is, in words: "s136 · 75% elapsed", "s5(4) · expired". */
export function alertKindText(alert: AlertView): string {
  if (alert.kind === 'handover.unacknowledged') return 'not acknowledged';
  const clock = alert.clockKind ? CLOCK_SHORT[alert.clockKind] : null;
  const point = alert.kind === 'clock.expired' || alert.point === 'expiry' || alert.kind === 'deadline.expired' ? 'expired' : alert.point ? `${alert.point}% elapsed` : 'warning';
  return clock ? `${clock} · ${point}` : point === 'expired' ? 'Expired' : 'Clock warning';
}

/** Unacknowledged alerts, live; each new one is also announced politely to screen readers. */
export function AlertsPanel() {
  const { data: alerts, loaded, error, apply } = useLiveSnapshot(alertsSource);
  const { socket } = useRealtime();
  const now = useNow();
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!socket) return undefined;
    const announce = (alert: AlertView) => setAnnouncement(`New alert: ${alert.message}`);
    socket.on('alert.raised', announce);
    return () => {
      socket.off('alert.raised', announce);
    };
  }, [socket]);

  return (
    <aside className="alerts" data-testid="alerts-panel" aria-labelledby="alerts-heading">
      <h2 id="alerts-heading">
        Alerts <span className="count">{loaded ? alerts.length : '…'}</span>
      </h2>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {error && <p className="notice notice--error">Could not load alerts: {error}</p>}
      {loaded && alerts.length === 0 && <p className="muted">No unacknowledged alerts.</p>}
      <ul className="alerts__list">
        {alerts.map((alert) => (
          <AlertItem key={alert.id} alert={alert} now={now} onAcknowledged={() => apply({ type: 'acknowledged', id: alert.id })} />
        ))}
      </ul>
    </aside>
  );
}

function AlertItem({ alert, now, onAcknowledged }: { alert: AlertView; now: number; onAcknowledged: () => void }) {
  const canOpen = useCan('case.read');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const acknowledge = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await acknowledgeAlert(alert.id);
      onAcknowledged();
    } catch (e) {
      setFailure(describeError(e));
      setBusy(false);
    }
  };

  return (
    <li className={`alert alert--${alert.severity}`} data-testid="alert-item" data-alert-id={alert.id}>
      <div className="alert__head">
        <span className="alert__severity">{SEVERITY_TEXT[alert.severity]}</span>
        {canOpen ? (
          <Link to={alertHref(alert)} className="alert__ref" aria-label={`${alertSubject(alert)}: open the ${alert.handoverId ? 'handover' : alert.assessmentId ? 'case' : 'referral'}`}>
            {alertSubject(alert)}
          </Link>
        ) : (
          <span className="alert__ref">{alertSubject(alert)}</span>
        )}
        <span className="alert__kind" data-testid="alert-kind">
          {alertKindText(alert)}
        </span>
      </div>
      <p className="alert__message">{alert.message}</p>
      <p className="alert__meta">
        Due <time dateTime={alert.dueAt} title={formatLondonFull(alert.dueAt)}>{formatLondonDayTime(alert.dueAt)}</time> · raised{' '}
        <time dateTime={alert.raisedAt} title={formatLondonFull(alert.raisedAt)}>
          {formatElapsed(now - Date.parse(alert.raisedAt))} ago
        </time>
      </p>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <Can capability="alert.acknowledge">
        <button type="button" className="button button--small" onClick={acknowledge} disabled={busy} aria-label={`Acknowledge alert for ${alertSubject(alert)}`}>
          {busy ? 'Acknowledging…' : 'Acknowledge'}
        </button>
      </Can>
    </li>
  );
}
