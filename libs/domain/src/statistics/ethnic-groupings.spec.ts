import { ETHNIC_CATEGORY_CODES, ethnicGroupOf } from '../referral/ethnic-category';
import {
  CENSUS_2021_ETHNIC_GROUP_IDS,
  CENSUS_2021_ETHNIC_GROUPS,
  census2021EthnicGroupLabel,
  nhsCategoryOfCensusGroup,
  parseCensus2021EthnicGroup,
} from './census-2021-ethnic-groups';
import {
  BROAD_ETHNIC_GROUPS,
  broadEthnicGroupLabel,
  broadEthnicGroupOf,
  broadGroupOfCensusCategory,
  broadGroupOfCensusHighLevel,
  DETAILED_ETHNIC_CATEGORIES,
  ETHNIC_GROUPINGS,
} from './ethnic-groupings';

describe('ethnic groupings: where Chinese goes', () => {
  it('NHS Data Dictionary grouping: Chinese (R) in Other ethnic groups, as referral/ethnic-category.ts', () => {
    expect(broadEthnicGroupOf('R', 'nhs_data_dictionary')).toBe('Other');
    for (const code of ETHNIC_CATEGORY_CODES) expect(broadEthnicGroupOf(code, 'nhs_data_dictionary')).toBe(ethnicGroupOf(code));
  });

  it('Census 2021 grouping: Chinese in Asian; every other category as the NHS grouping', () => {
    expect(broadEthnicGroupOf('R', 'census_2021')).toBe('Asian');
    for (const code of ETHNIC_CATEGORY_CODES.filter((c) => c !== 'R')) expect(broadEthnicGroupOf(code, 'census_2021')).toBe(ethnicGroupOf(code));
  });

  it.each([
    ['A', 'White'], ['B', 'White'], ['C', 'White'],
    ['D', 'Mixed'], ['G', 'Mixed'],
    ['H', 'Asian'], ['L', 'Asian'],
    ['M', 'Black'], ['N', 'Black'], ['P', 'Black'],
    ['S', 'Other'], ['Z', 'Not stated'],
  ] as const)('category %s is %s under both groupings', (code, group) => {
    expect(broadEthnicGroupOf(code, 'nhs_data_dictionary')).toBe(group);
    expect(broadEthnicGroupOf(code, 'census_2021')).toBe(group);
  });

  it('each grouping names itself for a table’s footnote', () => {
    expect(ETHNIC_GROUPINGS.nhs_data_dictionary.tableNote).toMatch(/Chinese is counted in Other ethnic groups/);
    expect(ETHNIC_GROUPINGS.census_2021.tableNote).toMatch(/Chinese is counted in Asian/);
    expect(broadEthnicGroupLabel('Black', 'nhs_data_dictionary')).toBe('Black or Black British');
    expect(broadEthnicGroupLabel('Black', 'census_2021')).toBe('Black, Black British, Black Welsh, Caribbean or African');
  });
});

describe('Census 2021 categories as population denominators', () => {
  it('19 detailed categories in 5 high-level groups', () => {
    expect(CENSUS_2021_ETHNIC_GROUP_IDS).toHaveLength(19);
    const perGroup = CENSUS_2021_ETHNIC_GROUP_IDS.reduce<Record<string, number>>((acc, id) => ({ ...acc, [CENSUS_2021_ETHNIC_GROUPS[id].group]: (acc[CENSUS_2021_ETHNIC_GROUPS[id].group] ?? 0) + 1 }), {});
    expect(perGroup).toEqual({ asian: 5, black: 3, mixed: 4, white: 5, other: 2 });
  });

  it('every NHS category A–S gets a population from at least one Census category, and only those', () => {
    const fed = new Set(CENSUS_2021_ETHNIC_GROUP_IDS.map(nhsCategoryOfCensusGroup));
    expect([...fed].sort()).toEqual([...DETAILED_ETHNIC_CATEGORIES].sort());
    expect(CENSUS_2021_ETHNIC_GROUP_IDS.filter((id) => nhsCategoryOfCensusGroup(id) === 'C')).toEqual(['white_gypsy_or_irish_traveller', 'white_roma', 'white_other']);
    expect(CENSUS_2021_ETHNIC_GROUP_IDS.filter((id) => nhsCategoryOfCensusGroup(id) === 'S')).toEqual(['other_arab', 'other_any_other']);
  });

  it('a Census category lands in the same broad group as the NHS category it feeds, under each grouping', () => {
    for (const id of CENSUS_2021_ETHNIC_GROUP_IDS) {
      for (const grouping of ['nhs_data_dictionary', 'census_2021'] as const) {
        expect(broadGroupOfCensusCategory(id, grouping)).toBe(broadEthnicGroupOf(nhsCategoryOfCensusGroup(id), grouping));
      }
    }
    expect(broadGroupOfCensusCategory('asian_chinese', 'nhs_data_dictionary')).toBe('Other');
    expect(broadGroupOfCensusCategory('asian_chinese', 'census_2021')).toBe('Asian');
  });

  it('high-level Census groups serve only the Census grouping (the NHS one must take Chinese out of Asian)', () => {
    expect(broadGroupOfCensusHighLevel('asian', 'census_2021')).toBe('Asian');
    expect(broadGroupOfCensusHighLevel('asian', 'nhs_data_dictionary')).toBeNull();
    expect(BROAD_ETHNIC_GROUPS).toEqual(['White', 'Mixed', 'Asian', 'Black', 'Other']);
  });

  it.each([
    ['Asian, Asian British or Asian Welsh: Chinese', 'asian_chinese'],
    ['White: English, Welsh, Scottish, Northern Irish or British', 'white_british'],
    ['  black, black british, black welsh, caribbean or african: other black ', 'black_other'],
    ['Other ethnic group: Arab', 'other_arab'],
    ['Mixed or Multiple ethnic groups', 'mixed'],
    ['white_roma', 'white_roma'],
    ['Does not apply', null],
    ['Chinese', null],
  ])('reads "%s"', (label, id) => {
    expect(parseCensus2021EthnicGroup(label)).toBe(id);
  });

  it('labels read back to their ids', () => {
    for (const id of CENSUS_2021_ETHNIC_GROUP_IDS) expect(parseCensus2021EthnicGroup(census2021EthnicGroupLabel(id))).toBe(id);
  });
});
