import { z } from 'zod';

/** Field builders of the rota requests, worded for rota managers. */

/** A team id is a short slug ('north', 'edt'): it appears in calendar links and shift ids. */
export const teamIdField = (label = 'Team') =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: `${label} must be a short id of lower-case letters, digits and dashes, e.g. north` });

/** A London calendar date, 'YYYY-MM-DD'. */
export const londonDateField = (label: string) => z.iso.date({ error: `${label} must be a date, e.g. 2026-03-21` });

/** A London wall-clock time, 'HH:mm'. */
export const wallClockField = (label: string) =>
  z.string({ error: `${label} is required` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label} must be a time of day, e.g. 09:00` });

export const instantField = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label} must be a date and time with a time zone, e.g. 2026-11-25T14:30:00Z` });

export const amhpIdField = (label = 'AMHP') => z.uuid({ error: `${label} must be chosen from the list` });

/** Optimistic concurrency for patterns and teams: the version the manager was looking at. */
export const rotaVersionField = z
  .number({ error: 'Version is required: send the version you are looking at' })
  .int({ error: 'Version must be a whole number' })
  .positive({ error: 'Version must be a whole number' });

export const SHIFT_KINDS = ['day', 'edt'] as const;
export const shiftKindField = (label = 'Kind') => z.enum(SHIFT_KINDS, { error: `${label} must be day (day duty) or edt (out-of-hours cover)` });
