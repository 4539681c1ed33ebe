import { AmhpApproval, ApplicationFacts, ApplicationSection, AssessorRelationship, MedicalRecommendation } from '@amhp/domain';
import { NearestRelativeRecordEntity } from '../../nearest-relatives/nearest-relative-record.entity';
import { toNearestRelativeContact } from '../../nearest-relatives/nearest-relative.mapper';
import { ReferralEntity } from '../../referrals/referral.entity';
import { AmhpEntity } from '../amhps/amhp.entity';
import { approvalOf } from '../amhps/amhp.mapper';
import { ExaminationWithDoctor, teamKey, toMedicalRecommendation } from '../examinations/examination.mapper';

/** The stored records an application is assembled from. */
export interface ApplicationSources {
  amhp: AmhpEntity;
  /** The AMHP's warrants that a renewal replaced (s114: each act judged against the one then in force). */
  amhpEarlierApprovals: readonly AmhpApproval[];
  amhpLastSawPersonAt: Date | null;
  /** The examinations with signed recommendations the application is founded on. */
  recommendations: readonly ExaminationWithDoctor[];
  /** Every examination on the case (s4(2): a second recommendation already there). */
  examinations: readonly ExaminationWithDoctor[];
  nearestRelative: NearestRelativeRecordEntity | null;
  /** The referral: a person already detained under s2 when referred (s2(4)). */
  referral: Pick<ReferralEntity, 'legalSituation' | 'clockStartedAt'>;
  /** The relationships between the assessors recorded on the case, for this AMHP (Conflicts of Interest Regulations 2008). */
  relationships: AssessorRelationship[];
}

export interface ApplicationChoices {
  section: ApplicationSection;
  madeAt: Date;
  noPreviousAcquaintanceReason?: string | null;
  urgentNecessityStatement?: string | null;
  secondRecommendationReason?: string | null;
  urgentCaseConflictReason?: string | null;
  hospital?: string | null;
}

/** The signed recommendations on the case other than those the application is founded on. */
function otherRecommendations(sources: ApplicationSources): MedicalRecommendation[] {
  const founding = new Set(sources.recommendations.map((e) => e.id));
  return sources.examinations.filter((e) => e.signedAt && e.recommendationSection && !founding.has(e.id)).map(toMedicalRecommendation);
}

/**
 * ApplicationFacts (libs/domain) from what is recorded on the assessment: the allocated AMHP and
 * their approvals (s114) and when they saw the person (s11(5), s4(5)), the recommendations and
 * their doctors (s12), the other recommendations on the case (s4(2)), the nearest relative
 * (s11(3), s11(4)), the teams and the recorded relationships between the assessors (Conflicts
 * of Interest Regulations 2008) and a detention under s2
 * already running (s2(4)). The rules themselves are checkApplication's.
 */
export function applicationFactsOf(sources: ApplicationSources, choices: ApplicationChoices): ApplicationFacts {
  const { referral } = sources;
  return {
    section: choices.section,
    madeAt: choices.madeAt,
    amhp: {
      id: sources.amhp.id,
      approval: approvalOf(sources.amhp),
      earlierApprovals: [...sources.amhpEarlierApprovals],
      lastSawPersonAt: sources.amhpLastSawPersonAt,
      conflicts: { teamId: teamKey(sources.amhp.team) },
    },
    recommendations: sources.recommendations.map(toMedicalRecommendation),
    noPreviousAcquaintanceReason: choices.noPreviousAcquaintanceReason ?? null,
    nearestRelative: toNearestRelativeContact(sources.nearestRelative),
    urgentNecessityStatement: choices.urgentNecessityStatement ?? null,
    secondRecommendationReason: choices.secondRecommendationReason ?? null,
    otherRecommendationsOnCase: otherRecommendations(sources),
    urgentCaseConflictReason: choices.urgentCaseConflictReason ?? null,
    assessorRelationships: sources.relationships,
    hospital: choices.hospital ?? null,
    detainedUnderS2Since: referral.legalSituation === 's2_detained' ? referral.clockStartedAt : null,
  };
}
