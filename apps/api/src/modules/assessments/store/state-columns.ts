import { AssessmentEvent, AssessmentState, lastMedicalExaminationAt } from '@amhp/domain';
import { AssessmentEntity } from '../assessment.entity';

export type StateColumns = Pick<
  AssessmentEntity,
  | 'stage'
  | 'screeningDecision'
  | 'screenedAt'
  | 'amhpId'
  | 'amhpAllocatedAt'
  | 'scheduledAt'
  | 'startedAt'
  | 'outcomeKind'
  | 'outcomeAt'
  | 'notCompletedReason'
  | 'applicationSection'
  | 'applicationMadeAt'
  | 'lastMedicalExaminationAt'
  | 'bedSoughtAt'
  | 'bedIdentifiedAt'
  | 'hospital'
  | 'outOfArea'
  | 'conveyanceMode'
  | 'conveyanceArrangedAt'
  | 'admittedAt'
  | 'writtenReasonsSentAt'
  | 'withdrawnAt'
  | 'closedAt'
>;

const OUTCOME_EVENTS = new Set(['application_made', 'informal_admission_agreed', 'community_alternative_arranged', 'no_further_action_decided', 'assessment_not_completed']);

/** The denormalised columns of an assessment, projected from its replayed state. */
export function stateColumns(state: AssessmentState, events: readonly AssessmentEvent[]): StateColumns {
  const outcome = state.outcome;
  const application = outcome?.kind === 'application' ? outcome.application : null;
  const outcomeEvent = [...events].reverse().find((e) => OUTCOME_EVENTS.has(e.type));
  return {
    stage: state.stage,
    screeningDecision: state.screening?.decision ?? null,
    screenedAt: state.screening?.at ?? null,
    amhpId: state.amhp?.amhpId ?? null,
    amhpAllocatedAt: state.amhp?.allocatedAt ?? null,
    scheduledAt: state.arrangement?.scheduledAt ?? null,
    startedAt: state.startedAt,
    outcomeKind: outcome?.kind ?? null,
    outcomeAt: outcome ? (outcomeEvent?.at ?? null) : null,
    notCompletedReason: outcome?.kind === 'not_completed' ? outcome.reason : null,
    applicationSection: application?.section ?? null,
    applicationMadeAt: application?.madeAt ?? null,
    lastMedicalExaminationAt: application ? lastMedicalExaminationAt(application.recommendations) : null,
    bedSoughtAt: state.bedSoughtAt,
    bedIdentifiedAt: state.bed?.identifiedAt ?? null,
    hospital: state.bed?.hospital ?? application?.hospital ?? null,
    outOfArea: state.bed?.outOfArea ?? null,
    conveyanceMode: state.conveyance?.mode ?? null,
    conveyanceArrangedAt: state.conveyance?.arrangedAt ?? null,
    admittedAt: state.admittedAt,
    writtenReasonsSentAt: state.writtenReasonsToNearestRelativeAt,
    withdrawnAt: state.withdrawal?.at ?? null,
    closedAt: state.closedAt,
  };
}
