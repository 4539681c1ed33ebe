import { legalClocks, newAssessment } from '@amhp/domain';
import { EntityManager } from 'typeorm';
import type { ClockService } from '../../clocks/clock.service';
import { ReferralEntity } from '../../referrals/referral.entity';
import { AssessmentEventEntity } from '../assessment-event.entity';
import { AssessmentEntity } from '../assessment.entity';
import { clockFactsOf } from './clock-facts';
import { currentActorId } from './current-actor';
import { encodeData } from './event-codec';
import { stateColumns } from './state-columns';

/**
 * Opens the assessment of a new referral, inside the referral's own transaction (one per
 * referral: referral_id is unique), and stores the clocks the power on referral starts (an
 * s136 arrival, an s5(2) report...). The caller schedules the timers after commit.
 */
export async function openAssessment(manager: EntityManager, clocks: Pick<ClockService, 'syncClocks'>, referral: ReferralEntity, now: Date): Promise<AssessmentEntity> {
  const nearestRelativeRequest = referral.sourceKind === 'nearest_relative';
  const state = newAssessment({ receivedAt: referral.receivedAt, nearestRelativeRequest });
  const assessment = await manager.save(
    manager.create(AssessmentEntity, {
      ...stateColumns(state, []),
      referralId: referral.id,
      version: 1,
      nearestRelativeRequest,
      openedAt: now,
      updatedAt: now,
      amhpLastSawPersonAt: null,
    }),
  );
  await manager.insert(AssessmentEventEntity, {
    assessmentId: assessment.id,
    sequence: 1,
    type: 'assessment_opened',
    at: now,
    by: currentActorId(),
    data: encodeData({ legalSituation: referral.legalSituation, nearestRelativeRequest }) as object,
  });
  await clocks.syncClocks(manager, assessment.id, legalClocks(clockFactsOf(referral, state, [])));
  return assessment;
}
