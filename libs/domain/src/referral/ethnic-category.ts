/**
 * Ethnic category as recorded in the NHS Data Dictionary (ETHNIC CATEGORY, 2001 census based),
 * codes A–S and Z. The broad group is what NHS England's Mental Health Act Statistics use
 * to publish detention rates by ethnicity (see shared/domain.md, "Equality").
 */
export const ETHNIC_CATEGORIES = {
  A: { label: 'White - British', group: 'White' },
  B: { label: 'White - Irish', group: 'White' },
  C: { label: 'White - Any other White background', group: 'White' },
  D: { label: 'Mixed - White and Black Caribbean', group: 'Mixed' },
  E: { label: 'Mixed - White and Black African', group: 'Mixed' },
  F: { label: 'Mixed - White and Asian', group: 'Mixed' },
  G: { label: 'Mixed - Any other mixed background', group: 'Mixed' },
  H: { label: 'Asian or Asian British - Indian', group: 'Asian' },
  J: { label: 'Asian or Asian British - Pakistani', group: 'Asian' },
  K: { label: 'Asian or Asian British - Bangladeshi', group: 'Asian' },
  L: { label: 'Asian or Asian British - Any other Asian background', group: 'Asian' },
  M: { label: 'Black or Black British - Caribbean', group: 'Black' },
  N: { label: 'Black or Black British - African', group: 'Black' },
  P: { label: 'Black or Black British - Any other Black background', group: 'Black' },
  R: { label: 'Other Ethnic Groups - Chinese', group: 'Other' },
  S: { label: 'Other Ethnic Groups - Any other ethnic group', group: 'Other' },
  Z: { label: 'Not stated', group: 'Not stated' },
} as const;

export type EthnicCategoryCode = keyof typeof ETHNIC_CATEGORIES;
export type EthnicGroup = (typeof ETHNIC_CATEGORIES)[EthnicCategoryCode]['group'];

export const ETHNIC_CATEGORY_CODES = Object.keys(ETHNIC_CATEGORIES) as EthnicCategoryCode[];

export function ethnicCategoryLabel(code: EthnicCategoryCode): string {
  return ETHNIC_CATEGORIES[code].label;
}

export function ethnicGroupOf(code: EthnicCategoryCode): EthnicGroup {
  return ETHNIC_CATEGORIES[code].group;
}
