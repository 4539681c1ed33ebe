import { AgeBand, ageBandLabel, parseAgeBandLabel, sameAgeBand } from './age-bands';
import {
  CENSUS_2021_ETHNIC_GROUP_IDS,
  CENSUS_2021_HIGH_LEVEL_GROUP_IDS,
  Census2021EthnicGroup,
  Census2021HighLevelGroup,
  isCensus2021EthnicGroup,
  parseCensus2021EthnicGroup,
} from './census-2021-ethnic-groups';
import { ETHNIC_GROUPINGS, EthnicGroupingId } from './ethnic-groupings';

/** One row of a population table as parsed from an ONS file: text as it came, population as a number. */
export interface PopulationTableRow {
  area: string;
  /** A Census 2021 category as ONS prints it, or our id ("asian_chinese", "white"). */
  ethnicGroup: string;
  /** "0-4", "Aged 90 years and over", "85+" (see parseAgeBandLabel). */
  ageBand: string;
  /** Female, Male, or Persons (all people). */
  sex: string;
  population: number;
}

export type PopulationSex = 'female' | 'male' | 'persons';

/** A row that passed: the text read into our terms. */
export interface PopulationRecord {
  area: string;
  ethnicGroup: Census2021EthnicGroup | Census2021HighLevelGroup;
  ageBand: AgeBand;
  sex: PopulationSex;
  population: number;
}

export interface PopulationProblem {
  /** 1 for the first row given; null for a problem with the table as a whole. */
  row: number | null;
  field: keyof PopulationTableRow | 'table';
  code: 'missing_area' | 'unknown_ethnic_group' | 'needs_detailed_groups' | 'mixed_group_levels' | 'unknown_age_band' | 'unknown_sex'
    | 'mixed_sexes' | 'not_a_count' | 'negative' | 'duplicate' | 'missing_group' | 'missing_cell';
  message: string;
}

export interface PopulationTableCheck {
  ok: boolean;
  problems: PopulationProblem[];
  /** The rows without problems of their own. */
  records: PopulationRecord[];
}

export interface PopulationTableOptions {
  /** The grouping the rates will use: the NHS grouping needs the 19 detailed categories. */
  grouping: EthnicGroupingId;
  /** The age bands the table must have, each for every group and sex (e.g. ESP_2013_AGE_BANDS). */
  ageBands: readonly AgeBand[];
}

const SEXES: Record<string, PopulationSex> = { female: 'female', f: 'female', male: 'male', m: 'male', persons: 'persons', 'all persons': 'persons', all: 'persons' };

/**
 * Checks a parsed population table before it becomes a denominator, and lists every problem
 * found, row by row: unknown ethnic groups, age bands or sexes; counts that are negative or not
 * whole; the same area, group, age band and sex twice; then, for each area, any group of the
 * grouping missing and any age band × sex missing for a group (a missing row would silently
 * shrink a denominator: give 0 instead).
 */
export function checkPopulationTable(rows: readonly PopulationTableRow[], options: PopulationTableOptions): PopulationTableCheck {
  const problems: PopulationProblem[] = [];
  const records: PopulationRecord[] = [];
  const firstSeen = new Map<string, number>();
  rows.forEach((row, index) => {
    const n = index + 1;
    const before = problems.length;
    const problem = (field: PopulationProblem['field'], code: PopulationProblem['code'], message: string) =>
      problems.push({ row: n, field, code, message: `Row ${n}: ${message}` });

    const area = typeof row.area === 'string' ? row.area.trim() : '';
    if (!area) problem('area', 'missing_area', 'the area is blank.');
    const group = parseCensus2021EthnicGroup(String(row.ethnicGroup ?? ''));
    if (!group) problem('ethnicGroup', 'unknown_ethnic_group', `"${row.ethnicGroup}" is not a Census 2021 ethnic group.`);
    else if (options.grouping === 'nhs_data_dictionary' && !isCensus2021EthnicGroup(group)) {
      problem('ethnicGroup', 'needs_detailed_groups', `"${row.ethnicGroup}" is a high-level group; ${ETHNIC_GROUPINGS.nhs_data_dictionary.name} need the detailed categories (Chinese apart from Asian).`);
    }
    const parsedBand = parseAgeBandLabel(String(row.ageBand ?? ''));
    const band = parsedBand && options.ageBands.find((b) => sameAgeBand(b, parsedBand));
    if (!band) problem('ageBand', 'unknown_age_band', `"${row.ageBand}" is not one of the age bands ${options.ageBands.map(ageBandLabel).join(', ')}.`);
    const sex = SEXES[String(row.sex ?? '').trim().toLowerCase()];
    if (!sex) problem('sex', 'unknown_sex', `"${row.sex}" is not Female, Male or Persons.`);
    const population = row.population;
    if (typeof population !== 'number' || !Number.isInteger(population)) problem('population', 'not_a_count', `the population ${String(population)} is not a whole number.`);
    else if (population < 0) problem('population', 'negative', `the population ${population} is negative.`);

    if (area && group && band && sex) {
      const key = [area, group, band.minAge, band.maxAge, sex].join('|');
      const first = firstSeen.get(key);
      if (first !== undefined) problem('table', 'duplicate', `repeats row ${first} (${area}, ${group}, ${ageBandLabel(band)}, ${sex}).`);
      else firstSeen.set(key, n);
    }
    if (problems.length === before) records.push({ area, ethnicGroup: group!, ageBand: band!, sex: sex!, population });
  });
  problems.push(...tableProblems(records, options));
  return { ok: problems.length === 0, problems, records };
}

function tableProblems(records: PopulationRecord[], options: PopulationTableOptions): PopulationProblem[] {
  const problems: PopulationProblem[] = [];
  const table = (code: PopulationProblem['code'], message: string) => problems.push({ row: null, field: 'table', code, message });
  const detailed = records.filter((r) => isCensus2021EthnicGroup(r.ethnicGroup)).length;
  if (detailed > 0 && detailed < records.length) {
    table('mixed_group_levels', 'The table mixes detailed Census 2021 categories with high-level groups, which would count people twice.');
    return problems;
  }
  const sexes = [...new Set(records.map((r) => r.sex))];
  if (sexes.includes('persons') && sexes.length > 1) {
    table('mixed_sexes', 'The table mixes Persons rows with Female or Male rows, which would count people twice.');
    return problems;
  }
  const groups: readonly string[] = detailed > 0 ? CENSUS_2021_ETHNIC_GROUP_IDS : CENSUS_2021_HIGH_LEVEL_GROUP_IDS;
  const areas = [...new Set(records.map((r) => r.area))];
  for (const area of areas) {
    const present = new Set(records.filter((r) => r.area === area).map((r) => [r.ethnicGroup, r.ageBand.minAge, r.sex].join('|')));
    for (const group of groups) {
      const cells = options.ageBands.flatMap((band) => sexes.map((sex) => ({ band, sex })));
      const missing = cells.filter(({ band, sex }) => !present.has([group, band.minAge, sex].join('|')));
      if (missing.length === cells.length) {
        table('missing_group', `${area}: no rows for ${group}; every group of the grouping needs a population (0 if none).`);
        continue;
      }
      for (const { band, sex } of missing) table('missing_cell', `${area}: no row for ${group}, ${ageBandLabel(band)}, ${sex} (give 0 if there is nobody).`);
    }
  }
  return problems;
}
