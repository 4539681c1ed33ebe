import { z } from 'zod';
import { isoInstant, uuidOf, versionField } from './fields';

/**
 * POST /api/assessments/:id/commands/convert-s4-to-s2: the second medical recommendation that
 * converts an s4 emergency admission to s2 (s4(4)). The examination (with its signed
 * recommendation) is recorded first through the examinations endpoint. The schema checks the
 * shape; whether the Act allows the conversion (an s4 admission, received within 72 hours, the
 * two recommendations together meeting s12, not already converted) is the domain's decision
 * (libs/domain checkS4Conversion), answered 422 quoting s4(4).
 */
export const convertS4ToS2Schema = z.object({
  version: versionField,
  /** The examination whose recommendation is the second one. */
  examinationId: uuidOf('Second medical recommendation'),
  /** When the hospital managers received the second recommendation (s4(4)(a)). */
  receivedAt: isoInstant('Time the hospital managers received the recommendation').refine((v) => !(Date.parse(v) > Date.now() + 5 * 60 * 1000), {
    error: 'The recommendation cannot be received in the future',
  }),
});

export type ConvertS4ToS2 = z.output<typeof convertS4ToS2Schema>;
export type ConvertS4ToS2Input = z.input<typeof convertS4ToS2Schema>;

/** The URL path segment of the conversion, beside the lifecycle commands. */
export const CONVERT_S4_TO_S2_PATH = 'convert-s4-to-s2';
