import { caseScopeOf } from './case-scope';

const teams = [
  { id: 'south', kind: 'day' as const, edtTeamId: 'edt' },
  { id: 'edt', kind: 'edt' as const, edtTeamId: null },
  { id: 'north', kind: 'day' as const, edtTeamId: 'edt' },
  { id: 'west', kind: 'day' as const, edtTeamId: 'edt-west' },
  { id: 'edt-west', kind: 'edt' as const, edtTeamId: null },
];

describe('which open referrals a day team hands over', () => {
  it('the first day team by id takes its own area, referrals with no team, and those recorded against its EDT', () => {
    expect(caseScopeOf('north', teams)).toEqual({ teamIds: ['north', 'edt'], includeUnassigned: true });
  });

  it('another day team covered by the same EDT takes its own area only', () => {
    expect(caseScopeOf('south', teams)).toEqual({ teamIds: ['south'], includeUnassigned: false });
  });

  it('a day team with an EDT of its own takes that EDT’s referrals', () => {
    expect(caseScopeOf('west', teams)).toEqual({ teamIds: ['west', 'edt-west'], includeUnassigned: false });
  });
});
