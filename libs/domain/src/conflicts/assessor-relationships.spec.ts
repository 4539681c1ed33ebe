import { AssessorRelationship, relationshipFinding, relationshipProblems } from './assessor-relationships';
import { Assessor, checkConflictsOfInterest } from './conflicts-of-interest';

const amhp: Assessor = { id: 'amhp-1', role: 'amhp' };
const a: Assessor = { id: 'a', role: 'doctor' };
const b: Assessor = { id: 'b', role: 'doctor' };
const rel = (from: string, kind: AssessorRelationship['kind'], to: string): AssessorRelationship => ({ from, kind, to });
const check = (relationships: AssessorRelationship[], urgentCaseReason?: string, doctors = [a, b]) => {
  const r = checkConflictsOfInterest({ amhp, doctors, relationships, urgentCaseReason });
  return { violations: r.violations.map((v) => `${v.section} ${v.rule}`), exceptions: r.exceptions.map((e) => `${e.section} ${e.rule}`) };
};

describe('relationships between the assessors recorded on the case (Conflicts of Interest Regulations 2008)', () => {
  it.each<[string, AssessorRelationship[], string[]]>([
    ['s11(1A), s12(3) professional: a doctor line-manages the AMHP', [rel('a', 'line_manages', 'amhp-1')], ['s11(1A), s12(3) conflict.line_management']],
    ['s11(1A), s12(3) professional: the AMHP line-manages a doctor (the other direction)', [rel('amhp-1', 'line_manages', 'b')], ['s11(1A), s12(3) conflict.line_management']],
    ['s12(3) professional: one doctor line-manages the other', [rel('a', 'line_manages', 'b')], ['s12(3) conflict.line_management']],
    ['s11(1A), s12(3) professional: a doctor employs the AMHP', [rel('b', 'employs', 'amhp-1')], ['s11(1A), s12(3) conflict.employment']],
    ['s12(3) professional: one doctor employs the other (a GP partner and a salaried GP)', [rel('a', 'employs', 'b')], ['s12(3) conflict.employment']],
    ['s11(1A), s12(3) personal: the AMHP and a doctor are related', [rel('amhp-1', 'related', 'a')], ['s11(1A), s12(3) conflict.assessors_related']],
    ['s12(3) business: the doctors are in one business venture', [rel('b', 'business_venture', 'a')], ['s12(3) conflict.business']],
    ['no conflict: the AMHP and a doctor have the same employer', [rel('amhp-1', 'same_employer', 'a'), rel('a', 'same_employer', 'b')], []],
    ['no conflict: two of the three in one team', [rel('amhp-1', 'same_team', 'a')], []],
    ['s11(1A), s12(3) professional: all three in one team, as recorded pair by pair', [rel('amhp-1', 'same_team', 'a'), rel('amhp-1', 'same_team', 'b'), rel('a', 'same_team', 'b')], ['s11(1A), s12(3) conflict.same_team']],
    ['a relationship with someone not assessing is no conflict', [rel('someone-else', 'line_manages', 'amhp-1')], []],
  ])('%s', (_case, relationships, expected) => {
    expect(check(relationships).violations).toEqual(expected);
  });

  it('urgent case: lifts the all-in-one-team conflict, with the reason recorded', () => {
    const team = [rel('amhp-1', 'same_team', 'a'), rel('amhp-1', 'same_team', 'b'), rel('a', 'same_team', 'b')];
    expect(check(team, 'Serious risk to life; no other doctor tonight')).toEqual({ violations: [], exceptions: ['s11(1A), s12(3) conflict.same_team'] });
  });

  it.each<[string, AssessorRelationship]>([
    ['line management', rel('a', 'line_manages', 'amhp-1')],
    ['employment', rel('amhp-1', 'employs', 'b')],
    ['a relative', rel('amhp-1', 'related', 'b')],
  ])('urgent case: does not lift a conflict of %s', (_case, relationship) => {
    expect(check([relationship], 'Serious risk to life').violations).toHaveLength(1);
  });

  it('names who directs the work of whom', () => {
    const [v] = checkConflictsOfInterest({ amhp, doctors: [a, b], relationships: [rel('amhp-1', 'line_manages', 'a')] }).violations;
    expect(v.message).toMatch(/^Dr a is line-managed by the AMHP/);
  });

  it.each<[string, ReturnType<typeof relationshipFinding>['finding']]>([
    ['line_manages', 'conflict'],
    ['employs', 'conflict'],
    ['related', 'conflict'],
    ['business_venture', 'conflict'],
    ['same_team', 'conflict_if_all_three'],
    ['same_employer', 'no_conflict'],
  ])('each kind is classified as the Regulations treat it: %s → %s', (kind, finding) => {
    expect(relationshipFinding(kind as AssessorRelationship['kind']).finding).toBe(finding);
  });

  it('refuses contradictory or repeated relationships', () => {
    expect(
      relationshipProblems([rel('a', 'line_manages', 'amhp-1'), rel('amhp-1', 'line_manages', 'a'), rel('a', 'related', 'a'), rel('b', 'same_team', 'a'), rel('a', 'same_team', 'b')]),
    ).toEqual([
      { index: 1, message: 'Two assessors cannot each line-manage the other' },
      { index: 2, message: 'A relationship joins two different assessors' },
      { index: 4, message: 'The same relationship is listed twice' },
    ]);
  });
});
