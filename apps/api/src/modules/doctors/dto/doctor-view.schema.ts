import type { DoctorView } from '@amhp/contracts';
import { z } from 'zod';
import { assertType, Equals } from '../../../infra/http/type-equality';

/** DoctorView (contracts) as a schema, for the OpenAPI document only. */
export const doctorViewSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    gmcNumber: z.string().regex(/^\d{7}$/),
    s12Approved: z.boolean().describe('Approved under s12'),
    approvedClinician: z.boolean().describe('An approved clinician counts as s12-approved (s12(2A))'),
    registered: z.boolean().describe('A registered medical practitioner'),
    organisation: z.string().nullable(),
    team: z.string().nullable(),
    phone: z.string().nullable(),
  })
  .meta({ id: 'DoctorView' });

assertType<Equals<z.infer<typeof doctorViewSchema>, DoctorView>>(true);
