import { ReferralView } from '@amhp/contracts';
import { formatNhsNumber, LOCATION_KINDS } from '@amhp/domain';
import { ReactNode, useState } from 'react';
import { formatElapsed } from '../../lib/countdown';
import { ageInYears, formatCalendarDate, formatLondonFull, londonDate } from '../../lib/london-time';
import { useNow } from '../../lib/now-context';
import { Link } from '../../lib/router';
import { stageLabel } from '../assessments/StageBadge';
import { Can } from '../identity/session-context';
import { CloseReferralForm } from './CloseReferralForm';
import { DeadlineCountdown } from './DeadlineCountdown';
import { clockStartLabel, ethnicLabel, sexLabel, situationLabel, sourceLabel } from './referral-labels';
import { RISK_FLAGS, RISK_LABELS } from './referral-form-model';
import { UrgencyBadge } from './UrgencyBadge';
import { useReferral } from './use-referral';
import './referral-detail.css';

export function ReferralDetailPage({ id }: { id: string }) {
  const { referral, loading, error, notFound, reload } = useReferral(id);

  if (!referral) {
    return (
      <section className="page" aria-labelledby="page-heading">
        <div className="page__head">
          <h1 id="page-heading" tabIndex={-1}>
            {notFound ? 'Referral not found' : 'Referral'}
          </h1>
          <Link to="/" className="button">
            Back to board
          </Link>
        </div>
        {loading ? <p className="muted">Loading…</p> : <p className="notice notice--error">{error}</p>}
      </section>
    );
  }
  return <ReferralDetail referral={referral} reload={reload} />;
}

function ReferralDetail({ referral: r, reload }: { referral: ReferralView; reload: () => Promise<void> }) {
  const now = useNow();
  const clockLabel = clockStartLabel(r.legal.situation);
  const risks = RISK_FLAGS.filter((flag) => r.risks[flag]);
  const [conflict, setConflict] = useState(false);

  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page__head">
        <h1 id="page-heading" tabIndex={-1}>
          <span className="mono">{r.reference}</span> {r.person.familyName}, {r.person.givenName}
        </h1>
        <UrgencyBadge urgency={r.urgency} />
        {r.status === 'closed' && <span className="badge badge--closed">Closed</span>}
        {r.assessmentId && (
          <Link to={`/assessments/${encodeURIComponent(r.assessmentId)}`} className="button button--primary" data-testid="open-case">
            Open case{r.stage ? `: ${stageLabel(r.stage)}` : ''}
          </Link>
        )}
        <Link to="/" className="button">
          Back to board
        </Link>
      </div>

      <div role="alert">
        {conflict && (
          <p className="notice notice--warning">
            Someone else changed this referral — reloaded. Check the details below, then close it again if it still should be.
          </p>
        )}
      </div>

      {r.deadline && (
        <div className="detail-deadline">
          <h2 className="visually-hidden">Legal deadline</h2>
          <p className="detail-deadline__label">{r.deadline.label}</p>
          <DeadlineCountdown deadline={r.deadline} now={now} />
          <p className="muted">
            Started {formatLondonFull(r.deadline.startsAt)}; ends {formatLondonFull(r.deadline.expiresAt)}
          </p>
        </div>
      )}

      <div className="detail-grid">
        <DetailSection title="Person">
          <Item term="Name">
            {r.person.givenName} {r.person.familyName}
          </Item>
          <Item term="Date of birth">
            {formatCalendarDate(r.person.dateOfBirth)} (age {ageInYears(r.person.dateOfBirth, londonDate(now))})
          </Item>
          <Item term="NHS number">{r.person.nhsNumber ? formatNhsNumber(r.person.nhsNumber) : 'Not given'}</Item>
          <Item term="Sex">{sexLabel(r.person.sex)}</Item>
          <Item term="Ethnic category">{ethnicLabel(r.person.ethnicCategory)}</Item>
          <Item term="Address">
            {r.person.address}, {r.person.postcode}
          </Item>
          <Item term="Responsible council">{r.person.council}</Item>
        </DetailSection>

        <DetailSection title="Referral">
          <Item term="Received">
            {formatLondonFull(r.receivedAt)} ({formatElapsed(now - Date.parse(r.receivedAt))} ago)
          </Item>
          <Item term="Source">{sourceLabel(r.source.kind)}</Item>
          <Item term="Referrer">
            {r.source.referrerName} · {r.source.referrerContact}
          </Item>
          <Item term="Where now">
            {r.currentLocation}
            {r.locationKind ? ` (${LOCATION_KINDS[r.locationKind]})` : ''}
          </Item>
          <Item term="Status">{r.status === 'open' ? 'Open' : `Closed ${r.closedAt ? formatLondonFull(r.closedAt) : ''}`}</Item>
          {r.closedReason && <Item term="Reason for closing">{r.closedReason}</Item>}
          <Item term="Last updated">{formatLondonFull(r.updatedAt)}</Item>
        </DetailSection>

        <DetailSection title="Legal situation">
          <Item term="Situation">{situationLabel(r.legal.situation)}</Item>
          {clockLabel && <Item term={clockLabel}>{r.legal.clockStartedAt ? formatLondonFull(r.legal.clockStartedAt) : 'Not recorded'}</Item>}
          {r.legal.clockStartConfirmed && <Item term="Start time">Confirmed by the AMHP although the power would have lapsed</Item>}
          {r.legal.placeOfSafety && <Item term="Place of safety">{r.legal.placeOfSafety}</Item>}
          {r.legal.atPoliceStation && (
            <Item term="Police station (s136A(2))">
              {r.legal.policeStation?.inspectorAuthorised ? `Authorised by ${r.legal.policeStation.authorisedBy ?? 'an inspector'}` : 'Authorisation not recorded'}; imminent risk, no other place of safety and a healthcare
              professional available recorded
            </Item>
          )}
          {r.legal.details && <Item term="Details">{r.legal.details}</Item>}
        </DetailSection>

        <DetailSection title="Risks">
          <Item term="Present">{risks.length ? risks.map((f) => RISK_LABELS[f]).join(', ') : 'None recorded'}</Item>
          {r.risks.notes && <Item term="Notes">{r.risks.notes}</Item>}
        </DetailSection>
      </div>

      <section className="detail-reason" aria-labelledby="reason-heading">
        <h2 id="reason-heading">Reason for referral</h2>
        <p className="prewrap">{r.reason}</p>
      </section>

      {r.status === 'open' && (
        <Can capability="case.act">
          <CloseReferralForm referral={r} reload={reload} onConflict={() => setConflict(true)} />
        </Can>
      )}
    </section>
  );
}

function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="detail-section" aria-label={title}>
      <h2>{title}</h2>
      <dl>{children}</dl>
    </section>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="detail-item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
