/** Words for beds and places of safety, as bed managers and regional sit-reps use them. */

export const WARD_TYPES = {
  adult_acute: 'Adult acute',
  picu: 'Psychiatric intensive care (PICU)',
  older_adult: 'Older adult',
  children_and_young_people: 'Children and young people (CAMHS tier 4)',
  learning_disability: 'Learning disability',
  eating_disorders: 'Eating disorders',
  mother_and_baby: 'Mother and baby',
} as const;
export type WardType = keyof typeof WARD_TYPES;
export const WARD_TYPE_CODES = Object.keys(WARD_TYPES) as WardType[];

export const WARD_SEXES = {
  male: 'Male',
  female: 'Female',
  mixed: 'Mixed',
} as const;
export type WardSex = keyof typeof WARD_SEXES;
export const WARD_SEX_CODES = Object.keys(WARD_SEXES) as WardSex[];

/** A health-based place of safety (s136 suite): free to take someone, occupied, or closed (staffing, damage). */
export const PLACE_OF_SAFETY_STATES = {
  free: 'Free',
  occupied: 'Occupied',
  closed: 'Closed',
} as const;
export type PlaceOfSafetyState = keyof typeof PLACE_OF_SAFETY_STATES;
export const PLACE_OF_SAFETY_STATE_CODES = Object.keys(PLACE_OF_SAFETY_STATES) as PlaceOfSafetyState[];

/**
 * The legal basis the bed is sought on. The bed is often sought before the application is made
 * (when the AMHP says admission is likely), so this is what is intended, not yet what is in force.
 */
export const INTENDED_LEGAL_BASES = {
  s2: 's2 admission for assessment',
  s3: 's3 admission for treatment',
  s4: 's4 emergency admission',
  informal: 'Informal (voluntary) admission',
} as const;
export type IntendedLegalBasis = keyof typeof INTENDED_LEGAL_BASES;
export const INTENDED_LEGAL_BASIS_CODES = Object.keys(INTENDED_LEGAL_BASES) as IntendedLegalBasis[];
