import { ConflictOfInterestFacts } from './conflict-facts';
import { Assessor, checkConflictsOfInterest, ConflictCheckFacts } from './conflicts-of-interest';

const amhp = (c: ConflictOfInterestFacts = {}): Assessor => ({ id: 'amhp-1', role: 'amhp', conflicts: c });
const dr = (id: string, c: ConflictOfInterestFacts = {}): Assessor => ({ id, role: 'doctor', conflicts: c });
const findings = (f: ConflictCheckFacts) => {
  const r = checkConflictsOfInterest(f);
  return { violations: r.violations.map((v) => `${v.section} ${v.rule}`), exceptions: r.exceptions.map((e) => `${e.section} ${e.rule}`) };
};

describe('conflicts of interest (Mental Health (Conflicts of Interest) (England) Regulations 2008)', () => {
  it.each<[string, ConflictCheckFacts, string[]]>([
    ['no facts, no conflict', { amhp: amhp(), doctors: [dr('a'), dr('b')] }, []],
    ['s11(1A) personal: the AMHP is the person’s relative', { amhp: amhp({ relativeOfPatient: true }), doctors: [dr('a'), dr('b')] }, ['s11(1A) conflict.relative_of_patient']],
    ['s12(3) personal: a doctor is the person’s relative', { amhp: amhp(), doctors: [dr('a', { relativeOfPatient: true }), dr('b')] }, ['s12(3) conflict.relative_of_patient']],
    ['s11(1A), s12(3) personal: the AMHP is related to a doctor (recorded on the AMHP)', { amhp: amhp({ relativeOfAssessorIds: ['b'] }), doctors: [dr('a'), dr('b')] }, ['s11(1A), s12(3) conflict.assessors_related']],
    ['s12(3) personal: the two doctors are related (recorded on one side only)', { amhp: amhp(), doctors: [dr('a'), dr('b', { relativeOfAssessorIds: ['a'] })] }, ['s12(3) conflict.assessors_related']],
    ['s12(3) financial: a doctor has a financial interest in the outcome', { amhp: amhp(), doctors: [dr('a'), dr('b', { financialInterestInOutcome: true })] }, ['s12(3) conflict.financial_interest']],
    ['s11(1A) financial: the AMHP has a financial interest', { amhp: amhp({ financialInterestInOutcome: true }), doctors: [dr('a'), dr('b')] }, ['s11(1A) conflict.financial_interest']],
    ['s11(1A), s12(3) professional: the AMHP is line-managed by a doctor', { amhp: amhp({ lineManagerId: 'a' }), doctors: [dr('a'), dr('b')] }, ['s11(1A), s12(3) conflict.line_management']],
    ['s12(3) professional: one doctor line-manages the other', { amhp: amhp(), doctors: [dr('a'), dr('b', { lineManagerId: 'a' })] }, ['s12(3) conflict.line_management']],
    ['a line manager outside the assessment is no conflict', { amhp: amhp({ lineManagerId: 'team-lead' }), doctors: [dr('a'), dr('b')] }, []],
    ['s12(3) business: the doctors are partners in one venture', { amhp: amhp(), doctors: [dr('a', { businessVentureIds: ['clinic-ltd'] }), dr('b', { businessVentureIds: ['clinic-ltd'] })] }, ['s12(3) conflict.business']],
    ['s11(1A), s12(3) professional: all three in one team, not urgent', { amhp: amhp({ teamId: 'cmht-north' }), doctors: [dr('a', { teamId: 'cmht-north' }), dr('b', { teamId: 'cmht-north' })] }, ['s11(1A), s12(3) conflict.same_team']],
    ['two of the three in one team is no conflict', { amhp: amhp({ teamId: 'cmht-north' }), doctors: [dr('a', { teamId: 'cmht-north' }), dr('b', { teamId: 'crisis' })] }, []],
    ['both doctors in one team without the AMHP is no conflict', { amhp: amhp({ teamId: 'amhp-service' }), doctors: [dr('a', { teamId: 'cmht-north' }), dr('b', { teamId: 'cmht-north' })] }, []],
    ['unknown teams are not a conflict', { amhp: amhp(), doctors: [dr('a'), dr('b')] }, []],
    ['s4 (one doctor): the team rule needs three assessors', { amhp: amhp({ teamId: 'cmht-north' }), doctors: [dr('a', { teamId: 'cmht-north' })] }, []],
    ['the urgent-case exception does not lift a personal conflict', { amhp: amhp({ relativeOfPatient: true }), doctors: [dr('a'), dr('b')], urgentCaseReason: 'Serious risk' }, ['s11(1A) conflict.relative_of_patient']],
  ])('%s', (_case, facts, expected) => {
    expect(findings(facts).violations).toEqual(expected);
  });

  it('urgent case: all three in one team is allowed with the reason recorded', () => {
    const result = findings({
      amhp: amhp({ teamId: 'edt' }),
      doctors: [dr('a', { teamId: 'edt' }), dr('b', { teamId: 'edt' })],
      urgentCaseReason: 'Serious risk to life; no other doctor available overnight',
    });
    expect(result.violations).toEqual([]);
    expect(result.exceptions).toEqual(['s11(1A), s12(3) conflict.same_team']);
  });

  it('urgent case: a blank reason does not count', () => {
    const result = findings({ amhp: amhp({ teamId: 'edt' }), doctors: [dr('a', { teamId: 'edt' }), dr('b', { teamId: 'edt' })], urgentCaseReason: ' ' });
    expect(result.violations).toEqual(['s11(1A), s12(3) conflict.same_team']);
  });

  it('names who is line-managed by whom', () => {
    const [v] = checkConflictsOfInterest({ amhp: amhp({ lineManagerId: 'a' }), doctors: [dr('a'), dr('b')] }).violations;
    expect(v.message).toMatch(/^The AMHP is line-managed by Dr a/);
  });
});
