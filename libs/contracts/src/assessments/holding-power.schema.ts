import { HOLDING_POWER_END_REASON_CODES, HoldingPowerEndReason } from '@amhp/domain';
import { z } from 'zod';
import { isoInstant, optionalText, uuidOf, versionField } from './fields';

/**
 * POST /api/assessments/:id/commands/record-s5-2-report: the doctor's or approved clinician's
 * report under s5(2) (form H1) furnished to the hospital managers, on a case whose person is an
 * informal in-patient, often after a nurse's s5(4). The domain decides whether the Act allows
 * it (libs/domain checkHoldingPowerStep), answered 422 quoting the section; the clocks follow
 * (the s5(4) ends; the 72 hours run from the s5(4) record when the report follows it, s5(5)).
 */
export const recordS5_2ReportSchema = z
  .object({
    version: versionField,
    reportFurnishedAt: isoInstant('Time the report was furnished to the hospital managers'),
    /** The doctor or approved clinician in charge of the treatment: on the register, or by name. */
    doctorId: uuidOf('Doctor').nullish(),
    doctorName: optionalText('Doctor’s or approved clinician’s name', 120),
  })
  .refine((body) => !!body.doctorId || !!body.doctorName, {
    path: ['doctorId'],
    error: 'Name the doctor or approved clinician who furnished the report (s5(2))',
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });
export type RecordS5_2Report = z.output<typeof recordS5_2ReportSchema>;
export type RecordS5_2ReportInput = z.input<typeof recordS5_2ReportSchema>;

/** POST /api/assessments/:id/commands/end-holding-power: the s5(4) or s5(2) power ended without an application. */
export const endHoldingPowerSchema = z
  .object({
    version: versionField,
    power: z.enum(['s5_4', 's5_2'], { error: 'Choose the holding power: s5(4) or s5(2)' }),
    endedAt: isoInstant('Time the holding power ended'),
    reason: z.enum(HOLDING_POWER_END_REASON_CODES as [HoldingPowerEndReason, ...HoldingPowerEndReason[]], { error: 'Choose why the holding power ended' }),
    details: optionalText('Details', 1000),
  })
  .superRefine((body, ctx) => {
    if (body.reason === 'other' && !body.details) ctx.addIssue({ code: 'custom', path: ['details'], message: 'Describe why the holding power ended' });
  });
export type EndHoldingPower = z.output<typeof endHoldingPowerSchema>;
export type EndHoldingPowerInput = z.input<typeof endHoldingPowerSchema>;

export const RECORD_S5_2_REPORT_PATH = 'record-s5-2-report';
export const END_HOLDING_POWER_PATH = 'end-holding-power';
