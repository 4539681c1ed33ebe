import { HANDOVER_DIRECTIONS, HandoverDraftView, HandoverNoteView, HandoverSummaryView, HandoverView } from '@amhp/contracts';
import { ASSESSMENT_STAGE_CODES } from '@amhp/domain';
import { z } from 'zod';
import { assertType, Equals } from '../../../infra/http/type-equality';
import { clockViewSchema } from '../../assessments/dto/clock-view.schema';

/** The handover contracts as schemas, for the OpenAPI document only; each checked against its contract. */
const instant = z.iso.datetime({ offset: true });
const team = z.object({ id: z.string(), name: z.string(), kind: z.enum(['day', 'edt']) });
const direction = z.enum(HANDOVER_DIRECTIONS as [HandoverView['direction'], ...HandoverView['direction'][]]);

export const handoverNoteViewSchema = z
  .object({ id: z.uuid(), authorName: z.string(), text: z.string(), writtenAt: instant })
  .meta({ id: 'HandoverNoteView' });
assertType<Equals<z.infer<typeof handoverNoteViewSchema>, HandoverNoteView>>(true);

const caseSchema = z
  .object({
    referralId: z.uuid(),
    assessmentId: z.uuid().nullable(),
    reference: z.string(),
    personName: z.string(),
    stage: z.enum(ASSESSMENT_STAGE_CODES as [HandoverView['cases'][number]['stage'], ...HandoverView['cases'][number]['stage'][]]),
    stageLabel: z.string(),
    amhp: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    clocks: z.array(clockViewSchema).describe('Running legal clocks, the soonest to expire first'),
    awaiting: z.array(z.string()).describe('What the case is waiting for: doctors, a bed, conveyance, admission...'),
    outstandingActions: z.array(z.string()).describe('The commands its stage allows now'),
    notes: z.array(handoverNoteViewSchema).describe('Written since the team’s previous handover'),
  })
  .meta({ id: 'HandoverCaseView' });

const header = {
  dayTeamId: z.string(),
  fromTeam: team,
  toTeam: team,
  direction,
  boundaryAt: instant,
  createdAt: instant,
  ackDueAt: instant,
};

export const handoverSummarySchema = z
  .object({
    id: z.uuid(),
    ...header,
    acknowledgedAt: instant.nullable(),
    acknowledgedBy: z.object({ userId: z.uuid().nullable(), name: z.string() }).nullable(),
    overdue: z.boolean(),
    caseCount: z.number().int(),
  })
  .meta({ id: 'HandoverSummaryView' });
assertType<Equals<z.infer<typeof handoverSummarySchema>, HandoverSummaryView>>(true);

export const handoverListSchema = z.array(handoverSummarySchema);

export const handoverViewSchema = z
  .object({
    id: z.uuid(),
    ...header,
    acknowledgedAt: instant.nullable(),
    acknowledgedBy: z.object({ userId: z.uuid().nullable(), name: z.string() }).nullable(),
    overdue: z.boolean(),
    cases: z.array(caseSchema),
    youMayAcknowledge: z.boolean(),
  })
  .meta({ id: 'HandoverView' });
assertType<Equals<z.infer<typeof handoverViewSchema>, HandoverView>>(true);

export const handoverDraftSchema = z
  .object({ id: z.null(), ...header, acknowledgedAt: z.null(), acknowledgedBy: z.null(), overdue: z.literal(false), cases: z.array(caseSchema) })
  .meta({ id: 'HandoverDraftView' });
assertType<Equals<z.infer<typeof handoverDraftSchema>, HandoverDraftView>>(true);
