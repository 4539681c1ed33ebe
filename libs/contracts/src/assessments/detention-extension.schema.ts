import { S136B_EXTENSION_REASON_CODES, S136BExtensionReason } from '@amhp/domain';
import { z } from 'zod';
import { isoInstant, optionalText, uuidOf, versionField, yesNo } from './fields';

/**
 * POST /api/assessments/:id/commands/extend-detention: the s136B extension of an s136 or
 * s135(1) detention, as authorised by the registered medical practitioner responsible for the
 * examination. The schema checks the shape (1 hour or more); whether the Act allows
 * it (at most 12 hours, once, before expiry, for the person's condition, a superintendent at a police station) is
 * the domain's decision (libs/domain extendPlaceOfSafetyDetention), answered 422 quoting s136B.
 */
export const extendDetentionSchema = z
  .object({
    version: versionField,
    authorisedAt: isoInstant('Time the extension was authorised').refine((v) => !(Date.parse(v) > Date.now() + 5 * 60 * 1000), {
      error: 'An extension cannot be authorised in the future',
    }),
    hours: z
      .number({ error: 'Hours must be a number' })
      // More than 12 hours is well-formed but unlawful: the domain refuses it (422, s136B(1)) so the AMHP sees the section.
      .min(1, { error: 'The extension is at least 1 hour' }),
    reason: z.enum(S136B_EXTENSION_REASON_CODES as [S136BExtensionReason, ...S136BExtensionReason[]], {
      error: 'Choose the reason for the extension',
    }),
    /** The authorising doctor: one from the register, or their name if they are not on it. */
    doctorId: uuidOf('Doctor').nullish(),
    doctorName: optionalText('Doctor’s name', 120),
    /** The place of safety is a police station: a superintendent must approve (s136B(3)). */
    atPoliceStation: yesNo('At a police station').optional(),
    superintendentApproved: yesNo('Approved by a superintendent').optional(),
    /** Required for "another aspect of the person's condition". */
    notes: optionalText('Notes', 2000),
  })
  .refine((body) => !!body.doctorId || !!body.doctorName, {
    path: ['doctorId'],
    error: 'Name the doctor responsible for the examination who authorised the extension (s136B(1))',
    // Checked alongside the other fields, so the form names every problem at once.
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });

export type ExtendDetention = z.output<typeof extendDetentionSchema>;
export type ExtendDetentionInput = z.input<typeof extendDetentionSchema>;

/** The URL path segment of the extension, beside the lifecycle commands. */
export const EXTEND_DETENTION_PATH = 'extend-detention';
