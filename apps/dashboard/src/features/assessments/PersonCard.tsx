import { formatNhsNumber } from '@amhp/domain';
import { formatElapsed } from '../../lib/countdown';
import { ageInYears, formatCalendarDate, formatLondonFull, londonDate } from '../../lib/london-time';
import { useNow } from '../../lib/now-context';
import { Link } from '../../lib/router';
import { situationLabel } from '../referrals/referral-labels';
import { UrgencyBadge } from '../referrals/UrgencyBadge';
import { useCase } from './case-context';
import { Fact } from './NearestRelativeSection';

/** The person and the referral, from the referral record. */
export function PersonCard() {
  const { assessment } = useCase();
  const now = useNow();
  const r = assessment.referral;
  return (
    <section className="case-card" aria-labelledby="person-heading" data-testid="case-person">
      <div className="case-card__head">
        <h2 id="person-heading">Person and referral</h2>
        <UrgencyBadge urgency={r.urgency} />
      </div>
      <dl className="facts facts--narrow">
        <Fact term="Date of birth">
          {formatCalendarDate(r.person.dateOfBirth)} (age {ageInYears(r.person.dateOfBirth, londonDate(now))})
        </Fact>
        <Fact term="NHS number">{r.person.nhsNumber ? <span className="mono">{formatNhsNumber(r.person.nhsNumber)}</span> : 'Not given'}</Fact>
        <Fact term="Where now">{r.currentLocation}</Fact>
        <Fact term="Legal situation">{situationLabel(r.legal.situation)}</Fact>
        {r.legal.placeOfSafety && <Fact term="Place of safety">{r.legal.placeOfSafety}</Fact>}
        <Fact term="Referral">
          <Link to={`/referrals/${encodeURIComponent(r.id)}`} className="mono">
            {r.reference}
          </Link>{' '}
          received {formatLondonFull(r.receivedAt)} <span className="muted">({formatElapsed(now - Date.parse(r.receivedAt))} ago)</span>
        </Fact>
      </dl>
    </section>
  );
}
