import type { HandoverCaseView } from '@amhp/contracts';
import { ReactNode } from 'react';
import { formatLondonDayTime, formatLondonFull } from '../../lib/london-time';
import { useNow } from '../../lib/now-context';
import { Link } from '../../lib/router';
import { StageBadge } from '../assessments/StageBadge';
import { ClockCountdown } from '../clocks/ClockCountdown';
import { sortClocks } from '../clocks/clock-presentation';

interface Props {
  cases: readonly HandoverCaseView[];
  /** Extra content per case (the outgoing AMHP's note form on the upcoming handover). */
  footer?: (c: HandoverCaseView) => ReactNode;
}

/**
 * Each open case handed over: stage, the AMHP, the legal clocks (counting down now), what it is
 * waiting for, the steps open to the incoming AMHP, and the outgoing side's notes.
 */
export function HandoverCases({ cases, footer }: Props) {
  const now = useNow();
  if (cases.length === 0) return <p className="muted">No open case to hand over.</p>;
  return (
    <ol className="handover-cases">
      {cases.map((c) => {
        const running = sortClocks(c.clocks).filter((k) => k.status !== 'ended');
        return (
          <li key={c.referralId} className="handover-case" data-testid="handover-case" data-referral-id={c.referralId}>
            <div className="handover-case__head">
              <Link to={c.assessmentId ? `/assessments/${encodeURIComponent(c.assessmentId)}` : `/referrals/${encodeURIComponent(c.referralId)}`} className="mono handover-case__ref">
                {c.reference}
              </Link>
              <strong>{c.personName}</strong>
              <StageBadge stage={c.stage} />
              <span className="muted">AMHP: {c.amhp?.name ?? 'not allocated'}</span>
            </div>
            <div className="handover-case__body">
              <Facts title="Clocks">
                {running.length === 0 ? (
                  <p className="muted">No legal clock running.</p>
                ) : (
                  running.map((k) => <ClockCountdown key={k.id} clock={k} now={now} />)
                )}
              </Facts>
              <Facts title="Waiting for" testId="handover-awaiting">
                <List items={c.awaiting} none="Nothing awaited." />
              </Facts>
              <Facts title="Outstanding actions" testId="handover-actions">
                <List items={c.outstandingActions} none="None." />
              </Facts>
              <Facts title="Notes" testId="handover-notes">
                {c.notes.length === 0 ? (
                  <p className="muted">No notes.</p>
                ) : (
                  <ul className="handover-notes">
                    {c.notes.map((n) => (
                      <li key={n.id} data-testid="handover-note">
                        <p className="prewrap">{n.text}</p>
                        <p className="muted small">
                          {n.authorName},{' '}
                          <time dateTime={n.writtenAt} title={formatLondonFull(n.writtenAt)}>
                            {formatLondonDayTime(n.writtenAt)}
                          </time>
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
              </Facts>
            </div>
            {footer?.(c)}
          </li>
        );
      })}
    </ol>
  );
}

function Facts({ title, testId, children }: { title: string; testId?: string; children: ReactNode }) {
  return (
    <div className="handover-case__facts" data-testid={testId}>
      <h4>{title}</h4>
      {children}
    </div>
  );
}

function List({ items, none }: { items: readonly string[]; none: string }) {
  if (items.length === 0) return <p className="muted">{none}</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
