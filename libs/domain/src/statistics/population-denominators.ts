import { EthnicCategoryCode } from '../referral/ethnic-category';
import { AgeBand, ageBandLabel, sameAgeBand } from './age-bands';
import { isCensus2021EthnicGroup, isCensus2021HighLevelGroup, nhsCategoryOfCensusGroup } from './census-2021-ethnic-groups';
import { BROAD_ETHNIC_GROUPS, BroadEthnicGroup, broadGroupOfCensusCategory, broadGroupOfCensusHighLevel, EthnicGroupingId } from './ethnic-groupings';
import { PopulationRecord } from './population-table';

/**
 * Denominators from a checked population table (`checkPopulationTable(...).records`): sums of
 * the Census 2021 populations into the groups that rates are given for. Filter the records
 * first for an area, a sex or an age range.
 */

/** Population of each broad ethnic group under a grouping. */
export function populationByBroadGroup(records: readonly PopulationRecord[], grouping: EthnicGroupingId): Record<BroadEthnicGroup, number> {
  const totals = Object.fromEntries(BROAD_ETHNIC_GROUPS.map((g) => [g, 0])) as Record<BroadEthnicGroup, number>;
  for (const r of records) totals[broadGroupOf(r, grouping)] += r.population;
  return totals;
}

/** Population of each broad group in each age band (for age-standardised rates), bands in the order given. */
export function populationByBroadGroupAndAgeBand(
  records: readonly PopulationRecord[],
  grouping: EthnicGroupingId,
  ageBands: readonly AgeBand[],
): Record<BroadEthnicGroup, { band: AgeBand; population: number }[]> {
  const result = Object.fromEntries(BROAD_ETHNIC_GROUPS.map((g) => [g, ageBands.map((band) => ({ band, population: 0 }))])) as Record<
    BroadEthnicGroup,
    { band: AgeBand; population: number }[]
  >;
  for (const r of records) {
    const cell = result[broadGroupOf(r, grouping)].find((c) => sameAgeBand(c.band, r.ageBand));
    if (!cell) throw new RangeError(`The age band ${ageBandLabel(r.ageBand)} is not among those asked for`);
    cell.population += r.population;
  }
  return result;
}

/** Population of each NHS Data Dictionary category A–S (needs the detailed Census categories). */
export function populationByNhsCategory(records: readonly PopulationRecord[]): Partial<Record<EthnicCategoryCode, number>> {
  const totals: Partial<Record<EthnicCategoryCode, number>> = {};
  for (const r of records) {
    if (!isCensus2021EthnicGroup(r.ethnicGroup)) {
      throw new RangeError(`${r.ethnicGroup} is a high-level group: NHS categories need the detailed Census 2021 categories`);
    }
    const code = nhsCategoryOfCensusGroup(r.ethnicGroup);
    totals[code] = (totals[code] ?? 0) + r.population;
  }
  return totals;
}

function broadGroupOf(record: PopulationRecord, grouping: EthnicGroupingId): BroadEthnicGroup {
  const { ethnicGroup } = record;
  if (isCensus2021EthnicGroup(ethnicGroup)) return broadGroupOfCensusCategory(ethnicGroup, grouping);
  const group = isCensus2021HighLevelGroup(ethnicGroup) ? broadGroupOfCensusHighLevel(ethnicGroup, grouping) : null;
  if (!group) throw new RangeError(`${ethnicGroup} is a high-level group: the ${grouping} grouping needs the detailed Census 2021 categories`);
  return group;
}
