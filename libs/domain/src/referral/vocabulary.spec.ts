import { ETHNIC_CATEGORIES, ETHNIC_CATEGORY_CODES, ethnicCategoryLabel, ethnicGroupOf } from './ethnic-category';
import { LEGAL_SITUATION_CODES, LEGAL_SITUATIONS } from './legal-situation';
import { REFERRAL_SOURCE_CODES, URGENCY_CODES, URGENCY_RANK } from './referral-source';

describe('referral vocabulary', () => {
  it('has the NHS Data Dictionary ethnic categories A–S and Z (no I, O or Q)', () => {
    expect(ETHNIC_CATEGORY_CODES.join('')).toBe('ABCDEFGHJKLMNPRSZ');
  });

  it.each([
    ['A', 'White - British', 'White'],
    ['M', 'Black or Black British - Caribbean', 'Black'],
    ['N', 'Black or Black British - African', 'Black'],
    ['H', 'Asian or Asian British - Indian', 'Asian'],
    ['D', 'Mixed - White and Black Caribbean', 'Mixed'],
    ['R', 'Other Ethnic Groups - Chinese', 'Other'],
    ['Z', 'Not stated', 'Not stated'],
  ] as const)('ethnic category %s is "%s" in the %s group', (code, label, group) => {
    expect(ethnicCategoryLabel(code)).toBe(label);
    expect(ethnicGroupOf(code)).toBe(group);
  });

  it('puts every ethnic category in one of the published groups', () => {
    const groups = new Set(Object.values(ETHNIC_CATEGORIES).map((c) => c.group));
    expect([...groups].sort()).toEqual(['Asian', 'Black', 'Mixed', 'Not stated', 'Other', 'White']);
  });

  it('lists the referral sources of issue 2', () => {
    expect(REFERRAL_SOURCE_CODES).toEqual(['gp', 'police', 'ward', 'cmht', 'crisis_team', 'emergency_department', 'nearest_relative', 'other']);
  });

  it('lists the legal situations on referral with labels', () => {
    expect(LEGAL_SITUATION_CODES).toEqual(['none', 's136', 's135_1', 's5_2', 's5_4', 's2_detained', 'other']);
    expect(LEGAL_SITUATIONS.s5_4).toContain('s5(4)');
  });

  it('ranks emergency before urgent before routine', () => {
    expect([...URGENCY_CODES].sort((a, b) => URGENCY_RANK[a] - URGENCY_RANK[b])).toEqual(['emergency', 'urgent', 'routine']);
  });
});
