import { ageBandLabel, ageBandsFrom, ESP_2013_AGE_BANDS, MHA_STATISTICS_AGE_BANDS } from './age-bands';
import { CENSUS_2021_ETHNIC_GROUP_IDS, CENSUS_2021_HIGH_LEVEL_GROUP_IDS, census2021EthnicGroupLabel } from './census-2021-ethnic-groups';
import { populationByBroadGroup, populationByBroadGroupAndAgeBand, populationByNhsCategory } from './population-denominators';
import { checkPopulationTable, PopulationTableRow } from './population-table';

const BANDS = MHA_STATISTICS_AGE_BANDS;

/** A complete table: every detailed category × band × sex, population 10 × (band index + 1). */
function completeTable(area = 'Camden'): PopulationTableRow[] {
  return CENSUS_2021_ETHNIC_GROUP_IDS.flatMap((id) =>
    BANDS.flatMap((band, b) => ['Female', 'Male'].map((sex) => ({ area, ethnicGroup: census2021EthnicGroupLabel(id), ageBand: ageBandLabel(band), sex, population: 10 * (b + 1) }))),
  );
}

describe('checking a population table', () => {
  it('a complete table passes, read into our terms', () => {
    const check = checkPopulationTable(completeTable(), { grouping: 'nhs_data_dictionary', ageBands: BANDS });
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    expect(check.records).toHaveLength(19 * 5 * 2);
    expect(check.records[0]).toEqual({ area: 'Camden', ethnicGroup: 'asian_bangladeshi', ageBand: { minAge: 0, maxAge: 17 }, sex: 'female', population: 10 });
  });

  it('lists every problem, row by row, then the table’s', () => {
    const rows = completeTable();
    rows[0] = { ...rows[0], population: -3 };
    rows[1] = { ...rows[1], population: 12.5 };
    rows[2] = { ...rows[2], ethnicGroup: 'Martian' };
    rows[3] = { ...rows[3], ageBand: '16-24' };
    rows[4] = { ...rows[4], sex: 'Unknown' };
    rows[5] = { ...rows[5], area: ' ' };
    rows.push({ ...rows[10] });
    const check = checkPopulationTable(rows, { grouping: 'nhs_data_dictionary', ageBands: BANDS });
    expect(check.ok).toBe(false);
    expect(check.problems.filter((p) => p.row !== null).map((p) => [p.row, p.field, p.code])).toEqual([
      [1, 'population', 'negative'],
      [2, 'population', 'not_a_count'],
      [3, 'ethnicGroup', 'unknown_ethnic_group'],
      [4, 'ageBand', 'unknown_age_band'],
      [5, 'sex', 'unknown_sex'],
      [6, 'area', 'missing_area'],
      [191, 'table', 'duplicate'],
    ]);
    expect(check.problems.find((p) => p.code === 'duplicate')!.message).toBe('Row 191: repeats row 11 (Camden, asian_chinese, 0–17, female).');
    expect(check.problems.find((p) => p.code === 'unknown_age_band')!.message).toMatch(/"16-24" is not one of the age bands 0–17, 18–34, 35–49, 50–64, 65\+/);
    // the rows with problems leave holes that the table check reports too
    expect(check.problems.filter((p) => p.code === 'missing_cell').map((p) => p.message)).toContain('Camden: no row for asian_bangladeshi, 0–17, female (give 0 if there is nobody).');
    expect(check.records).toHaveLength(19 * 5 * 2 - 6);
  });

  it('a group missing altogether is named once for its area', () => {
    const rows = completeTable().filter((r) => !r.ethnicGroup.endsWith(': Roma'));
    const check = checkPopulationTable(rows, { grouping: 'nhs_data_dictionary', ageBands: BANDS });
    expect(check.problems).toEqual([{ row: null, field: 'table', code: 'missing_group', message: 'Camden: no rows for white_roma; every group of the grouping needs a population (0 if none).' }]);
  });

  it('the NHS grouping needs the detailed categories; the Census grouping takes high-level groups', () => {
    const highLevel: PopulationTableRow[] = CENSUS_2021_HIGH_LEVEL_GROUP_IDS.flatMap((g) => BANDS.map((band) => ({ area: 'Camden', ethnicGroup: g, ageBand: ageBandLabel(band), sex: 'Persons', population: 100 })));
    expect(checkPopulationTable(highLevel, { grouping: 'census_2021', ageBands: BANDS }).ok).toBe(true);
    const nhs = checkPopulationTable(highLevel, { grouping: 'nhs_data_dictionary', ageBands: BANDS });
    expect(nhs.problems[0]).toMatchObject({ row: 1, code: 'needs_detailed_groups' });
  });

  it('refuses a table that would count people twice', () => {
    const mixedLevels = [...completeTable(), { area: 'Camden', ethnicGroup: 'White', ageBand: '0-17', sex: 'Female', population: 1 }];
    expect(checkPopulationTable(mixedLevels, { grouping: 'census_2021', ageBands: BANDS }).problems).toEqual([
      expect.objectContaining({ row: null, code: 'mixed_group_levels' }),
    ]);
    const mixedSexes = [...completeTable(), { area: 'Camden', ethnicGroup: 'Other ethnic group: Arab', ageBand: '0-17', sex: 'Persons', population: 1 }];
    expect(checkPopulationTable(mixedSexes, { grouping: 'census_2021', ageBands: BANDS }).problems).toEqual([
      expect.objectContaining({ row: null, code: 'mixed_sexes' }),
    ]);
  });

  it('reads ONS age labels against the bands asked for', () => {
    const rows = [{ area: 'Camden', ethnicGroup: 'white', ageBand: 'Aged 90 years and over', sex: 'Persons', population: 5 }];
    const check = checkPopulationTable(rows, { grouping: 'census_2021', ageBands: ESP_2013_AGE_BANDS });
    expect(check.records[0].ageBand).toEqual({ minAge: 90, maxAge: null });
  });
});

describe('denominators from a checked table', () => {
  const records = checkPopulationTable(completeTable(), { grouping: 'nhs_data_dictionary', ageBands: BANDS }).records;
  // each category: 2 sexes × (10 + 20 + 30 + 40 + 50) = 300

  it('broad groups under each grouping: Chinese moves from Other to Asian', () => {
    expect(populationByBroadGroup(records, 'nhs_data_dictionary')).toEqual({ White: 1500, Mixed: 1200, Asian: 1200, Black: 900, Other: 900 });
    expect(populationByBroadGroup(records, 'census_2021')).toEqual({ White: 1500, Mixed: 1200, Asian: 1500, Black: 900, Other: 600 });
  });

  it('NHS categories: C and S gather several Census categories', () => {
    const byCategory = populationByNhsCategory(records);
    expect(byCategory.C).toBe(900);
    expect(byCategory.S).toBe(600);
    expect(byCategory.R).toBe(300);
    expect(Object.keys(byCategory)).toHaveLength(16);
  });

  it('broad group by age band, for age standardisation', () => {
    const byBand = populationByBroadGroupAndAgeBand(records, 'census_2021', BANDS);
    expect(byBand.Black.map((c) => c.population)).toEqual([60, 120, 180, 240, 300]);
    expect(() => populationByBroadGroupAndAgeBand(records, 'census_2021', ageBandsFrom([0, 65]))).toThrow(/not among those asked for/);
  });
});
