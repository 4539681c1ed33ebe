import { AlertView } from '@amhp/contracts';
import { z } from 'zod';
import { assertType, Equals } from '../../../infra/http/type-equality';

const instant = z.iso.datetime({ offset: true });

/** AlertView (contracts) as a schema for the OpenAPI document; checked against the contract. */
export const alertViewSchema = z
  .object({
    id: z.uuid(),
    kind: z.literal('deadline.expired'),
    severity: z.enum(['critical', 'warning', 'info']),
    referralId: z.uuid(),
    referralReference: z.string(),
    message: z.string().describe('Worded for a shared screen: no personal details beyond the reference'),
    dueAt: instant,
    raisedAt: instant,
    acknowledgedAt: instant.nullable(),
  })
  .meta({ id: 'AlertView' });

assertType<Equals<z.infer<typeof alertViewSchema>, AlertView>>(true);

export const alertListSchema = z.array(alertViewSchema);
