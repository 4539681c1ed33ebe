import { z } from 'zod';

/** GET /api/assessments/:id/allocation?at=…: `at` previews who would be suggested at another instant (e.g. when the assessment is booked). */
export const allocationQuerySchema = z.object({
  at: z.iso.datetime({ offset: true, error: 'at must be a date and time with a time zone, e.g. 2026-11-25T14:30:00Z' }).optional(),
});
export type AllocationQuery = z.infer<typeof allocationQuerySchema>;
