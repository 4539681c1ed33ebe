import { z } from 'zod';

/** POST /api/handover-notes: a note on a case for the next handover (Code of Practice 14.35: a 24-hour service). */
export const createHandoverNoteSchema = z.object({
  referralId: z.uuid({ error: 'Referral must be a referral id' }),
  text: z
    .string({ error: 'Note is required' })
    .trim()
    .min(1, { error: 'Note is required' })
    .max(4000, { error: 'Note must be at most 4000 characters' }),
});

export type CreateHandoverNote = z.output<typeof createHandoverNoteSchema>;
export type CreateHandoverNoteInput = z.input<typeof createHandoverNoteSchema>;

/** GET /api/handovers: newest boundary first; `before` (an ISO instant) pages back. */
export const handoverListQuerySchema = z.object({
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be 1–200' })
    .max(200, { error: 'limit must be 1–200' })
    .default(50),
  before: z.iso.datetime({ offset: true, error: 'before must be a date and time with a time zone' }).optional(),
  /** Only this day team's handovers. */
  team: z.string().trim().min(1).max(40).optional(),
});

export type HandoverListQuery = z.output<typeof handoverListQuerySchema>;

/** GET /api/handovers/upcoming: which day team (default: the signed-in AMHP's team, else the first day team). */
export const upcomingHandoverQuerySchema = z.object({
  team: z.string().trim().min(1).max(40).optional(),
});

export type UpcomingHandoverQuery = z.output<typeof upcomingHandoverQuerySchema>;

/** The 'handover.unacknowledged' alert names its handover; the dashboard links to it. */
export const handoverPath = (id: string) => `/handovers/${encodeURIComponent(id)}`;
