import { EthnicCategoryCode } from '../referral/ethnic-category';

/**
 * ONS Census 2021 ethnic group (England and Wales, table TS021): 19 detailed categories in 5
 * high-level groups. Population denominators come from these tables; each detailed category
 * maps to one NHS Data Dictionary ethnic category (A–S), so that rates by NHS category or group
 * have a denominator. Census 2021 puts Chinese in the Asian group; the NHS Data Dictionary
 * (2001-census based) puts it in Other ethnic groups: see ethnic-groupings.ts.
 */
export const CENSUS_2021_HIGH_LEVEL_GROUPS = {
  asian: 'Asian, Asian British or Asian Welsh',
  black: 'Black, Black British, Black Welsh, Caribbean or African',
  mixed: 'Mixed or Multiple ethnic groups',
  white: 'White',
  other: 'Other ethnic group',
} as const;

export type Census2021HighLevelGroup = keyof typeof CENSUS_2021_HIGH_LEVEL_GROUPS;

/** The 19 detailed categories: label as ONS prints it after the group, its group, and the NHS category it counts towards. */
export const CENSUS_2021_ETHNIC_GROUPS = {
  asian_bangladeshi: { group: 'asian', label: 'Bangladeshi', nhsCategory: 'K' },
  asian_chinese: { group: 'asian', label: 'Chinese', nhsCategory: 'R' },
  asian_indian: { group: 'asian', label: 'Indian', nhsCategory: 'H' },
  asian_pakistani: { group: 'asian', label: 'Pakistani', nhsCategory: 'J' },
  asian_other: { group: 'asian', label: 'Other Asian', nhsCategory: 'L' },
  black_african: { group: 'black', label: 'African', nhsCategory: 'N' },
  black_caribbean: { group: 'black', label: 'Caribbean', nhsCategory: 'M' },
  black_other: { group: 'black', label: 'Other Black', nhsCategory: 'P' },
  mixed_white_and_asian: { group: 'mixed', label: 'White and Asian', nhsCategory: 'F' },
  mixed_white_and_black_african: { group: 'mixed', label: 'White and Black African', nhsCategory: 'E' },
  mixed_white_and_black_caribbean: { group: 'mixed', label: 'White and Black Caribbean', nhsCategory: 'D' },
  mixed_other: { group: 'mixed', label: 'Other Mixed or Multiple ethnic groups', nhsCategory: 'G' },
  white_british: { group: 'white', label: 'English, Welsh, Scottish, Northern Irish or British', nhsCategory: 'A' },
  white_irish: { group: 'white', label: 'Irish', nhsCategory: 'B' },
  white_gypsy_or_irish_traveller: { group: 'white', label: 'Gypsy or Irish Traveller', nhsCategory: 'C' },
  white_roma: { group: 'white', label: 'Roma', nhsCategory: 'C' },
  white_other: { group: 'white', label: 'Other White', nhsCategory: 'C' },
  other_arab: { group: 'other', label: 'Arab', nhsCategory: 'S' },
  other_any_other: { group: 'other', label: 'Any other ethnic group', nhsCategory: 'S' },
} as const satisfies Record<string, { group: Census2021HighLevelGroup; label: string; nhsCategory: EthnicCategoryCode }>;

export type Census2021EthnicGroup = keyof typeof CENSUS_2021_ETHNIC_GROUPS;

export const CENSUS_2021_ETHNIC_GROUP_IDS = Object.keys(CENSUS_2021_ETHNIC_GROUPS) as Census2021EthnicGroup[];
export const CENSUS_2021_HIGH_LEVEL_GROUP_IDS = Object.keys(CENSUS_2021_HIGH_LEVEL_GROUPS) as Census2021HighLevelGroup[];

/** "Asian, Asian British or Asian Welsh: Chinese", as ONS writes the category. */
export function census2021EthnicGroupLabel(id: Census2021EthnicGroup): string {
  const category = CENSUS_2021_ETHNIC_GROUPS[id];
  return `${CENSUS_2021_HIGH_LEVEL_GROUPS[category.group]}: ${category.label}`;
}

export function isCensus2021EthnicGroup(value: string): value is Census2021EthnicGroup {
  return Object.prototype.hasOwnProperty.call(CENSUS_2021_ETHNIC_GROUPS, value);
}

export function isCensus2021HighLevelGroup(value: string): value is Census2021HighLevelGroup {
  return Object.prototype.hasOwnProperty.call(CENSUS_2021_HIGH_LEVEL_GROUPS, value);
}

/** The NHS Data Dictionary category a Census 2021 category's population counts towards. */
export function nhsCategoryOfCensusGroup(id: Census2021EthnicGroup): EthnicCategoryCode {
  return CENSUS_2021_ETHNIC_GROUPS[id].nhsCategory;
}

const normalise = (text: string) => text.toLowerCase().replace(/[‘’']/g, "'").replace(/\s+/g, ' ').trim();
const BY_LABEL = new Map<string, Census2021EthnicGroup | Census2021HighLevelGroup>([
  ...CENSUS_2021_ETHNIC_GROUP_IDS.map((id) => [normalise(census2021EthnicGroupLabel(id)), id] as const),
  ...CENSUS_2021_HIGH_LEVEL_GROUP_IDS.map((id) => [normalise(CENSUS_2021_HIGH_LEVEL_GROUPS[id]), id] as const),
]);

/**
 * Reads a category as ONS tables print it ("Asian, Asian British or Asian Welsh: Chinese", or a
 * high-level group "White"), or an id of ours ("asian_chinese", "white"); null if unknown.
 * "Does not apply" (people in communal establishments are counted in it in some tables) is not
 * an ethnic group and gives null.
 */
export function parseCensus2021EthnicGroup(label: string): Census2021EthnicGroup | Census2021HighLevelGroup | null {
  const text = normalise(label);
  if (isCensus2021EthnicGroup(text) || isCensus2021HighLevelGroup(text)) return text;
  return BY_LABEL.get(text) ?? null;
}
