/**
 * Relationships between the assessors of one assessment (the AMHP and the doctors) that the
 * Mental Health (Conflicts of Interest) (England) Regulations 2008 ask about, as the AMHP
 * records them. `from` and `to` are assessor ids (the AMHP's or a doctor's); for the two
 * directed kinds, `from` is the one who directs the work of, or employs, `to`.
 */
export const ASSESSOR_RELATIONSHIPS = {
  line_manages: 'line-manages (directs the work of)',
  employs: 'employs',
  related: 'is related to',
  business_venture: 'is in a business venture with',
  same_team: 'works routinely in the same clinical team as',
  same_employer: 'has the same employer as',
} as const;

export type AssessorRelationshipKind = keyof typeof ASSESSOR_RELATIONSHIPS;
export const ASSESSOR_RELATIONSHIP_KINDS = Object.keys(ASSESSOR_RELATIONSHIPS) as AssessorRelationshipKind[];

export interface AssessorRelationship {
  from: string;
  to: string;
  kind: AssessorRelationshipKind;
}

/**
 * What the Regulations make of one relationship on its own:
 * - `conflict`: a potential conflict that bars the application (s11(1A)) or the recommendation
 *   (s12(3)); the urgent-case exception does not lift it (line management, employment, a
 *   relative, a business venture);
 * - `conflict_if_all_three`: a conflict only when the AMHP and both doctors are in one team,
 *   and then liftable in an urgent case with the reason recorded;
 * - `no_conflict`: recorded and shown, but not in itself a conflict (working for the same
 *   employer, e.g. the same NHS trust or council, is how most assessments are staffed).
 */
export type RelationshipFinding = 'conflict' | 'conflict_if_all_three' | 'no_conflict';

const FINDINGS: Record<AssessorRelationshipKind, RelationshipFinding> = {
  line_manages: 'conflict',
  employs: 'conflict',
  related: 'conflict',
  business_venture: 'conflict',
  same_team: 'conflict_if_all_three',
  same_employer: 'no_conflict',
};

const EXPLANATIONS: Record<AssessorRelationshipKind, string> = {
  line_manages: 'A potential conflict for professional reasons: one directs the work of the other. The urgent-case exception does not apply.',
  employs: 'A potential conflict for professional reasons: one employs the other. The urgent-case exception does not apply.',
  related: 'A potential conflict because of a personal relationship. The urgent-case exception does not apply.',
  business_venture: 'A potential conflict for business reasons. The urgent-case exception does not apply.',
  same_team: 'A conflict only if the AMHP and both doctors are members of one team; then allowed only in an urgent case, with the reason recorded.',
  same_employer: 'Not in itself a conflict under the Regulations (only if one directs the work of, or employs, the other).',
};

export function relationshipFinding(kind: AssessorRelationshipKind): { finding: RelationshipFinding; explanation: string } {
  return { finding: FINDINGS[kind], explanation: EXPLANATIONS[kind] };
}

/** The relationships of `kind` between two assessors, in either direction unless `directed`. */
export function hasRelationship(
  relationships: readonly AssessorRelationship[] | undefined,
  kind: AssessorRelationshipKind,
  x: string,
  y: string,
  directed = false,
): boolean {
  return (relationships ?? []).some((r) => r.kind === kind && ((r.from === x && r.to === y) || (!directed && r.from === y && r.to === x)));
}

/** Why a list of relationships cannot be recorded: each must join two different assessors, once. */
export function relationshipProblems(relationships: readonly AssessorRelationship[]): Array<{ index: number; message: string }> {
  const seen = new Set<string>();
  return relationships.flatMap((r, index) => {
    if (r.from === r.to) return [{ index, message: 'A relationship joins two different assessors' }];
    const directed = r.kind === 'line_manages' || r.kind === 'employs';
    const key = directed ? `${r.kind}:${r.from}:${r.to}` : `${r.kind}:${[r.from, r.to].sort().join(':')}`;
    if (seen.has(key)) return [{ index, message: 'The same relationship is listed twice' }];
    if (directed && seen.has(`${r.kind}:${r.to}:${r.from}`)) {
      return [{ index, message: `Two assessors cannot each ${r.kind === 'employs' ? 'employ' : 'line-manage'} the other` }];
    }
    seen.add(key);
    return [];
  });
}
