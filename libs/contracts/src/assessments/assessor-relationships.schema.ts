import { ASSESSOR_RELATIONSHIP_KINDS, AssessorRelationshipKind } from '@amhp/domain';
import { z } from 'zod';
import { versionField } from './fields';

/** One side of a relationship: the allocated AMHP ("amhp"), or a doctor by their id on the register. */
const assessorRef = (label: string) =>
  z.union([z.literal('amhp'), z.uuid()], { error: `${label} must be "amhp" (the allocated AMHP) or a doctor chosen from the list` });

export const assessorRelationshipSchema = z.object({
  from: assessorRef('Who'),
  kind: z.enum(ASSESSOR_RELATIONSHIP_KINDS as [AssessorRelationshipKind, ...AssessorRelationshipKind[]], {
    error: 'Choose the relationship (line management, employment, relative, business venture, same team or same employer)',
  }),
  to: assessorRef('With whom'),
});

/**
 * PUT /api/assessments/:id/assessor-relationships: the professional and personal relationships
 * between the allocated AMHP and the doctors, and between the doctors, that the Mental Health
 * (Conflicts of Interest) (England) Regulations 2008 ask about. Replaces the list; an empty list
 * says there are none. For "line_manages" and "employs", `from` directs the work of, or employs, `to`.
 */
export const recordAssessorRelationshipsSchema = z.object({
  version: versionField,
  relationships: z.array(assessorRelationshipSchema, { error: 'List the relationships (an empty list if there are none)' }).max(20, { error: 'At most 20 relationships' }),
});
export type RecordAssessorRelationships = z.output<typeof recordAssessorRelationshipsSchema>;
export type RecordAssessorRelationshipsInput = z.input<typeof recordAssessorRelationshipsSchema>;

/** The URL path segment of the relationships record. */
export const ASSESSOR_RELATIONSHIPS_PATH = 'assessor-relationships';
