import { z } from 'zod';

/** Field builders shared by the assessment schemas, worded for AMHPs like the referral form. */
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be at most ${max} characters` });

/** Optional free text: blank is the same as absent. */
export const optionalText = (label: string, max = 2000) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters` })
    .transform((v) => (v === '' ? null : v))
    .nullish()
    .transform((v) => v ?? null);

export const isoInstant = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label} must be a date and time with a time zone, e.g. 2026-11-25T14:30:00Z` });

export const isoDate = (label: string) => z.iso.date({ error: `${label} must be a date, e.g. 2026-03-21` });

export const uuidOf = (label: string) => z.uuid({ error: `${label} must be chosen from the list` });

export const yesNo = (label: string) => z.boolean({ error: `${label} must be yes or no` });

/**
 * Optimistic concurrency: every change to an assessment names the version the user saw; if
 * someone else changed it since, the API answers 409 and changes nothing.
 */
export const versionField = z
  .number({ error: 'Version is required: send the version of the assessment you are looking at' })
  .int({ error: 'Version must be a whole number' })
  .positive({ error: 'Version must be a whole number' });
