import { ApplicationFacts, ApplicationSection } from '@amhp/domain';
import { NearestRelativeRecordEntity } from '../../nearest-relatives/nearest-relative-record.entity';
import { toNearestRelativeContact } from '../../nearest-relatives/nearest-relative.mapper';
import { AmhpEntity } from '../amhps/amhp.entity';
import { approvalOf } from '../amhps/amhp.mapper';
import { ExaminationWithDoctor, teamKey, toMedicalRecommendation } from '../examinations/examination.mapper';

/** The stored records an application is assembled from. */
export interface ApplicationSources {
  amhp: AmhpEntity;
  amhpLastSawPersonAt: Date | null;
  /** The examinations with signed recommendations the application is founded on. */
  recommendations: readonly ExaminationWithDoctor[];
  nearestRelative: NearestRelativeRecordEntity | null;
}

export interface ApplicationChoices {
  section: ApplicationSection;
  madeAt: Date;
  noPreviousAcquaintanceReason?: string | null;
  urgentNecessityStatement?: string | null;
  urgentCaseConflictReason?: string | null;
  hospital?: string | null;
}

/**
 * ApplicationFacts (libs/domain) from what is recorded on the assessment: the allocated AMHP and
 * their approval (s114) and when they saw the person (s11(5), s4(5)), the recommendations and
 * their doctors (s12), the nearest relative (s11(3), s11(4)), the teams (Conflicts of Interest
 * Regulations 2008). The rules themselves are checkApplication's.
 */
export function applicationFactsOf(sources: ApplicationSources, choices: ApplicationChoices): ApplicationFacts {
  return {
    section: choices.section,
    madeAt: choices.madeAt,
    amhp: {
      id: sources.amhp.id,
      approval: approvalOf(sources.amhp),
      lastSawPersonAt: sources.amhpLastSawPersonAt,
      conflicts: { teamId: teamKey(sources.amhp.team) },
    },
    recommendations: sources.recommendations.map(toMedicalRecommendation),
    noPreviousAcquaintanceReason: choices.noPreviousAcquaintanceReason ?? null,
    nearestRelative: toNearestRelativeContact(sources.nearestRelative),
    urgentNecessityStatement: choices.urgentNecessityStatement ?? null,
    urgentCaseConflictReason: choices.urgentCaseConflictReason ?? null,
    hospital: choices.hospital ?? null,
  };
}
