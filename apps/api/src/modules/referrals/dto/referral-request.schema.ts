import { z } from 'zod';

/** Path parameter `:id`: a malformed id is a 400 naming the field, not a 404 or a 500. */
export const referralIdSchema = z.uuid({ error: 'Referral id must be a UUID' });
