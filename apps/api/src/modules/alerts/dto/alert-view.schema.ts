import { ALERT_KINDS, AlertView } from '@amhp/contracts';
import { CLOCK_KIND_CODES } from '@amhp/domain';
import { z } from 'zod';
import { assertType, Equals } from '../../../infra/http/type-equality';

const instant = z.iso.datetime({ offset: true });

/** AlertView (contracts) as a schema for the OpenAPI document; checked against the contract. */
export const alertViewSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(ALERT_KINDS as [AlertView['kind'], ...AlertView['kind'][]]).describe("'deadline.expired' is issue 2's and no longer raised"),
    severity: z.enum(['critical', 'warning', 'info']),
    referralId: z.uuid().nullable().describe('Null on a handover alert'),
    referralReference: z.string().nullable(),
    message: z.string().describe('Worded for a shared screen: no personal details beyond the reference'),
    dueAt: instant,
    raisedAt: instant,
    acknowledgedAt: instant.nullable(),
    assessmentId: z.uuid().nullable().optional(),
    clockId: z.uuid().nullable().optional(),
    clockKind: z.enum(CLOCK_KIND_CODES as [NonNullable<AlertView['clockKind']>, ...NonNullable<AlertView['clockKind']>[]]).nullable().optional(),
    point: z.string().nullable().optional().describe('"50", "75", "90" (per cent of the period) or "expiry"'),
    handoverId: z.uuid().nullable().optional().describe("'handover.unacknowledged': the handover (GET /api/handovers/:id)"),
  })
  .meta({ id: 'AlertView' });

assertType<Equals<z.infer<typeof alertViewSchema>, AlertView>>(true);

export const alertListSchema = z.array(alertViewSchema);
