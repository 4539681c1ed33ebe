import { ValidationErrorBody } from '@amhp/contracts';
import { z } from 'zod';
import { assertType, Equals } from './type-equality';

/** ValidationErrorBody (contracts) as a schema, for the OpenAPI document. */
export const validationErrorSchema = z
  .object({
    statusCode: z.literal(400),
    error: z.literal('Bad Request'),
    message: z.string(),
    issues: z.array(z.object({ field: z.string().describe('Dotted path into the request, e.g. person.nhsNumber'), message: z.string() })),
  })
  .meta({ id: 'ValidationErrorBody' });

assertType<Equals<z.infer<typeof validationErrorSchema>, ValidationErrorBody>>(true);
