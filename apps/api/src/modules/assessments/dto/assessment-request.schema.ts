import { z } from 'zod';

/** Path parameters: a malformed id is a 400 naming the field, not a 404 or a 500. */
export const assessmentIdSchema = z.uuid({ error: 'Assessment id must be a UUID' });
export const examinationIdSchema = z.uuid({ error: 'Examination id must be a UUID' });
