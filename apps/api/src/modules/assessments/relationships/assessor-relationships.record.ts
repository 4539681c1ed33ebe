import type { AssessorRelationshipsView, AssessorRefView } from '@amhp/contracts';
import { ASSESSOR_RELATIONSHIPS, AssessorRelationship, AssessorRelationshipKind, relationshipFinding } from '@amhp/domain';
import { DoctorEntity } from '../../doctors/doctor.entity';
import { reviveDates } from '../store/event-codec';

export interface AssessorRef {
  role: 'amhp' | 'doctor';
  id: string;
}

/** The timeline's `assessor_relationships_recorded` event: ids only (the AMHP's and the doctors'). */
export interface AssessorRelationshipsData {
  amhpId: string | null;
  relationships: Array<{ from: AssessorRef; kind: AssessorRelationshipKind; to: AssessorRef }>;
}

export interface RecordedRelationships extends AssessorRelationshipsData {
  recordedAt: Date;
}

/** The relationships as last recorded on the case (a record on the timeline; the latest replaces the earlier ones). */
export function relationshipsOf(timeline: ReadonlyArray<{ type: string; at: Date; data: unknown }>): RecordedRelationships | null {
  const recorded = [...timeline].reverse().find((e) => e.type === 'assessor_relationships_recorded');
  return recorded ? { ...(reviveDates(recorded.data) as AssessorRelationshipsData), recordedAt: recorded.at } : null;
}

/**
 * The relationships the Conflicts of Interest check reads for an application by `amhpId`: those
 * between doctors always, those naming the AMHP only if they were recorded for this AMHP (a
 * reallocated case needs the new AMHP's relationships recorded).
 */
export function relationshipsFor(recorded: RecordedRelationships | null, amhpId: string): AssessorRelationship[] {
  if (!recorded) return [];
  const forThisAmhp = recorded.amhpId === amhpId;
  return recorded.relationships
    .filter((r) => forThisAmhp || (r.from.role === 'doctor' && r.to.role === 'doctor'))
    .map((r) => ({ from: r.from.id, kind: r.kind, to: r.to.id }));
}

/** The case page's view: who, the relationship in words, and what the Regulations make of it. */
export function toAssessorRelationshipsView(
  recorded: RecordedRelationships | null,
  allocatedAmhp: { id: string; name: string } | null,
  doctors: ReadonlyMap<string, Pick<DoctorEntity, 'name'>>,
): AssessorRelationshipsView {
  if (!recorded) return { recordedAt: null, amhpId: null, forAllocatedAmhp: true, relationships: [] };
  const name = (ref: AssessorRef): AssessorRefView => ({
    ...ref,
    name: ref.role === 'amhp' ? (allocatedAmhp?.id === ref.id ? allocatedAmhp.name : 'A previous AMHP') : (doctors.get(ref.id)?.name ?? 'A doctor no longer on the register'),
  });
  const subject = (ref: AssessorRefView) => (ref.role === 'amhp' ? 'The AMHP' : `Dr ${ref.name.replace(/^Dr\.? /, '')}`);
  const object = (ref: AssessorRefView) => (ref.role === 'amhp' ? 'the AMHP' : `Dr ${ref.name.replace(/^Dr\.? /, '')}`);
  return {
    recordedAt: recorded.recordedAt.toISOString(),
    amhpId: recorded.amhpId,
    forAllocatedAmhp: recorded.amhpId === null || recorded.amhpId === (allocatedAmhp?.id ?? null),
    relationships: recorded.relationships.map((r) => {
      const from = name(r.from);
      const to = name(r.to);
      return { from, kind: r.kind, description: `${subject(from)} ${ASSESSOR_RELATIONSHIPS[r.kind]} ${object(to)}`, to, ...relationshipFinding(r.kind) };
    }),
  };
}
