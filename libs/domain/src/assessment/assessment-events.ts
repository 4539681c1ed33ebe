import { JustifiedException } from '../rules/rule-violation';
import { ApplicationFacts } from './check-application';
import { AssessmentState, ConveyanceMode, NotCompletedReason, ScreeningDecision } from './assessment-state';

interface Event<T extends string, D> {
  type: T;
  /** When it was recorded. */
  at: Date;
  /** Who recorded it (user id). */
  by: string;
  data: D;
}

/** Everything that happens to an assessment, kept on its timeline. Data holds Date objects for instants. */
export type AssessmentEvent =
  | Event<'referral_screened', { decision: ScreeningDecision; reason: string; redirectedTo: string | null }>
  | Event<'amhp_allocated', { amhpId: string }>
  | Event<'assessment_arranged', { scheduledAt: Date; place: string; doctorIds: string[] }>
  | Event<'assessment_started', Record<string, never>>
  | Event<'application_made', { application: ApplicationFacts; exceptions: JustifiedException[] }>
  | Event<'informal_admission_agreed', { notes: string | null }>
  | Event<'community_alternative_arranged', { putInPlace: string }>
  | Event<'no_further_action_decided', { reason: string }>
  | Event<'assessment_not_completed', { reason: NotCompletedReason; details: string | null }>
  | Event<'bed_sought', Record<string, never>>
  | Event<'bed_identified', { hospital: string; ward: string | null; outOfArea: boolean }>
  | Event<'conveyance_arranged', { mode: ConveyanceMode; details: string | null }>
  | Event<'person_admitted', { admittedAt: Date }>
  | Event<'written_reasons_sent_to_nearest_relative', { sentAt: Date }>
  | Event<'assessment_closed', Record<string, never>>
  | Event<'assessment_withdrawn', { reason: string }>;

export type AssessmentEventType = AssessmentEvent['type'];

/** Apply one event. Events are facts already decided: no checks here (see decide). */
export function evolve(state: AssessmentState, event: AssessmentEvent): AssessmentState {
  switch (event.type) {
    case 'referral_screened':
      return { ...state, stage: 'screened', screening: { ...event.data, at: event.at } };
    case 'amhp_allocated':
      return { ...state, stage: state.stage === 'screened' ? 'amhp_allocated' : state.stage, amhp: { amhpId: event.data.amhpId, allocatedAt: event.at } };
    case 'assessment_arranged':
      return { ...state, stage: 'assessment_arranged', arrangement: { ...event.data, doctorIds: [...event.data.doctorIds] } };
    case 'assessment_started':
      return { ...state, stage: 'assessment_under_way', startedAt: event.at };
    case 'application_made':
      return { ...state, stage: 'outcome_recorded', outcome: { kind: 'application', ...event.data } };
    case 'informal_admission_agreed':
      return { ...state, stage: 'outcome_recorded', outcome: { kind: 'informal_admission', ...event.data } };
    case 'community_alternative_arranged':
      return { ...state, stage: 'outcome_recorded', outcome: { kind: 'community_alternative', ...event.data } };
    case 'no_further_action_decided':
      return { ...state, stage: 'outcome_recorded', outcome: { kind: 'no_further_action', ...event.data } };
    case 'assessment_not_completed':
      return { ...state, stage: 'outcome_recorded', outcome: { kind: 'not_completed', ...event.data } };
    case 'bed_sought':
      return { ...state, stage: 'bed_sought', bedSoughtAt: event.at, bed: null, conveyance: null };
    case 'bed_identified':
      return { ...state, stage: 'bed_identified', bed: { ...event.data, identifiedAt: event.at } };
    case 'conveyance_arranged':
      return { ...state, stage: 'conveyance_arranged', conveyance: { ...event.data, arrangedAt: event.at } };
    case 'person_admitted':
      return { ...state, stage: 'admitted', admittedAt: event.data.admittedAt };
    case 'written_reasons_sent_to_nearest_relative':
      return { ...state, writtenReasonsToNearestRelativeAt: event.data.sentAt };
    case 'assessment_closed':
      return { ...state, stage: 'closed', closedAt: event.at };
    case 'assessment_withdrawn':
      return { ...state, stage: 'closed', withdrawal: { reason: event.data.reason, at: event.at }, closedAt: event.at };
  }
}

/** Rebuild an assessment from its timeline. */
export function replay(initial: AssessmentState, events: readonly AssessmentEvent[]): AssessmentState {
  return events.reduce(evolve, initial);
}
