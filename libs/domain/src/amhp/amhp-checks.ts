import { ConflictOfInterestFacts } from '../conflicts/conflict-facts';
import { ApplicationSection } from '../rules/application-section';
import { combineChecks, NO_FINDINGS, RuleCheck, violation } from '../rules/rule-violation';
import { formatLondonDateTime } from '../time/london-format';
import { isWithinPeriod, periodEndingWith } from '../time/london-calendar';
import { HOUR_MS } from '../time/london-time';
import { AmhpApproval, approvalInForce } from './amhp-approval';

/** The AMHP making the application, as the checks need them. */
export interface ApplicantAmhp {
  id: string;
  approval: AmhpApproval;
  /** Approvals a renewal replaced: an act is judged against the warrant in force on its date (s114). */
  earlierApprovals?: readonly AmhpApproval[];
  /** The last time the AMHP personally saw the person (s11(5), s4(5)). */
  lastSawPersonAt: Date | null;
  conflicts?: ConflictOfInterestFacts;
}

/**
 * The rules about the applicant AMHP: approved on the date of the application (s114), and has
 * personally seen the person within the 14 days ending with the date of application (s11(5)),
 * or, for an emergency application, within the previous 24 hours (s4(5)).
 */
export function checkApplicantAmhp(section: ApplicationSection, amhp: ApplicantAmhp, applicationMadeAt: Date): RuleCheck {
  return combineChecks(checkApproval(amhp, applicationMadeAt), checkSeenPerson(section, amhp.lastSawPersonAt, applicationMadeAt));
}

function checkApproval(amhp: ApplicantAmhp, applicationMadeAt: Date): RuleCheck {
  if (approvalInForce([amhp.approval, ...(amhp.earlierApprovals ?? [])], applicationMadeAt)) return NO_FINDINGS;
  return violation('amhp.not_approved', 's114', 'The AMHP’s approval is not current on the date of the application: only an approved mental health professional may apply.');
}

function checkSeenPerson(section: ApplicationSection, seenAt: Date | null, madeAt: Date): RuleCheck {
  if (!seenAt) {
    const where = section === 's4' ? 's4(5)' : 's11(5)';
    return violation('amhp.not_seen', where, 'Record when the AMHP personally saw the person: an application may not be made without it.');
  }
  if (seenAt > madeAt) {
    return violation('amhp.seen_after_application', section === 's4' ? 's4(5)' : 's11(5)', 'The AMHP must have seen the person before making the application.');
  }
  if (section === 's4') {
    if (madeAt.getTime() - seenAt.getTime() <= 24 * HOUR_MS) return NO_FINDINGS;
    return violation(
      'amhp.not_seen_within_24_hours',
      's4(5)',
      `For an emergency application the AMHP must have seen the person within the previous 24 hours; last seen ${formatLondonDateTime(seenAt)}.`,
    );
  }
  if (isWithinPeriod(periodEndingWith(madeAt, 14), seenAt)) return NO_FINDINGS;
  return violation(
    'amhp.not_seen_within_14_days',
    's11(5)',
    `The AMHP must have personally seen the person within the 14 days ending with the date of the application; last seen ${formatLondonDateTime(seenAt)}.`,
  );
}
