import type { RecommendationCheckView, RuleCheckView } from '@amhp/contracts';
import { APPLICATION_SECTIONS, ApplicationSection, checkApplication, checkMedicalRecommendations, RuleCheck } from '@amhp/domain';
import { applicationFactsOf, ApplicationSources } from '../commands/application-facts';
import { withDoctorNames } from './doctor-names';
import { ExaminationWithDoctor, toMedicalRecommendation } from '../examinations/examination.mapper';

const toView = (check: RuleCheck): RuleCheckView => ({ lawful: check.violations.length === 0, violations: check.violations, exceptions: check.exceptions });

const signedFor = (examinations: readonly ExaminationWithDoctor[], section: ApplicationSection) =>
  examinations.filter((e) => e.recommendationSection === section && e.signedAt);

/** The recorded recommendations of each section, checked together as the domain checks them (s12, s4(3)). */
export function recommendationChecks(examinations: readonly ExaminationWithDoctor[], now: Date): RecommendationCheckView[] {
  return APPLICATION_SECTIONS.flatMap((section) => {
    const signed = signedFor(examinations, section);
    if (signed.length === 0) return [];
    const check = checkMedicalRecommendations({ section, recommendations: signed.map(toMedicalRecommendation), applicationMadeAt: now });
    return [{ section, examinationIds: signed.map((e) => e.id), ...toView(check) }];
  });
}

/**
 * What an application under each section would meet if made now with every recommendation
 * recorded for it: the case page shows what is still missing before the AMHP applies.
 */
export function applicationChecks(
  sources: Omit<ApplicationSources, 'recommendations'>,
  now: Date,
  doctorNames: ReadonlyMap<string, string> = new Map(),
): Record<ApplicationSection, RuleCheckView> {
  const entries = APPLICATION_SECTIONS.map((section) => {
    const facts = applicationFactsOf({ ...sources, recommendations: signedFor(sources.examinations, section) }, { section, madeAt: now });
    const check = checkApplication(facts);
    return [section, toView({ ...check, violations: withDoctorNames(check.violations, doctorNames) })] as const;
  });
  return Object.fromEntries(entries) as Record<ApplicationSection, RuleCheckView>;
}
