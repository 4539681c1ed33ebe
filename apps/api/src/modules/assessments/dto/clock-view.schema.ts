import { CLOCK_WARNING_LEVELS, ClockView } from '@amhp/contracts';
import { CLOCK_KIND_CODES } from '@amhp/domain';
import { z } from 'zod';
import { assertType, Equals } from '../../../infra/http/type-equality';

const instant = z.iso.datetime({ offset: true });

/** ClockView (contracts) as a schema, for the OpenAPI document only. */
export const clockViewSchema = z
  .object({
    id: z.uuid(),
    assessmentId: z.uuid(),
    kind: z.enum(CLOCK_KIND_CODES as [ClockView['kind'], ...ClockView['kind'][]]),
    label: z.string(),
    section: z.string().describe('The section that fixes the period, e.g. s136(2A)'),
    startsAt: instant,
    expiresAt: instant,
    status: z.enum(['running', 'extended', 'ended']),
    warningLevel: z.enum(CLOCK_WARNING_LEVELS as [ClockView['warningLevel'], ...ClockView['warningLevel'][]]),
    extended: z.boolean(),
  })
  .meta({ id: 'ClockView' });

assertType<Equals<z.infer<typeof clockViewSchema>, ClockView>>(true);
