import { ETHNIC_CATEGORIES, ETHNIC_CATEGORY_CODES, EthnicCategoryCode, EthnicGroup } from '../referral/ethnic-category';
import { CENSUS_2021_ETHNIC_GROUPS, Census2021EthnicGroup, Census2021HighLevelGroup } from './census-2021-ethnic-groups';

/**
 * The five broad ethnic groups rates are published by. Records carry an NHS Data Dictionary
 * ethnic category (A–S, Z); the groups come in two groupings that differ only in where Chinese
 * (category R) goes, so every table must say which it uses:
 * - `nhs_data_dictionary`: the NHS Data Dictionary's groups, Chinese in Other ethnic groups
 *   (as `ethnicGroupOf` in referral/ethnic-category.ts);
 * - `census_2021`: the ONS Census 2021 high-level groups, Chinese in Asian.
 * "Not stated" (Z) and records with no category are counted, but have no population and no rate.
 */
export type BroadEthnicGroup = Exclude<EthnicGroup, 'Not stated'>;

export const BROAD_ETHNIC_GROUPS: readonly BroadEthnicGroup[] = Object.freeze(['White', 'Mixed', 'Asian', 'Black', 'Other']);

export type EthnicGroupingId = 'nhs_data_dictionary' | 'census_2021';

export interface EthnicGrouping {
  id: EthnicGroupingId;
  name: string;
  /** The sentence a table prints to say which grouping it uses. */
  tableNote: string;
  labels: Readonly<Record<BroadEthnicGroup, string>>;
}

export const ETHNIC_GROUPINGS: Readonly<Record<EthnicGroupingId, EthnicGrouping>> = Object.freeze({
  nhs_data_dictionary: {
    id: 'nhs_data_dictionary',
    name: 'NHS Data Dictionary ethnic groups',
    tableNote: 'Ethnic groups as in the NHS Data Dictionary (ethnic category): Chinese is counted in Other ethnic groups.',
    labels: { White: 'White', Mixed: 'Mixed', Asian: 'Asian or Asian British', Black: 'Black or Black British', Other: 'Other ethnic groups' },
  },
  census_2021: {
    id: 'census_2021',
    name: 'ONS Census 2021 ethnic groups',
    tableNote: 'Ethnic groups as in the ONS Census 2021 (high-level groups): Chinese is counted in Asian.',
    labels: {
      White: 'White',
      Mixed: 'Mixed or Multiple ethnic groups',
      Asian: 'Asian, Asian British or Asian Welsh',
      Black: 'Black, Black British, Black Welsh, Caribbean or African',
      Other: 'Other ethnic group',
    },
  },
});

const CENSUS_HIGH_LEVEL_TO_BROAD: Readonly<Record<Census2021HighLevelGroup, BroadEthnicGroup>> = {
  asian: 'Asian',
  black: 'Black',
  mixed: 'Mixed',
  white: 'White',
  other: 'Other',
};

/** The broad group of a recorded NHS category under a grouping; 'Not stated' for Z. */
export function broadEthnicGroupOf(code: EthnicCategoryCode, grouping: EthnicGroupingId): EthnicGroup {
  if (grouping === 'census_2021' && code === 'R') return 'Asian';
  return ETHNIC_CATEGORIES[code].group;
}

/** The broad group a Census 2021 detailed category's population counts towards under a grouping. */
export function broadGroupOfCensusCategory(id: Census2021EthnicGroup, grouping: EthnicGroupingId): BroadEthnicGroup {
  const category = CENSUS_2021_ETHNIC_GROUPS[id];
  return grouping === 'census_2021' ? CENSUS_HIGH_LEVEL_TO_BROAD[category.group] : (ETHNIC_CATEGORIES[category.nhsCategory].group as BroadEthnicGroup);
}

/**
 * The broad group of a Census 2021 high-level group's population. Only the Census grouping can
 * use high-level populations: the NHS grouping needs Chinese out of Asian, so it needs the
 * detailed categories (null here).
 */
export function broadGroupOfCensusHighLevel(group: Census2021HighLevelGroup, grouping: EthnicGroupingId): BroadEthnicGroup | null {
  return grouping === 'census_2021' ? CENSUS_HIGH_LEVEL_TO_BROAD[group] : null;
}

/**
 * The detailed groups rates can be given for: the 16 NHS categories A–S (records are coded so).
 * Census 2021 populations sum into them: C = Gypsy or Irish Traveller + Roma + Other White;
 * S = Arab + Any other ethnic group; every other category is one Census category.
 */
export const DETAILED_ETHNIC_CATEGORIES: readonly EthnicCategoryCode[] = Object.freeze(ETHNIC_CATEGORY_CODES.filter((c) => c !== 'Z'));

/** The label a table prints for a broad group under a grouping. */
export function broadEthnicGroupLabel(group: BroadEthnicGroup, grouping: EthnicGroupingId): string {
  return ETHNIC_GROUPINGS[grouping].labels[group];
}
