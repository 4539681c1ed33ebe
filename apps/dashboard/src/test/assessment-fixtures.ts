import { AssessmentView, ClockView, RuleCheckView, TimelineEventView } from '@amhp/contracts';
import { allowedCommands, ASSESSMENT_STAGES, AssessmentStage, AssessmentState, newAssessment } from '@amhp/domain';

const LAWFUL: RuleCheckView = { lawful: true, violations: [], exceptions: [] };

let seq = 0;

/**
 * A fictional assessment as GET /api/assessments/:id returns it. The allowed commands come from
 * the domain's own allowedCommands for the stage, so the reasons are the real ones.
 */
export function assessmentView(
  overrides: Partial<AssessmentView> & { stage?: AssessmentStage; state?: Partial<AssessmentState> } = {},
): AssessmentView {
  seq += 1;
  const { state: stateOverrides, ...rest } = overrides;
  const stage = overrides.stage ?? 'referral_received';
  const state: AssessmentState = { ...newAssessment({ receivedAt: new Date('2026-07-01T08:00:00Z') }), stage, ...stateOverrides };
  const timeline: TimelineEventView[] = [
    { id: `ev-${seq}-1`, sequence: 1, type: 'assessment_opened', summary: 'Referral received: assessment opened', at: '2026-07-01T08:00:00.000Z', by: 'system', data: {} },
  ];
  const clocks: ClockView[] = [];
  return {
    id: `as-${seq}`,
    referralId: `ref-${seq}`,
    referral: {
      id: `ref-${seq}`,
      reference: `R-2026-${String(seq).padStart(5, '0')}`,
      receivedAt: '2026-07-01T08:00:00.000Z',
      urgency: 'urgent',
      currentLocation: 'Place of safety suite',
      person: { givenName: 'Robin', familyName: `Casetest${seq}`, dateOfBirth: '1990-06-15', nhsNumber: '9434765919', ethnicCategory: 'Z' },
      legal: { situation: 's136', clockStartedAt: '2026-07-01T07:00:00.000Z', placeOfSafety: 'Example Hospital place of safety', atPoliceStation: false },
    },
    version: 1,
    stage,
    stageLabel: ASSESSMENT_STAGES[stage],
    openedAt: '2026-07-01T08:00:00.000Z',
    updatedAt: '2026-07-01T08:00:00.000Z',
    closedAt: null,
    nearestRelativeRequest: false,
    screening: null,
    amhp: null,
    arrangement: null,
    startedAt: null,
    examinations: [],
    recommendationChecks: [],
    applicationChecks: { s2: LAWFUL, s3: LAWFUL, s4: LAWFUL },
    nearestRelative: {
      relatives: [],
      patientOrdinarilyResidentInUk: null,
      identification: 'not_recorded',
      nearestRelativeId: null,
      reason: null,
      notes: [],
      passedOver: [],
      chosenByAmhp: false,
      contact: {
        status: 'not_known',
        notKnownReason: null,
        informedAt: null,
        toBeInformedAfterApplication: false,
        consultedAt: null,
        objects: false,
        notReasonablyPracticableReason: null,
        displacedByCountyCourt: false,
      },
      s13_4Request: null,
    },
    assessorRelationships: { recordedAt: null, amhpId: null, forAllocatedAmhp: true, relationships: [] },
    holdingPowers: { inPatient: false, powers: [], s5_2Report: { allowed: false, reason: 's5(2): A report under s5(2) holds an in-patient only.' } },
    outcome: null,
    outcomeKind: null,
    bedSoughtAt: null,
    bed: null,
    conveyance: null,
    admittedAt: null,
    withdrawal: null,
    clocks,
    allowedCommands: allowedCommands(state),
    timeline,
    ...rest,
  };
}

/** The same case one version on, at another stage (allowed commands recomputed for it). */
export function movedOn(view: AssessmentView, stage: AssessmentStage, state: Partial<AssessmentState> = {}): AssessmentView {
  const domain: AssessmentState = { ...newAssessment({ receivedAt: new Date(view.referral.receivedAt) }), stage, ...state };
  return { ...view, version: view.version + 1, stage, stageLabel: ASSESSMENT_STAGES[stage], allowedCommands: allowedCommands(domain) };
}

/** A fictional uuid, stable per label, for ids the schemas check. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}
