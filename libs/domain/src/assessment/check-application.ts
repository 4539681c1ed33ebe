import { ApplicantAmhp, checkApplicantAmhp } from '../amhp/amhp-checks';
import { s6_1aAdmissionWindow, s6_1bAdmissionWindow } from '../clocks/detention-clocks';
import { AssessorRelationship } from '../conflicts/assessor-relationships';
import { checkConflictsOfInterest } from '../conflicts/conflicts-of-interest';
import { checkNearestRelativeDuties, NearestRelativeContact } from '../nearest-relative/nearest-relative-duties';
import { LegalRegime, legalRegimeOn } from '../regime/legal-regime';
import { lastMedicalExaminationAt, MedicalRecommendation } from '../recommendations/medical-recommendation';
import { checkMedicalRecommendations } from '../recommendations/recommendation-checks';
import { ApplicationSection } from '../rules/application-section';
import { combineChecks, hasReason, JustifiedException, NO_FINDINGS, RuleCheck, RuleViolation, violation } from '../rules/rule-violation';
import { formatLondonDateTime } from '../time/london-format';
import { checkExistingDetention, checkSecondRecommendationAvailable } from './application-circumstances';

/** Everything the law asks of an AMHP's application for admission under s2, s3 or s4. */
export interface ApplicationFacts {
  section: ApplicationSection;
  /** When the AMHP signs the application. */
  madeAt: Date;
  amhp: ApplicantAmhp;
  /** The recommendations the application is founded on (two for s2/s3, one for s4). */
  recommendations: MedicalRecommendation[];
  /** s12(2) / s4(3): why no doctor with previous acquaintance gave a recommendation. */
  noPreviousAcquaintanceReason?: string | null;
  nearestRelative: NearestRelativeContact;
  /** s4(2): the AMHP's statement that it is of urgent necessity and waiting for a second doctor would cause undesirable delay. */
  urgentNecessityStatement?: string | null;
  /** Conflicts of Interest Regulations: the urgent-case exception (only for all three assessors in one team). */
  urgentCaseConflictReason?: string | null;
  /** Conflicts of Interest Regulations: the relationships between the AMHP and the doctors recorded on the case. */
  assessorRelationships?: AssessorRelationship[];
  /** The hospital the application is addressed to, when known (the bed is often found afterwards). */
  hospital?: string | null;
  /** The person is already detained under s2 (the referral's s2 admission): s2(4), s4(1). */
  detainedUnderS2Since?: Date | null;
  /** Every other signed medical recommendation on the case: for s4, a second doctor is already there (s4(2)). */
  otherRecommendationsOnCase?: MedicalRecommendation[];
  /** s4(2): why an emergency application is made although a second recommendation is on the case. */
  secondRecommendationReason?: string | null;
}

export interface ApplicationCheck {
  /** No violations: the application may be made. */
  lawful: boolean;
  violations: RuleViolation[];
  /** Departures the law allows with a recorded reason, kept for the record. */
  exceptions: JustifiedException[];
}

/**
 * Run every rule for an application under s2, s3 or s4 and list what is wrong: the AMHP
 * (s114, s11(5), s4(5)), the medical recommendations (s12, s4(3)), the nearest relative (s11(3),
 * s11(4)), conflicts of interest (s11(1A), s12(3)), urgent necessity (s4(2), which cannot hold
 * with a second recommendation already on the case), a detention under s2 already running
 * (s2(4), s4(1)) and whether the admission window is still open (s6(1)). Empty violations
 * means lawful. The regime is the law in force on the day of the application (today's Act
 * unless MHA 2025 commencements are passed).
 */
export function checkApplication(facts: ApplicationFacts, regime: LegalRegime = legalRegimeOn(facts.madeAt)): ApplicationCheck {
  const result = combineChecks(
    checkApplicantAmhp(facts.section, facts.amhp, facts.madeAt),
    checkMedicalRecommendations({
      section: facts.section,
      recommendations: facts.recommendations,
      applicationMadeAt: facts.madeAt,
      noPreviousAcquaintanceReason: facts.noPreviousAcquaintanceReason,
    }),
    checkNearestRelativeDuties(facts.section, facts.nearestRelative, regime),
    checkConflictsOfInterest({
      amhp: { id: facts.amhp.id, role: 'amhp', conflicts: facts.amhp.conflicts },
      doctors: facts.recommendations.map((r) => ({ id: r.doctor.id, role: 'doctor' as const, conflicts: r.doctor.conflicts })),
      urgentCaseReason: facts.urgentCaseConflictReason,
      relationships: facts.assessorRelationships,
    }),
    checkUrgentNecessity(facts),
    checkSecondRecommendationAvailable(facts),
    checkExistingDetention(facts),
    checkAdmissionWindowOpen(facts),
  );
  return { lawful: result.violations.length === 0, ...result };
}

function checkUrgentNecessity(facts: ApplicationFacts): RuleCheck {
  if (facts.section !== 's4' || hasReason(facts.urgentNecessityStatement)) return NO_FINDINGS;
  return violation(
    's4.no_urgent_necessity',
    's4(2)',
    'An emergency application must state that it is of urgent necessity and that waiting for a second doctor would cause undesirable delay.',
  );
}

/** s6(1): an application made after its admission window has closed could never be acted on. */
function checkAdmissionWindowOpen(facts: ApplicationFacts): RuleCheck {
  const last = lastMedicalExaminationAt(facts.recommendations);
  if (!last) return NO_FINDINGS;
  const window = facts.section === 's4' ? s6_1bAdmissionWindow(last, facts.madeAt) : s6_1aAdmissionWindow(last);
  if (facts.madeAt < window.expiresAt) return NO_FINDINGS;
  const words =
    facts.section === 's4'
      ? 'within 24 hours beginning with the medical examination or the application, whichever is earlier'
      : 'within 14 days beginning with the date of the last medical examination';
  return violation('admission_window.closed', window.section, `The person must be admitted ${words}; that window closed ${formatLondonDateTime(window.expiresAt)}.`);
}

/** How a refusal quotes the violations: "s12(1): No more than five clear days ...; s11(5): ...". */
export function describeViolations(violations: readonly RuleViolation[]): string {
  return violations.map((v) => `${v.section}: ${v.message}`).join(' ');
}
