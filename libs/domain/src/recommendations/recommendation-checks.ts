import { ApplicationSection } from '../rules/application-section';
import { combineChecks, exception, hasReason, NO_FINDINGS, RuleCheck, violation } from '../rules/rule-violation';
import { clearDaysBetween } from '../time/london-calendar';
import { formatLondonDate } from '../time/london-format';
import { londonDateOf } from '../time/london-time';
import { isS12ApprovedOrAc, MedicalRecommendation } from './medical-recommendation';

export interface RecommendationFacts {
  section: ApplicationSection;
  /** The recommendations the application is founded on. */
  recommendations: readonly MedicalRecommendation[];
  applicationMadeAt: Date;
  /** Why no doctor with previous acquaintance could give a recommendation (the application explains it). */
  noPreviousAcquaintanceReason?: string | null;
}

/** s12(1): "not more than five days must have elapsed between the days on which the separate examinations took place". */
export const MAX_CLEAR_DAYS_BETWEEN_EXAMINATIONS = 5;

const REQUIRED: Record<ApplicationSection, { count: number; section: string }> = {
  s2: { count: 2, section: 's2(3)' },
  s3: { count: 2, section: 's3(3)' },
  s4: { count: 1, section: 's4(3)' },
};

/**
 * The medical recommendations an application is founded on: two for s2 and s3 from different
 * doctors, one of them s12-approved, examined no more than five clear days apart (s12(1), s12(2));
 * one for s4 (s4(3)); all signed on or before the date of the application, after the examination;
 * and a doctor with previous acquaintance, or the reason why not.
 */
export function checkMedicalRecommendations(facts: RecommendationFacts): RuleCheck {
  const { section, recommendations } = facts;
  const required = REQUIRED[section];
  if (recommendations.length !== required.count) {
    const words = required.count === 1 ? 'one medical recommendation' : 'two medical recommendations';
    return violation('recommendations.count', required.section, `An application under ${section} is founded on ${words}; ${recommendations.length} recorded.`);
  }
  return combineChecks(
    ...recommendations.map((r) => checkSigning(r, facts.applicationMadeAt)),
    section === 's4' ? NO_FINDINGS : checkPair(recommendations[0], recommendations[1], 's12'),
    checkPreviousAcquaintance(recommendations, facts.noPreviousAcquaintanceReason, section === 's4' ? 's4(3)' : 's12(2)'),
    section === 's3' ? checkTreatmentAvailable(recommendations) : NO_FINDINGS,
  );
}

function checkSigning(r: MedicalRecommendation, applicationMadeAt: Date): RuleCheck {
  if (r.signedAt < r.examinedAt) {
    return violation('recommendations.signed_before_examination', 's12(1)', 'A recommendation must follow the doctor’s personal examination of the person.');
  }
  if (londonDateOf(r.signedAt) > londonDateOf(applicationMadeAt)) {
    return violation(
      'recommendations.signed_after_application',
      's12(1)',
      `Recommendations must be signed on or before the date of the application; one is signed ${formatLondonDate(r.signedAt)}.`,
    );
  }
  return NO_FINDINGS;
}

/**
 * The s12 requirements between two recommendations; also used for an s4 conversion, where
 * s4(4)(b) applies them to the two recommendations together. `prefix` says how to cite them.
 */
export function checkPair(a: MedicalRecommendation, b: MedicalRecommendation, prefix: 's12' | 's4(4)(b)'): RuleCheck {
  const cite = (sub: string) => (prefix === 's12' ? `s12${sub}` : `s4(4)(b), s12${sub}`);
  if (a.doctor.id === b.doctor.id) {
    return violation('recommendations.same_doctor', cite('(1)'), 'The two recommendations must come from two different doctors.');
  }
  const checks: RuleCheck[] = [];
  if (!isS12ApprovedOrAc(a.doctor) && !isS12ApprovedOrAc(b.doctor)) {
    checks.push(violation('recommendations.no_s12_doctor', cite('(2)'), 'One of the recommendations must be given by a doctor approved under s12 (or an approved clinician).'));
  }
  const clearDays = clearDaysBetween(a.examinedAt, b.examinedAt);
  if (clearDays > MAX_CLEAR_DAYS_BETWEEN_EXAMINATIONS) {
    checks.push(
      violation(
        'recommendations.examinations_too_far_apart',
        cite('(1)'),
        `No more than five clear days may pass between the separate examinations; ${formatLondonDate(a.examinedAt)} and ${formatLondonDate(b.examinedAt)} are ${clearDays} clear days apart.`,
      ),
    );
  }
  return combineChecks(...checks);
}

/** s12(2) / s4(3): a doctor with previous acquaintance "if practicable"; otherwise the reason is recorded. */
export function checkPreviousAcquaintance(recommendations: readonly MedicalRecommendation[], reason: string | null | undefined, section: string): RuleCheck {
  if (recommendations.some((r) => r.doctor.previousAcquaintance)) return NO_FINDINGS;
  if (hasReason(reason)) return exception('recommendations.no_previous_acquaintance', section, reason.trim());
  return violation(
    'recommendations.no_previous_acquaintance',
    section,
    'No recommending doctor knew the person before: record why a recommendation from a doctor with previous acquaintance could not be obtained.',
  );
}

function checkTreatmentAvailable(recommendations: readonly MedicalRecommendation[]): RuleCheck {
  if (recommendations.every((r) => r.statesAppropriateTreatmentAvailable === true)) return NO_FINDINGS;
  return violation('recommendations.no_appropriate_treatment', 's3(2)(d)', 'Each s3 recommendation must state that appropriate medical treatment is available.');
}
