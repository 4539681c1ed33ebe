import { combineChecks, NO_FINDINGS, RuleCheck, violation } from '../rules/rule-violation';
import { HOUR_MS } from '../time/london-time';
import { MedicalRecommendation } from './medical-recommendation';
import { checkPair, checkPreviousAcquaintance } from './recommendation-checks';

export interface S4ConversionFacts {
  s4AdmittedAt: Date;
  /** The recommendation the emergency application was founded on. */
  firstRecommendation: MedicalRecommendation;
  secondRecommendation: MedicalRecommendation;
  /** When the hospital managers received the second recommendation. */
  secondReceivedAt: Date;
  noPreviousAcquaintanceReason?: string | null;
}

/**
 * s4(4): an emergency admission becomes an s2 detention (running from the s4 admission) when a
 * second medical recommendation is given and received by the managers within 72 hours of the
 * admission, and the two recommendations together satisfy s12 except for the time of signing.
 */
export function checkS4Conversion(facts: S4ConversionFacts): RuleCheck {
  const deadline = facts.s4AdmittedAt.getTime() + 72 * HOUR_MS;
  const { secondRecommendation: second } = facts;
  const timing =
    facts.secondReceivedAt.getTime() >= deadline || second.signedAt.getTime() >= deadline
      ? violation('s4_conversion.too_late', 's4(4)(a)', 'The second recommendation must be given and received by the hospital managers within 72 hours of the s4 admission.')
      : facts.secondReceivedAt < second.signedAt
        ? violation('s4_conversion.received_before_signed', 's4(4)(a)', 'The managers cannot receive the second recommendation before it is signed.')
        : NO_FINDINGS;
  return combineChecks(
    timing,
    second.signedAt < second.examinedAt
      ? violation('recommendations.signed_before_examination', 's12(1)', 'A recommendation must follow the doctor’s personal examination of the person.')
      : NO_FINDINGS,
    checkPair(facts.firstRecommendation, second, 's4(4)(b)'),
    checkPreviousAcquaintance([facts.firstRecommendation, second], facts.noPreviousAcquaintanceReason, 's4(4)(b), s12(2)'),
  );
}
