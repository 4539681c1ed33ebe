import { placeOfSafetyStateFromSitRep, SitRepColumn, validateSitRepRow, validateSitRepRows } from './sit-rep';

const good = { hospital_id: 'RXT01', ward_id: 'Birch', core_beds: '20', empty_beds: '2', s136_places: '2', s136_empty: '1', closed_beds: '1' };
const problemsOf = (cells: Partial<Record<SitRepColumn, string | number>>) => {
  const r = validateSitRepRow(cells);
  return r.ok ? [] : r.problems.map((p) => `${p.column}: ${p.reason}`);
};

describe('a sit-rep row', () => {
  it('reads a good row', () => {
    expect(validateSitRepRow(good)).toEqual({ ok: true, row: { hospitalId: 'RXT01', wardId: 'Birch', coreBeds: 20, emptyBeds: 2, s136Places: 2, s136Empty: 1, closedBeds: 1 } });
    expect(validateSitRepRow({ ...good, core_beds: 20, empty_beds: ' 0 ' }).ok).toBe(true);
  });

  it.each<[string, Partial<Record<SitRepColumn, string>>, string[]]>([
    ['negative counts', { empty_beds: '-1' }, ['empty_beds: negative: counts are 0 or more']],
    ['empty beds above core beds', { empty_beds: '21' }, ['empty_beds: more empty beds (21) than core beds (20)']],
    ['s136 empty above s136 places', { s136_empty: '3' }, ['s136_empty: more empty s136 places (3) than s136 places (2)']],
    ['closed beds above core beds', { closed_beds: '25' }, ['closed_beds: more closed beds (25) than core beds (20)']],
    ['empty and closed together above core beds', { empty_beds: '15', closed_beds: '6' }, ['closed_beds: empty (15) and closed (6) beds together exceed core beds (20)']],
    ['a decimal', { core_beds: '20.5' }, ['core_beds: not a whole number: "20.5"']],
    ['text', { core_beds: 'twenty' }, ['core_beds: not a whole number: "twenty"']],
    ['a blank count', { s136_places: ' ' }, ['s136_places: missing: a whole number is required']],
    ['an absurd count', { core_beds: '5000' }, ['core_beds: more than 999']],
    ['a blank ward', { ward_id: '' }, ['ward_id: missing: an identifier is required']],
    ['a hospital id with odd characters', { hospital_id: '=cmd|x' }, ['hospital_id: not an identifier: letters, digits, spaces and . _ / - (up to 64)']],
  ])('refuses %s', (_label, change, expected) => {
    expect(problemsOf({ ...good, ...change })).toEqual(expected);
  });

  it('names every problem in the row at once', () => {
    expect(problemsOf({ hospital_id: 'RXT01' })).toHaveLength(6);
  });
});

describe('a sit-rep file', () => {
  it('numbers rows from 1 and refuses a hospital and ward given twice', () => {
    const check = validateSitRepRows([good, { ...good, ward_id: 'Oak' }, { ...good, empty_beds: '-2' }, { ...good, ward_id: 'birch', hospital_id: 'rxt01' }]);
    expect(check.rows.map((r) => r.wardId)).toEqual(['Birch', 'Oak']);
    expect(check.problems).toEqual([
      { row: 3, column: 'empty_beds', reason: 'negative: counts are 0 or more' },
      { row: 4, column: 'ward_id', reason: 'the same hospital and ward as row 1' },
    ]);
  });

  it('gives a place of safety state where the ward has s136 places', () => {
    expect(placeOfSafetyStateFromSitRep({ s136Places: 2, s136Empty: 1 })).toBe('free');
    expect(placeOfSafetyStateFromSitRep({ s136Places: 2, s136Empty: 0 })).toBe('occupied');
    expect(placeOfSafetyStateFromSitRep({ s136Places: 0, s136Empty: 0 })).toBeNull();
  });
});
