import { JustifiedException } from '../rules/rule-violation';
import { ApplicationFacts } from './check-application';

/** The stages of an assessment (issue 3, item 1), in the order a case usually moves. */
export const ASSESSMENT_STAGES = {
  referral_received: 'Referral received',
  screened: 'Screened',
  amhp_allocated: 'AMHP allocated',
  assessment_arranged: 'Assessment arranged',
  assessment_under_way: 'Assessment under way',
  outcome_recorded: 'Outcome recorded',
  bed_sought: 'Bed sought',
  bed_identified: 'Bed identified',
  conveyance_arranged: 'Conveyance arranged',
  admitted: 'Admitted',
  closed: 'Closed',
} as const;

export type AssessmentStage = keyof typeof ASSESSMENT_STAGES;
export const ASSESSMENT_STAGE_CODES = Object.keys(ASSESSMENT_STAGES) as AssessmentStage[];

export const SCREENING_DECISIONS = {
  accepted: 'Accepted for Mental Health Act assessment',
  redirected: 'Redirected to another service',
  no_further_action: 'No further action',
} as const;
export type ScreeningDecision = keyof typeof SCREENING_DECISIONS;

/** Why an assessment could not be completed; "no bed" is reported separately by councils. */
export const NOT_COMPLETED_REASONS = {
  no_bed: 'Unable to complete: no bed',
  person_not_found: 'Person not found',
  no_doctor: 'No doctor available',
  no_police_or_ambulance: 'Police or ambulance support not available',
  person_left: 'Person left before the assessment',
  other: 'Other',
} as const;
export type NotCompletedReason = keyof typeof NOT_COMPLETED_REASONS;

export const CONVEYANCE_MODES = {
  ambulance: 'Ambulance',
  secure_transport: 'Secure transport',
  police: 'Police (last resort)',
  other: 'Other',
} as const;
export type ConveyanceMode = keyof typeof CONVEYANCE_MODES;

export type AssessmentOutcome =
  | { kind: 'application'; application: ApplicationFacts; exceptions: JustifiedException[] }
  | { kind: 'informal_admission'; notes: string | null }
  | { kind: 'community_alternative'; putInPlace: string }
  | { kind: 'no_further_action'; reason: string }
  | { kind: 'not_completed'; reason: NotCompletedReason; details: string | null };

export type AssessmentOutcomeKind = AssessmentOutcome['kind'];

/** An assessment as the rules see it: rebuilt from its events (see evolve). */
export interface AssessmentState {
  stage: AssessmentStage;
  receivedAt: Date;
  /** The referral is a nearest relative's request under s13(4): not applying needs written reasons. */
  nearestRelativeRequest: boolean;
  screening: { decision: ScreeningDecision; reason: string; redirectedTo: string | null; at: Date } | null;
  amhp: { amhpId: string; allocatedAt: Date } | null;
  arrangement: { scheduledAt: Date; place: string; doctorIds: string[] } | null;
  startedAt: Date | null;
  outcome: AssessmentOutcome | null;
  bedSoughtAt: Date | null;
  bed: { hospital: string; ward: string | null; outOfArea: boolean; identifiedAt: Date } | null;
  conveyance: { mode: ConveyanceMode; details: string | null; arrangedAt: Date } | null;
  admittedAt: Date | null;
  writtenReasonsToNearestRelativeAt: Date | null;
  withdrawal: { reason: string; at: Date } | null;
  closedAt: Date | null;
}

/** A new assessment, opened when a referral is received. */
export function newAssessment(referral: { receivedAt: Date; nearestRelativeRequest?: boolean }): AssessmentState {
  return {
    stage: 'referral_received',
    receivedAt: referral.receivedAt,
    nearestRelativeRequest: referral.nearestRelativeRequest ?? false,
    screening: null,
    amhp: null,
    arrangement: null,
    startedAt: null,
    outcome: null,
    bedSoughtAt: null,
    bed: null,
    conveyance: null,
    admittedAt: null,
    writtenReasonsToNearestRelativeAt: null,
    withdrawal: null,
    closedAt: null,
  };
}
