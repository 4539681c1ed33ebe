import type {
  ApplicationSection,
  AssessorRelationshipKind,
  RelationshipFinding,
  AssessmentCommandType,
  AssessmentEventType,
  AssessmentOutcomeKind,
  AssessmentStage,
  ConveyanceMode,
  EthnicCategoryCode,
  LegalSituation,
  NearestRelativeRequestStatus,
  NotCompletedReason,
  S26Relationship,
  ScreeningDecision,
  Urgency,
} from '@amhp/domain';
import type { ClockView } from '../clocks/clock.view';

/** Instants are ISO 8601 strings in UTC; dates are 'YYYY-MM-DD' (Europe/London calendar days). */

/** A rule an application breaks, with the section it comes from (e.g. "s12(1)"). */
export interface RuleViolationView {
  rule: string;
  section: string;
  message: string;
}

/** A rule the law lets the AMHP depart from, with the reason recorded. */
export interface JustifiedExceptionView {
  rule: string;
  section: string;
  reason: string;
}

export interface RuleCheckView {
  lawful: boolean;
  violations: RuleViolationView[];
  exceptions: JustifiedExceptionView[];
}

export interface DoctorView {
  id: string;
  name: string;
  gmcNumber: string;
  s12Approved: boolean;
  approvedClinician: boolean;
  registered: boolean;
  organisation: string | null;
  team: string | null;
  phone: string | null;
}

export interface AmhpView {
  id: string;
  name: string;
  approvingCouncil: string | null;
  approvedOn: string;
  expiresOn: string;
  suspendedFrom: string | null;
  team: string | null;
  /** Approved today (s114). */
  approvalCurrent: boolean;
}

/** The AMHP allocated to an assessment. */
export interface AllocatedAmhpView extends AmhpView {
  allocatedAt: string;
  /** s11(5) / s4(5): when they last personally saw the person. */
  lastSawPersonAt: string | null;
}

export interface RecommendationView {
  section: ApplicationSection;
  signedAt: string;
  statesAppropriateTreatmentAvailable: boolean | null;
}

/** A doctor's examination of the person and, if they recommend admission, their medical recommendation. */
export interface ExaminationView {
  id: string;
  doctor: DoctorView;
  examinedAt: string;
  previousAcquaintance: boolean;
  conflicts: { relativeOfPatient: boolean; financialInterestInOutcome: boolean };
  recommendation: RecommendationView | null;
  recordedAt: string;
}

/** checkMedicalRecommendations on the recommendations recorded for one section. */
export interface RecommendationCheckView extends RuleCheckView {
  section: ApplicationSection;
  examinationIds: string[];
}

export interface RelativeView {
  id: string;
  name: string;
  relationship: S26Relationship;
  relationshipLabel: string;
  dateOfBirth: string | null;
  halfBlood: boolean;
  livesWithOrCaresForPatient: boolean;
  ordinarilyResidentInUk: boolean;
  permanentlySeparatedOrDeserted: boolean;
  livingWithPatientSince: string | null;
  livingWithPatientUntil: string | null;
  throughFatherWithoutParentalResponsibility: boolean;
  excludedReason: string | null;
  contact: string | null;
}

/** An assessor named in a relationship: the AMHP or a doctor. */
export interface AssessorRefView {
  role: 'amhp' | 'doctor';
  id: string;
  name: string;
}

/** One relationship between two assessors and what the Conflicts of Interest Regulations 2008 make of it. */
export interface AssessorRelationshipView {
  from: AssessorRefView;
  kind: AssessorRelationshipKind;
  /** "Dr Jones line-manages (directs the work of) the AMHP". */
  description: string;
  to: AssessorRefView;
  finding: RelationshipFinding;
  explanation: string;
}

/** One holding power over an in-patient on the case (s5(4) or s5(2)). */
export interface HeldPowerView {
  power: 's5_4' | 's5_2';
  /** s5(4): the nurse's record; s5(2): the report furnished to the managers. */
  startedAt: string;
  endedAt: string | null;
  endedReason: string | null;
  /** s5(2) only: the doctor or approved clinician. */
  doctorName: string | null;
  /** s5(2) only: its 72 hours run from the s5(4) record (s5(5)). */
  countsFromS5_4: boolean;
}

/** The holding powers over an informal in-patient (s5(4) → s5(2) → application or end), and what may be recorded next. */
export interface HoldingPowersView {
  inPatient: boolean;
  powers: HeldPowerView[];
  /** Whether an s5(2) report may be recorded now, and if not why (with the section). */
  s5_2Report: { allowed: boolean; reason: string | null };
}

/** The relationships last recorded between the AMHP and the doctors (Conflicts of Interest Regulations 2008). */
export interface AssessorRelationshipsView {
  /** Null until recorded. */
  recordedAt: string | null;
  /** The AMHP the relationships were recorded for. */
  amhpId: string | null;
  /** False when the case has since been allocated to another AMHP: the AMHP's side must be recorded again. */
  forAllocatedAmhp: boolean;
  relationships: AssessorRelationshipView[];
}

/** The nearest relative: who (s26, and why), and what the AMHP has done (s11(3), s11(4), s13(4)). */
export interface NearestRelativeView {
  relatives: RelativeView[];
  patientOrdinarilyResidentInUk: boolean | null;
  /** identifyNearestRelative's outcome; 'not_recorded' until the relatives are listed. */
  identification: 'identified' | 'undetermined' | 'none' | 'not_recorded';
  nearestRelativeId: string | null;
  /** How they were identified, citing s26 (or the AMHP's reason where the records could not decide). */
  reason: string | null;
  notes: string[];
  passedOver: Array<{ relativeId: string; reason: string }>;
  /** The AMHP chose among candidates the records could not separate. */
  chosenByAmhp: boolean;
  contact: {
    status: 'identified' | 'none' | 'not_known';
    notKnownReason: string | null;
    informedAt: string | null;
    toBeInformedAfterApplication: boolean;
    consultedAt: string | null;
    objects: boolean;
    notReasonablyPracticableReason: string | null;
    displacedByCountyCourt: boolean;
  };
  /** s13(4): the referral is the nearest relative's request; tracked to the written reply. */
  s13_4Request: {
    requestedAt: string;
    status: NearestRelativeRequestStatus;
    outstanding: string | null;
    writtenReasonsSentAt: string | null;
  } | null;
}

export interface ApplicationView {
  section: ApplicationSection;
  madeAt: string;
  amhpId: string;
  examinationIds: string[];
  hospital: string | null;
  noPreviousAcquaintanceReason: string | null;
  urgentNecessityStatement: string | null;
  urgentCaseConflictReason: string | null;
  /** Departures the law allows, with their recorded reasons. */
  exceptions: JustifiedExceptionView[];
}

export type OutcomeView =
  | { kind: 'application'; label: string; at: string; application: ApplicationView }
  | { kind: 'informal_admission'; label: string; at: string; notes: string | null }
  | { kind: 'community_alternative'; label: string; at: string; putInPlace: string }
  | { kind: 'no_further_action'; label: string; at: string; reason: string }
  | { kind: 'not_completed'; label: string; at: string; reason: NotCompletedReason; reasonLabel: string; details: string | null };

export interface AllowedCommandView {
  command: AssessmentCommandType;
  label: string;
  allowed: boolean;
  /** Why not, naming the stage; absent when allowed. */
  reason?: string;
}

/** Record-keeping events on the timeline besides the lifecycle's own (AssessmentEventType). */
export const ASSESSMENT_RECORD_EVENT_TYPES = [
  'assessment_opened',
  'examination_recorded',
  'recommendation_recorded',
  'relatives_recorded',
  'nearest_relative_contact_recorded',
  'amhp_saw_person',
  /** s136B: the s136/s135(1) detention extended by up to 12 hours. */
  'detention_extended',
  /** s4(4): the second medical recommendation received, the s4 admission now an s2 detention. */
  's4_converted_to_s2',
  /** Conflicts of Interest Regulations 2008: relationships between the AMHP and the doctors. */
  'assessor_relationships_recorded',
  /** s5(2): the doctor's or approved clinician's report (after an s5(4), its 72 hours run from the s5(4) record, s5(5)). */
  's5_2_report_furnished',
  /** s5(4) or s5(2): the holding power ended without an application. */
  'holding_power_ended',
] as const;
export type AssessmentRecordEventType = (typeof ASSESSMENT_RECORD_EVENT_TYPES)[number];
export type TimelineEventType = AssessmentEventType | AssessmentRecordEventType;

/** One entry of an assessment's timeline: who, when, what. Append-only. */
export interface TimelineEventView {
  id: string;
  /** 1, 2, 3... in the order recorded. */
  sequence: number;
  type: TimelineEventType;
  /** e.g. "Application made (s2)". */
  summary: string;
  at: string;
  /** The user who recorded it (an id). */
  by: string;
  /** The event's facts (instants as ISO strings); no person's name or NHS number. */
  data: Record<string, unknown>;
}

/** The person and referral an assessment is about (from the referral). */
export interface AssessmentReferralSummary {
  id: string;
  reference: string;
  receivedAt: string;
  urgency: Urgency;
  currentLocation: string;
  person: { givenName: string; familyName: string; dateOfBirth: string; nhsNumber: string | null; ethnicCategory: EthnicCategoryCode };
  legal: { situation: LegalSituation; clockStartedAt: string | null; placeOfSafety: string | null; atPoliceStation: boolean | null };
}

/** GET /api/assessments/:id: everything the case page shows. */
export interface AssessmentView {
  id: string;
  referralId: string;
  referral: AssessmentReferralSummary;
  /** Send back with every command and record (optimistic concurrency: a stale one gets 409). */
  version: number;
  stage: AssessmentStage;
  stageLabel: string;
  openedAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** The referral is a nearest relative's request under s13(4). */
  nearestRelativeRequest: boolean;
  screening: { decision: ScreeningDecision; decisionLabel: string; reason: string; redirectedTo: string | null; at: string } | null;
  amhp: AllocatedAmhpView | null;
  arrangement: { scheduledAt: string; place: string; doctors: DoctorView[] } | null;
  startedAt: string | null;
  examinations: ExaminationView[];
  recommendationChecks: RecommendationCheckView[];
  /**
   * What an application under each section would meet now, from the recorded facts (checkApplication
   * with every recorded recommendation for that section); null until an AMHP is allocated.
   */
  applicationChecks: Record<ApplicationSection, RuleCheckView> | null;
  nearestRelative: NearestRelativeView;
  assessorRelationships: AssessorRelationshipsView;
  holdingPowers: HoldingPowersView;
  outcome: OutcomeView | null;
  outcomeKind: AssessmentOutcomeKind | null;
  bedSoughtAt: string | null;
  bed: { hospital: string; ward: string | null; outOfArea: boolean; identifiedAt: string } | null;
  conveyance: { mode: ConveyanceMode; modeLabel: string; details: string | null; arrangedAt: string } | null;
  admittedAt: string | null;
  withdrawal: { reason: string; at: string } | null;
  clocks: ClockView[];
  allowedCommands: AllowedCommandView[];
  timeline: TimelineEventView[];
}

/** The body of a 422: the domain refused the command (the stage does not allow it, or the application breaks a rule). */
export interface CommandRefusedBody {
  statusCode: 422;
  error: 'Unprocessable Entity';
  /** Names the stage; for an application, quotes each rule with its section ("s12(1): ..."). */
  message: string;
  violations: RuleViolationView[];
}

/** The 'assessment.updated' socket event: a hint to reload GET /api/assessments/:id. */
export interface AssessmentUpdatedEvent {
  id: string;
  referralId: string;
  stage: AssessmentStage;
  version: number;
  updatedAt: string;
}
