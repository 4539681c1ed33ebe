import { s2Clock } from '../clocks/detention-clocks';
import { MedicalRecommendation } from '../recommendations/medical-recommendation';
import { ApplicationSection } from '../rules/application-section';
import { exception, hasReason, NO_FINDINGS, RuleCheck, violation } from '../rules/rule-violation';
import { formatLondonDateTime } from '../time/london-format';

/** What else is true of the case when the AMHP applies: a detention already running, other recommendations. */
export interface ApplicationCircumstances {
  section: ApplicationSection;
  madeAt: Date;
  /** The recommendations the application is founded on. */
  recommendations: readonly MedicalRecommendation[];
  /** The person is already detained under s2: the admission (from the referral). */
  detainedUnderS2Since?: Date | null;
  /** Every other signed medical recommendation on the case (s4(2): a second doctor is already there). */
  otherRecommendationsOnCase?: readonly MedicalRecommendation[];
  /** s4(2): why an emergency application is made although a second recommendation is on the case. */
  secondRecommendationReason?: string | null;
}

/**
 * s2(4): a detention for assessment lasts up to 28 days and "shall not be renewed"; a person
 * already detained under s2 cannot be made subject to a second s2 application (the AMHP
 * considers s3), nor to an emergency application, which is for admitting someone not already
 * held (s4(1)). Once the 28 days are over the person is no longer detained and the rule is spent.
 */
export function checkExistingDetention(c: ApplicationCircumstances): RuleCheck {
  const since = c.detainedUnderS2Since;
  if (!since || c.section === 's3') return NO_FINDINGS;
  const ends = s2Clock(since).expiresAt;
  if (c.madeAt < since || c.madeAt >= ends) return NO_FINDINGS;
  const detained = `The person is already detained under s2 (admitted ${formatLondonDateTime(since)}, the 28 days end ${formatLondonDateTime(ends)})`;
  if (c.section === 's2') {
    return violation('s2.already_detained', 's2(4)', `${detained}: an s2 detention cannot be renewed or followed by a second s2 application. Consider an application under s3.`);
  }
  return violation('s4.already_detained', 's4(1)', `${detained}: an emergency application is for admitting someone not already detained. Consider an application under s3.`);
}

/**
 * s4(2): an emergency application states that it is of urgent necessity and that complying
 * with s2 (waiting for a second doctor) would cause undesirable delay. Where a second medical
 * recommendation, by another doctor, was already signed when the AMHP applies, no second doctor
 * is awaited: the statement cannot hold unless the AMHP records why that recommendation cannot
 * found an s2 application (kept as a justified exception).
 */
export function checkSecondRecommendationAvailable(c: ApplicationCircumstances): RuleCheck {
  if (c.section !== 's4') return NO_FINDINGS;
  const founding = new Set(c.recommendations.map((r) => r.doctor.id));
  const second = (c.otherRecommendationsOnCase ?? [])
    .filter((r) => !founding.has(r.doctor.id) && r.signedAt <= c.madeAt)
    .sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime())[0];
  if (!second) return NO_FINDINGS;
  if (hasReason(c.secondRecommendationReason)) return exception('s4.second_recommendation_on_case', 's4(2)', c.secondRecommendationReason.trim());
  return violation(
    's4.second_recommendation_on_case',
    's4(2)',
    `A second medical recommendation (signed ${formatLondonDateTime(second.signedAt)}) is already on the case, so waiting for a second doctor would cause no delay: make the application under s2, or record why that recommendation cannot found one.`,
  );
}
