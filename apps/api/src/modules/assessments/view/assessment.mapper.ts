import type { ApplicationView, AssessmentView, ClockView, OutcomeView } from '@amhp/contracts';
import {
  AmhpApproval,
  allowedCommands,
  ASSESSMENT_STAGES,
  AssessmentEvent,
  AssessmentState,
  CONVEYANCE_MODES,
  NOT_COMPLETED_REASONS,
  SCREENING_DECISIONS,
} from '@amhp/domain';
import { DoctorEntity } from '../../doctors/doctor.entity';
import { toDoctorView } from '../../doctors/doctor.mapper';
import { toNearestRelativeView } from '../../nearest-relatives/nearest-relative.mapper';
import { NearestRelativeRecords } from '../../nearest-relatives/nearest-relatives.service';
import { AmhpEntity } from '../amhps/amhp.entity';
import { toAmhpView } from '../amhps/amhp.mapper';
import { ExaminationWithDoctor, toExaminationView } from '../examinations/examination.mapper';
import { relationshipsFor, relationshipsOf, toAssessorRelationshipsView } from '../relationships/assessor-relationships.record';
import { LoadedAssessment } from '../store/assessment-store.service';
import { holdingPowersOf, toHoldingPowersView } from '../store/holding-power-records';
import { applicationChecks, recommendationChecks } from './rule-checks';
import { toTimelineEventView } from './timeline';

export interface AssessmentViewParts {
  loaded: LoadedAssessment;
  amhp: AmhpEntity | null;
  /** The allocated AMHP's warrants replaced by a renewal (s114). */
  amhpEarlierApprovals: readonly AmhpApproval[];
  arrangementDoctors: Map<string, DoctorEntity>;
  /** Every doctor the case names (arranged, examined, in a recorded relationship), by id. */
  doctors: Map<string, DoctorEntity>;
  examinations: ExaminationWithDoctor[];
  nearestRelative: NearestRelativeRecords;
  clocks: ClockView[];
  now: Date;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const doctorNames = (parts: AssessmentViewParts) => new Map([...parts.doctors].map(([id, d]) => [id, d.name]));

const OUTCOME_EVENT_TYPES = new Set<AssessmentEvent['type']>([
  'application_made',
  'informal_admission_agreed',
  'community_alternative_arranged',
  'no_further_action_decided',
  'assessment_not_completed',
]);

export function toAssessmentView(parts: AssessmentViewParts): AssessmentView {
  const { loaded, amhp, examinations, now } = parts;
  const { entity, referral, state } = loaded;
  const outcome = outcomeView(state, loaded.events, examinations);
  const relationships = relationshipsOf(loaded.rows);
  return {
    id: entity.id,
    referralId: referral.id,
    referral: {
      id: referral.id,
      reference: referral.reference,
      receivedAt: referral.receivedAt.toISOString(),
      urgency: referral.urgency,
      currentLocation: referral.currentLocation,
      person: {
        givenName: referral.givenName,
        familyName: referral.familyName,
        dateOfBirth: referral.dateOfBirth,
        nhsNumber: referral.nhsNumber,
        ethnicCategory: referral.ethnicCategory,
      },
      legal: { situation: referral.legalSituation, clockStartedAt: iso(referral.clockStartedAt), placeOfSafety: referral.placeOfSafety, atPoliceStation: referral.atPoliceStation },
    },
    version: entity.version,
    stage: state.stage,
    stageLabel: ASSESSMENT_STAGES[state.stage],
    openedAt: entity.openedAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    closedAt: iso(state.closedAt),
    nearestRelativeRequest: state.nearestRelativeRequest,
    screening: state.screening
      ? { ...state.screening, decisionLabel: SCREENING_DECISIONS[state.screening.decision], at: state.screening.at.toISOString() }
      : null,
    amhp:
      state.amhp && amhp
        ? { ...toAmhpView(amhp, now, parts.amhpEarlierApprovals), allocatedAt: state.amhp.allocatedAt.toISOString(), lastSawPersonAt: iso(entity.amhpLastSawPersonAt) }
        : null,
    arrangement: state.arrangement
      ? {
          scheduledAt: state.arrangement.scheduledAt.toISOString(),
          place: state.arrangement.place,
          doctors: state.arrangement.doctorIds.flatMap((id) => {
            const doctor = parts.arrangementDoctors.get(id);
            return doctor ? [toDoctorView(doctor)] : [];
          }),
        }
      : null,
    startedAt: iso(state.startedAt),
    examinations: examinations.map(toExaminationView),
    recommendationChecks: recommendationChecks(examinations, now),
    applicationChecks:
      amhp && state.amhp && !state.outcome
        ? applicationChecks(
            {
              amhp,
              amhpEarlierApprovals: parts.amhpEarlierApprovals,
              amhpLastSawPersonAt: entity.amhpLastSawPersonAt,
              examinations,
              nearestRelative: parts.nearestRelative.record,
              referral,
              relationships: relationshipsFor(relationships, amhp.id),
            },
            now,
            doctorNames(parts),
          )
        : null,
    nearestRelative: toNearestRelativeView(parts.nearestRelative.record, parts.nearestRelative.relatives, state),
    holdingPowers: toHoldingPowersView(referral, holdingPowersOf(referral, loaded.rows), state, now, (id) => parts.doctors.get(id)?.name ?? null),
    assessorRelationships: toAssessorRelationshipsView(relationships, amhp && state.amhp ? { id: amhp.id, name: amhp.name } : null, parts.doctors),
    outcome,
    outcomeKind: state.outcome?.kind ?? null,
    bedSoughtAt: iso(state.bedSoughtAt),
    bed: state.bed ? { ...state.bed, identifiedAt: state.bed.identifiedAt.toISOString() } : null,
    conveyance: state.conveyance
      ? { ...state.conveyance, modeLabel: CONVEYANCE_MODES[state.conveyance.mode], arrangedAt: state.conveyance.arrangedAt.toISOString() }
      : null,
    admittedAt: iso(state.admittedAt),
    withdrawal: state.withdrawal ? { reason: state.withdrawal.reason, at: state.withdrawal.at.toISOString() } : null,
    clocks: parts.clocks,
    allowedCommands: allowedCommands(state),
    timeline: loaded.rows.map(toTimelineEventView),
  };
}

function outcomeView(state: AssessmentState, events: readonly AssessmentEvent[], examinations: readonly ExaminationWithDoctor[]): OutcomeView | null {
  const outcome = state.outcome;
  if (!outcome) return null;
  const event = [...events].reverse().find((e) => OUTCOME_EVENT_TYPES.has(e.type));
  const at = (event?.at ?? state.receivedAt).toISOString();
  switch (outcome.kind) {
    case 'application':
      return { kind: 'application', label: `Application under ${outcome.application.section}`, at, application: applicationView(outcome, examinations) };
    case 'informal_admission':
      return { kind: 'informal_admission', label: 'Informal admission', at, notes: outcome.notes };
    case 'community_alternative':
      return { kind: 'community_alternative', label: 'Community alternative', at, putInPlace: outcome.putInPlace };
    case 'no_further_action':
      return { kind: 'no_further_action', label: 'No further action', at, reason: outcome.reason };
    case 'not_completed':
      return { kind: 'not_completed', label: 'Assessment not completed', at, reason: outcome.reason, reasonLabel: NOT_COMPLETED_REASONS[outcome.reason], details: outcome.details };
  }
}

function applicationView(outcome: Extract<AssessmentState['outcome'], { kind: 'application' }>, examinations: readonly ExaminationWithDoctor[]): ApplicationView {
  const { application, exceptions } = outcome;
  // The recommendations are kept in the event as the rules saw them; find their examinations again by doctor and time.
  const examinationIds = application.recommendations.flatMap((r) => {
    const match = examinations.find((e) => e.doctorId === r.doctor.id && e.examinedAt.getTime() === r.examinedAt.getTime());
    return match ? [match.id] : [];
  });
  return {
    section: application.section,
    madeAt: application.madeAt.toISOString(),
    amhpId: application.amhp.id,
    examinationIds,
    hospital: application.hospital ?? null,
    noPreviousAcquaintanceReason: application.noPreviousAcquaintanceReason ?? null,
    urgentNecessityStatement: application.urgentNecessityStatement ?? null,
    urgentCaseConflictReason: application.urgentCaseConflictReason ?? null,
    exceptions,
  };
}
