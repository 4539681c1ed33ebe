import { AssessmentView, CommandRefusedBody, TimelineEventView } from '@amhp/contracts';
import {
  APPLICATION_SECTIONS,
  ASSESSOR_RELATIONSHIP_KINDS,
  ASSESSMENT_COMMAND_TYPES,
  AssessmentCommandType,
  ASSESSMENT_STAGE_CODES,
  CONVEYANCE_MODES,
  ETHNIC_CATEGORY_CODES,
  LEGAL_SITUATION_CODES,
  NOT_COMPLETED_REASONS,
  S26_RELATIONSHIP_CODES,
  SCREENING_DECISIONS,
  URGENCY_CODES,
} from '@amhp/domain';
import { z } from 'zod';
import { assertType, Equals } from '../../../infra/http/type-equality';
import { doctorViewSchema } from '../../doctors/dto/doctor-view.schema';
import { clockViewSchema } from './clock-view.schema';

/** AssessmentView (contracts) as schemas, for the OpenAPI document only; checked against the contract. */
const instant = z.iso.datetime({ offset: true });
const day = z.iso.date();
const keys = <T extends string>(o: Record<T, unknown>) => Object.keys(o) as [T, ...T[]];
const section = z.enum(APPLICATION_SECTIONS);

const violation = z.object({ rule: z.string(), section: z.string().describe('e.g. s12(1)'), message: z.string() });
const exception = z.object({ rule: z.string(), section: z.string(), reason: z.string() });
const ruleCheck = z.object({ lawful: z.boolean(), violations: z.array(violation), exceptions: z.array(exception) });

export const amhpViewSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    approvingCouncil: z.string().nullable(),
    approvedOn: day,
    expiresOn: day,
    suspendedFrom: day.nullable(),
    team: z.string().nullable(),
    approvalCurrent: z.boolean().describe('Approved today (s114)'),
  })
  .meta({ id: 'AmhpView' });

const examination = z.object({
  id: z.uuid(),
  doctor: doctorViewSchema,
  examinedAt: instant,
  previousAcquaintance: z.boolean(),
  conflicts: z.object({ relativeOfPatient: z.boolean(), financialInterestInOutcome: z.boolean() }),
  recommendation: z.object({ section, signedAt: instant, statesAppropriateTreatmentAvailable: z.boolean().nullable() }).nullable(),
  recordedAt: instant,
});

const nearestRelative = z.object({
  relatives: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      relationship: z.enum(S26_RELATIONSHIP_CODES),
      relationshipLabel: z.string(),
      dateOfBirth: day.nullable(),
      halfBlood: z.boolean(),
      livesWithOrCaresForPatient: z.boolean(),
      ordinarilyResidentInUk: z.boolean(),
      permanentlySeparatedOrDeserted: z.boolean(),
      livingWithPatientSince: day.nullable(),
      livingWithPatientUntil: day.nullable(),
      throughFatherWithoutParentalResponsibility: z.boolean(),
      excludedReason: z.string().nullable(),
      contact: z.string().nullable(),
    }),
  ),
  patientOrdinarilyResidentInUk: z.boolean().nullable(),
  identification: z.enum(['identified', 'undetermined', 'none', 'not_recorded']),
  nearestRelativeId: z.uuid().nullable(),
  reason: z.string().nullable().describe('How s26 identified them'),
  notes: z.array(z.string()),
  passedOver: z.array(z.object({ relativeId: z.string(), reason: z.string() })),
  chosenByAmhp: z.boolean(),
  contact: z.object({
    status: z.enum(['identified', 'none', 'not_known']),
    notKnownReason: z.string().nullable(),
    informedAt: instant.nullable(),
    toBeInformedAfterApplication: z.boolean(),
    consultedAt: instant.nullable(),
    objects: z.boolean(),
    notReasonablyPracticableReason: z.string().nullable(),
    displacedByCountyCourt: z.boolean(),
  }),
  s13_4Request: z
    .object({
      requestedAt: instant,
      status: z.enum(['awaiting_amhp', 'being_considered', 'written_reasons_due', 'answered', 'application_made']),
      outstanding: z.string().nullable(),
      writtenReasonsSentAt: instant.nullable(),
    })
    .nullable(),
});

const application = z.object({
  section,
  madeAt: instant,
  amhpId: z.uuid(),
  examinationIds: z.array(z.uuid()),
  hospital: z.string().nullable(),
  noPreviousAcquaintanceReason: z.string().nullable(),
  urgentNecessityStatement: z.string().nullable(),
  urgentCaseConflictReason: z.string().nullable(),
  exceptions: z.array(exception),
});

const outcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('application'), label: z.string(), at: instant, application }),
  z.object({ kind: z.literal('informal_admission'), label: z.string(), at: instant, notes: z.string().nullable() }),
  z.object({ kind: z.literal('community_alternative'), label: z.string(), at: instant, putInPlace: z.string() }),
  z.object({ kind: z.literal('no_further_action'), label: z.string(), at: instant, reason: z.string() }),
  z.object({
    kind: z.literal('not_completed'),
    label: z.string(),
    at: instant,
    reason: z.enum(keys(NOT_COMPLETED_REASONS)),
    reasonLabel: z.string(),
    details: z.string().nullable(),
  }),
]);

const assessorRef = z.object({ role: z.enum(['amhp', 'doctor']), id: z.uuid(), name: z.string() });
const assessorRelationships = z.object({
  recordedAt: instant.nullable(),
  amhpId: z.uuid().nullable(),
  forAllocatedAmhp: z.boolean().describe('False once the case is allocated to another AMHP: record the AMHP’s side again'),
  relationships: z.array(
    z.object({
      from: assessorRef,
      kind: z.enum(ASSESSOR_RELATIONSHIP_KINDS),
      description: z.string(),
      to: assessorRef,
      finding: z.enum(['conflict', 'conflict_if_all_three', 'no_conflict']).describe('What the Conflicts of Interest Regulations 2008 make of it'),
      explanation: z.string(),
    }),
  ),
});

const holdingPowers = z.object({
  inPatient: z.boolean(),
  powers: z.array(
    z.object({
      power: z.enum(['s5_4', 's5_2']),
      startedAt: instant,
      endedAt: instant.nullable(),
      endedReason: z.string().nullable(),
      doctorName: z.string().nullable(),
      countsFromS5_4: z.boolean().describe('s5(5): the s5(2) 72 hours run from the s5(4) record'),
    }),
  ),
  s5_2Report: z.object({ allowed: z.boolean(), reason: z.string().nullable() }),
});

const timelineEvent = z.object({
  id: z.uuid(),
  sequence: z.number().int(),
  type: z.string() as unknown as z.ZodType<TimelineEventView['type']>,
  summary: z.string(),
  at: instant,
  by: z.string().describe('The user id who recorded it'),
  data: z.record(z.string(), z.unknown()),
});

export const assessmentViewSchema = z
  .object({
    id: z.uuid(),
    referralId: z.uuid(),
    referral: z.object({
      id: z.uuid(),
      reference: z.string(),
      receivedAt: instant,
      urgency: z.enum(URGENCY_CODES),
      currentLocation: z.string(),
      person: z.object({ givenName: z.string(), familyName: z.string(), dateOfBirth: day, nhsNumber: z.string().nullable(), ethnicCategory: z.enum(ETHNIC_CATEGORY_CODES) }),
      legal: z.object({ situation: z.enum(LEGAL_SITUATION_CODES), clockStartedAt: instant.nullable(), placeOfSafety: z.string().nullable(), atPoliceStation: z.boolean().nullable() }),
    }),
    version: z.number().int().describe('Send back with every command and record; a stale one gets 409'),
    stage: z.enum(ASSESSMENT_STAGE_CODES),
    stageLabel: z.string(),
    openedAt: instant,
    updatedAt: instant,
    closedAt: instant.nullable(),
    nearestRelativeRequest: z.boolean().describe('The referral is the nearest relative’s request under s13(4)'),
    screening: z
      .object({ decision: z.enum(keys(SCREENING_DECISIONS)), decisionLabel: z.string(), reason: z.string(), redirectedTo: z.string().nullable(), at: instant })
      .nullable(),
    amhp: amhpViewSchema.extend({ allocatedAt: instant, lastSawPersonAt: instant.nullable() }).nullable(),
    arrangement: z.object({ scheduledAt: instant, place: z.string(), doctors: z.array(doctorViewSchema) }).nullable(),
    startedAt: instant.nullable(),
    examinations: z.array(examination),
    recommendationChecks: z.array(ruleCheck.extend({ section, examinationIds: z.array(z.uuid()) })),
    applicationChecks: z.object({ s2: ruleCheck, s3: ruleCheck, s4: ruleCheck }).nullable().describe('checkApplication now, per section, from the recorded facts'),
    nearestRelative,
    assessorRelationships,
    holdingPowers,
    outcome: outcome.nullable(),
    outcomeKind: z.enum(['application', 'informal_admission', 'community_alternative', 'no_further_action', 'not_completed']).nullable(),
    bedSoughtAt: instant.nullable(),
    bed: z.object({ hospital: z.string(), ward: z.string().nullable(), outOfArea: z.boolean(), identifiedAt: instant }).nullable(),
    conveyance: z.object({ mode: z.enum(keys(CONVEYANCE_MODES)), modeLabel: z.string(), details: z.string().nullable(), arrangedAt: instant }).nullable(),
    admittedAt: instant.nullable(),
    withdrawal: z.object({ reason: z.string(), at: instant }).nullable(),
    clocks: z.array(clockViewSchema),
    allowedCommands: z.array(z.object({ command: z.enum(ASSESSMENT_COMMAND_TYPES as [AssessmentCommandType, ...AssessmentCommandType[]]), label: z.string(), allowed: z.boolean(), reason: z.string().optional() })),
    timeline: z.array(timelineEvent),
  })
  .meta({ id: 'AssessmentView' });

assertType<Equals<z.infer<typeof assessmentViewSchema>, AssessmentView>>(true);

export const commandRefusedSchema = z
  .object({
    statusCode: z.literal(422),
    error: z.literal('Unprocessable Entity'),
    message: z.string().describe('Names the stage; for an application, quotes each rule with its section ("s12(1): ...")'),
    violations: z.array(violation),
  })
  .meta({ id: 'CommandRefusedBody' });

assertType<Equals<z.infer<typeof commandRefusedSchema>, CommandRefusedBody>>(true);
