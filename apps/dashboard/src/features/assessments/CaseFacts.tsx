import { useState } from 'react';
import { formatCalendarDate, formatLondonFull } from '../../lib/london-time';
import { useCase } from './case-context';
import { AmhpSeenForm } from './forms/RecordForms';
import { Fact } from './NearestRelativeSection';

/** The decisions so far: screening, the AMHP (and when they saw the person), the arrangement, outcome, bed, conveyance. */
export function CaseFacts({ canRecord }: { canRecord: boolean }) {
  const { assessment: a } = useCase();
  const [seenOpen, setSeenOpen] = useState(false);
  return (
    <section className="case-card" aria-labelledby="facts-heading" data-testid="case-facts">
      <div className="case-card__head">
        <h2 id="facts-heading">The assessment</h2>
        {canRecord && a.amhp && (
          <button type="button" className="button button--small" data-testid="record-amhp-seen" aria-expanded={seenOpen} onClick={() => setSeenOpen(!seenOpen)}>
            Record AMHP saw the person
          </button>
        )}
      </div>
      <dl className="facts">
        <Fact term="Screening">
          {a.screening ? (
            <>
              <strong>{a.screening.decisionLabel}</strong> · {formatLondonFull(a.screening.at)}
              <div className="small">{a.screening.reason}</div>
              {a.screening.redirectedTo && <div className="small">Redirected to {a.screening.redirectedTo}</div>}
            </>
          ) : (
            'Not yet screened'
          )}
        </Fact>
        <Fact term="AMHP">
          {a.amhp ? (
            <>
              <strong data-testid="amhp-name">{a.amhp.name}</strong>
              {a.amhp.team && <span className="muted"> · {a.amhp.team}</span>}{' '}
              {a.amhp.approvalCurrent ? (
                <span className="tag tag--ok">approved until {formatCalendarDate(a.amhp.expiresOn)}</span>
              ) : (
                <span className="tag tag--bad">approval not current (s114)</span>
              )}
              <div className="small">
                Allocated {formatLondonFull(a.amhp.allocatedAt)} · saw the person: {a.amhp.lastSawPersonAt ? formatLondonFull(a.amhp.lastSawPersonAt) : 'not yet recorded (s11(5))'}
              </div>
            </>
          ) : (
            'Not allocated'
          )}
        </Fact>
        {a.arrangement && (
          <Fact term="Arranged">
            <strong>{formatLondonFull(a.arrangement.scheduledAt)}</strong> at {a.arrangement.place}
            <div className="small">Doctors: {a.arrangement.doctors.map((d) => `${d.name}${d.s12Approved ? ' (s12)' : ''}`).join(', ')}</div>
          </Fact>
        )}
        {a.startedAt && <Fact term="Started">{formatLondonFull(a.startedAt)}</Fact>}
        {a.outcome && (
          <Fact term="Outcome">
            <strong data-testid="outcome">{a.outcome.label}</strong> · {formatLondonFull(a.outcome.at)}
            {a.outcome.kind === 'community_alternative' && <div className="small">{a.outcome.putInPlace}</div>}
            {a.outcome.kind === 'no_further_action' && <div className="small">{a.outcome.reason}</div>}
            {a.outcome.kind === 'informal_admission' && a.outcome.notes && <div className="small">{a.outcome.notes}</div>}
            {a.outcome.kind === 'not_completed' && (
              <div className="small">
                {a.outcome.reasonLabel}
                {a.outcome.details ? `: ${a.outcome.details}` : ''}
              </div>
            )}
          </Fact>
        )}
        {a.bedSoughtAt && <Fact term="Bed sought">{formatLondonFull(a.bedSoughtAt)}</Fact>}
        {a.bed && (
          <Fact term="Bed">
            <strong>{a.bed.hospital}</strong>
            {a.bed.ward && `, ${a.bed.ward}`} {a.bed.outOfArea && <span className="tag tag--bad">Out of area</span>}
            <div className="small">Identified {formatLondonFull(a.bed.identifiedAt)}</div>
          </Fact>
        )}
        {a.conveyance && (
          <Fact term="Conveyance">
            <strong>{a.conveyance.modeLabel}</strong> · {formatLondonFull(a.conveyance.arrangedAt)}
            {a.conveyance.details && <div className="small">{a.conveyance.details}</div>}
          </Fact>
        )}
        {a.admittedAt && <Fact term="Admitted">{formatLondonFull(a.admittedAt)}</Fact>}
        {a.withdrawal && (
          <Fact term="Withdrawn">
            {formatLondonFull(a.withdrawal.at)}: {a.withdrawal.reason}
          </Fact>
        )}
        {a.closedAt && <Fact term="Closed">{formatLondonFull(a.closedAt)}</Fact>}
      </dl>
      {seenOpen && <AmhpSeenForm onDone={() => setSeenOpen(false)} onCancel={() => setSeenOpen(false)} />}
    </section>
  );
}
