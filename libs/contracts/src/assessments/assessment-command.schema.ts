import {
  APPLICATION_SECTIONS,
  AssessmentCommandType,
  CONVEYANCE_MODES,
  ConveyanceMode,
  NOT_COMPLETED_REASONS,
  NotCompletedReason,
  SCREENING_DECISIONS,
  ScreeningDecision,
} from '@amhp/domain';
import { z } from 'zod';
import { isoInstant, optionalText, requiredText, uuidOf, versionField, yesNo } from './fields';

/**
 * Request bodies of POST /api/assessments/:id/commands/<command>, one per domain command
 * (libs/domain assessment/assessment-commands.ts). Every body carries `version`. The schemas
 * check the shape of the input only; the lifecycle and the legal rules are decided by the domain
 * (refusals come back as 422 with the reason naming the stage and each rule with its section).
 */
const versionOnly = z.object({ version: versionField });

export const screenReferralSchema = z
  .object({
    version: versionField,
    decision: z.enum(Object.keys(SCREENING_DECISIONS) as [ScreeningDecision, ...ScreeningDecision[]], {
      error: 'Choose a screening decision: accepted, redirected or no further action',
    }),
    reason: requiredText('Reason for the screening decision', 2000),
    redirectedTo: optionalText('Service redirected to', 200),
  })
  .superRefine((body, ctx) => {
    if (body.decision === 'redirected' && !body.redirectedTo) {
      ctx.addIssue({ code: 'custom', path: ['redirectedTo'], message: 'Name the service the referral was redirected to' });
    }
  });

export const allocateAmhpSchema = z.object({ version: versionField, amhpId: uuidOf('AMHP') });

export const arrangeAssessmentSchema = z.object({
  version: versionField,
  scheduledAt: isoInstant('Date and time of the assessment'),
  place: requiredText('Place of the assessment', 300),
  doctorIds: z
    .array(uuidOf('Doctor'), { error: 'Choose the doctors for the assessment' })
    .min(1, { error: 'Name at least one doctor for the assessment' })
    .max(3, { error: 'At most three doctors can be named' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'The same doctor is named twice' }),
});

export const startAssessmentSchema = versionOnly;

/**
 * An application under s2, s3 or s4. The API assembles the legal facts from what is recorded on
 * the assessment (the allocated AMHP, when they saw the person, the chosen recommendations and
 * their doctors, the nearest relative) and the domain checks every rule.
 */
export const makeApplicationSchema = z
  .object({
    version: versionField,
    section: z.enum(APPLICATION_SECTIONS, { error: 'Choose the section: s2, s3 or s4' }),
    /** When the AMHP signs the application; defaults to now. */
    madeAt: isoInstant('Time the application is made').optional(),
    /** The recorded examinations whose medical recommendations found the application. */
    recommendationIds: z
      .array(uuidOf('Medical recommendation'), { error: 'Choose the medical recommendations the application is founded on' })
      .min(1, { error: 'Choose the medical recommendations the application is founded on' })
      .max(2, { error: 'An application is founded on at most two medical recommendations' })
      .refine((ids) => new Set(ids).size === ids.length, { error: 'The same recommendation is chosen twice' }),
    /** s12(2) / s4(3): why no doctor with previous acquaintance gave a recommendation. */
    noPreviousAcquaintanceReason: optionalText('Reason no doctor with previous acquaintance recommended', 2000),
    /** s4(2): the statement of urgent necessity. */
    urgentNecessityStatement: optionalText('Statement of urgent necessity', 2000),
    /** s4(2): why an emergency application is made although a second recommendation is on the case. */
    secondRecommendationReason: optionalText('Why the second medical recommendation on the case cannot found an s2 application', 2000),
    /** Conflicts of Interest Regulations 2008: the urgent-case exception for three assessors in one team. */
    urgentCaseConflictReason: optionalText('Reason for the urgent-case exception', 2000),
    hospital: optionalText('Hospital the application is addressed to', 200),
  })
  .superRefine((body, ctx) => {
    if (body.madeAt && Date.parse(body.madeAt) > Date.now() + 5 * 60 * 1000) {
      ctx.addIssue({ code: 'custom', path: ['madeAt'], message: 'An application cannot be dated in the future' });
    }
  });

export const recordInformalAdmissionSchema = z.object({ version: versionField, notes: optionalText('Notes', 2000) });

export const recordCommunityAlternativeSchema = z.object({
  version: versionField,
  putInPlace: requiredText('What was put in place', 2000),
});

export const recordNoFurtherActionSchema = z.object({
  version: versionField,
  reason: requiredText('Reason for no further action', 2000),
});

export const recordNotCompletedSchema = z
  .object({
    version: versionField,
    reason: z.enum(Object.keys(NOT_COMPLETED_REASONS) as [NotCompletedReason, ...NotCompletedReason[]], {
      error: 'Choose why the assessment could not be completed',
    }),
    details: optionalText('Details', 2000),
  })
  .superRefine((body, ctx) => {
    if (body.reason === 'other' && !body.details) {
      ctx.addIssue({ code: 'custom', path: ['details'], message: 'Describe why the assessment could not be completed' });
    }
  });

export const seekBedSchema = versionOnly;

export const identifyBedSchema = z.object({
  version: versionField,
  hospital: requiredText('Hospital', 200),
  ward: optionalText('Ward', 120),
  outOfArea: yesNo('Out of area'),
});

export const arrangeConveyanceSchema = z.object({
  version: versionField,
  mode: z.enum(Object.keys(CONVEYANCE_MODES) as [ConveyanceMode, ...ConveyanceMode[]], { error: 'Choose how the person will be conveyed' }),
  details: optionalText('Conveyance details', 1000),
});

export const admitSchema = z.object({ version: versionField, admittedAt: isoInstant('Time of admission') });

export const sendWrittenReasonsSchema = z.object({ version: versionField, sentAt: isoInstant('Time the written reasons were sent') });

export const closeAssessmentSchema = versionOnly;

export const withdrawAssessmentSchema = z.object({
  version: versionField,
  reason: requiredText('Reason for withdrawing or cancelling', 1000),
});

/** The body schema of every command, by the domain's command type. */
export const ASSESSMENT_COMMAND_SCHEMAS = {
  screen_referral: screenReferralSchema,
  allocate_amhp: allocateAmhpSchema,
  arrange_assessment: arrangeAssessmentSchema,
  start_assessment: startAssessmentSchema,
  make_application: makeApplicationSchema,
  record_informal_admission: recordInformalAdmissionSchema,
  record_community_alternative: recordCommunityAlternativeSchema,
  record_no_further_action: recordNoFurtherActionSchema,
  record_not_completed: recordNotCompletedSchema,
  seek_bed: seekBedSchema,
  identify_bed: identifyBedSchema,
  arrange_conveyance: arrangeConveyanceSchema,
  admit: admitSchema,
  send_written_reasons_to_nearest_relative: sendWrittenReasonsSchema,
  close: closeAssessmentSchema,
  withdraw: withdrawAssessmentSchema,
} as const satisfies Record<AssessmentCommandType, z.ZodType>;

export type AssessmentCommandBodies = { [K in AssessmentCommandType]: z.output<(typeof ASSESSMENT_COMMAND_SCHEMAS)[K]> };
/** What a client sends for each command. */
export type AssessmentCommandInputs = { [K in AssessmentCommandType]: z.input<(typeof ASSESSMENT_COMMAND_SCHEMAS)[K]> };

/** The URL segment of a command: `make_application` → `make-application`. */
export function assessmentCommandPath(command: AssessmentCommandType): string {
  return command.replace(/_/g, '-');
}

/** POST /api/assessments/:id/commands/<segment>, e.g. commandUrl(id, 'seek_bed'). */
export function assessmentCommandUrl(assessmentId: string, command: AssessmentCommandType): string {
  return `/api/assessments/${assessmentId}/commands/${assessmentCommandPath(command)}`;
}
