import { AllocationSuggestionView } from '@amhp/contracts';
import { z } from 'zod';
import { Equals, assertType } from '../../../infra/http/type-equality';

const instant = z.iso.datetime({ offset: true }).describe('ISO 8601 instant in UTC');
const reason = z.object({
  code: z.enum(['on-duty', 'available', 'busy', 'caseload', 'not-on-duty', 'not-approved', 'unavailable', 'excluded']),
  text: z.string(),
});

const rankedCandidateSchema = z.object({
  amhpId: z.uuid(),
  amhpName: z.string(),
  rank: z.number().int().describe('1 for the suggested AMHP'),
  availability: z.enum(['available', 'busy']).describe('busy: holds a case whose assessment is under way'),
  openCases: z.number().int(),
  onDutyUntil: instant,
  reasons: z.array(reason),
});

/** AllocationSuggestionView (contracts) as a schema, for the OpenAPI document; the check below keeps them equal. */
export const allocationSuggestionViewSchema = z
  .object({
    assessmentId: z.uuid(),
    at: instant.describe('The instant the suggestion is for'),
    team: z.string().describe('The team responsible at that instant: the day team in hours, its EDT out of hours'),
    teamName: z.string(),
    kind: z.enum(['day', 'edt']),
    outOfHours: z.boolean(),
    allocatedAmhp: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    suggested: rankedCandidateSchema.nullable(),
    ranked: z.array(rankedCandidateSchema),
    excluded: z.array(z.object({ amhpId: z.uuid(), amhpName: z.string(), reasons: z.array(reason) })),
  })
  .meta({ id: 'AllocationSuggestionView' });

assertType<Equals<z.infer<typeof allocationSuggestionViewSchema>, AllocationSuggestionView>>(true);
