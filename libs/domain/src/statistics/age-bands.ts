import { hasAttainedAge } from '../time/london-calendar';
import { isLondonDate, LondonDate } from '../time/london-time';

/**
 * An age band in completed years: `minAge` to `maxAge` inclusive, or `maxAge: null` for
 * "and over". 0–4 is { minAge: 0, maxAge: 4 }; 90+ is { minAge: 90, maxAge: null }.
 */
export interface AgeBand {
  minAge: number;
  maxAge: number | null;
}

/** "0–4", "90+", "Under 18" is written "0–17". */
export function ageBandLabel(band: AgeBand): string {
  return band.maxAge === null ? `${band.minAge}+` : `${band.minAge}–${band.maxAge}`;
}

/** Bands from consecutive lower bounds: [0, 5, …, 90] → 0–4, 5–9, …, 90+. */
export function ageBandsFrom(lowerBounds: readonly number[]): AgeBand[] {
  return lowerBounds.map((minAge, i) => ({ minAge, maxAge: i + 1 < lowerBounds.length ? lowerBounds[i + 1] - 1 : null }));
}

/** The 19 five-year bands of the 2013 European Standard Population: 0–4, 5–9, …, 85–89, 90+. */
export const ESP_2013_AGE_BANDS: readonly AgeBand[] = Object.freeze(ageBandsFrom([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]));

/** Bands for a service lead's own tables: children, then ten-year adult bands from 25, then 65+. */
export const REPORTING_AGE_BANDS: readonly AgeBand[] = Object.freeze(ageBandsFrom([0, 18, 25, 35, 45, 55, 65]));

/**
 * The bands NHS England's Mental Health Act Statistics publish detention rates by (under 18,
 * 18 to 34, 35 to 49, 50 to 64, 65 and over): use these to set a council's rates beside the national ones.
 */
export const MHA_STATISTICS_AGE_BANDS: readonly AgeBand[] = Object.freeze(ageBandsFrom([0, 18, 35, 50, 65]));

/**
 * Age in completed years on a London day. A birthday is attained at the start of its
 * anniversary (Family Law Reform Act 1969 s9); someone born on 29 February is a year older on
 * 1 March in a year that is not a leap year (as `hasAttainedAge`).
 */
export function ageOn(dateOfBirth: LondonDate, on: LondonDate): number {
  for (const [field, value] of [['dateOfBirth', dateOfBirth], ['on', on]] as const) {
    if (!isLondonDate(value)) throw new RangeError(`${field} must be a calendar date (YYYY-MM-DD): ${value}`);
  }
  if (on < dateOfBirth) throw new RangeError(`on (${on}) is before the date of birth (${dateOfBirth})`);
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return hasAttainedAge(dateOfBirth, years, on) ? years : years - 1;
}

/** The band an age falls in, or null if the bands do not cover it. */
export function ageBandOf(age: number, bands: readonly AgeBand[]): AgeBand | null {
  if (!Number.isInteger(age) || age < 0) throw new RangeError(`age must be a whole number of years, 0 or more: ${age}`);
  return bands.find((b) => age >= b.minAge && (b.maxAge === null || age <= b.maxAge)) ?? null;
}

export function sameAgeBand(a: AgeBand, b: AgeBand): boolean {
  return a.minAge === b.minAge && a.maxAge === b.maxAge;
}

const LABEL_PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => AgeBand]> = [
  // 0-4, 0–4, 0 - 4, 0 to 4, Aged 5 to 9 years, Age 5-9
  [/^(?:aged?\s+)?(\d{1,3})\s*(?:-|–|—|to)\s*(\d{1,3})(?:\s+years?)?$/i, (m) => ({ minAge: Number(m[1]), maxAge: Number(m[2]) })],
  // 90+, 90 and over, Aged 90 years and over, 90 plus
  [/^(?:aged?\s+)?(\d{1,3})(?:\s*\+|\s+years?\s+and\s+over|\s+and\s+over|\s+plus)$/i, (m) => ({ minAge: Number(m[1]), maxAge: null })],
  // Under 18 → 0–17
  [/^under\s+(\d{1,3})(?:\s+years?)?$/i, (m) => ({ minAge: 0, maxAge: Number(m[1]) - 1 })],
  // Aged 4 years and under (ONS Census 2021 TS007)
  [/^(?:aged?\s+)?(\d{1,3})(?:\s+years?)?\s+and\s+under$/i, (m) => ({ minAge: 0, maxAge: Number(m[1]) })],
];

/**
 * Reads an age band as population tables write it ("0-4", "5 to 9", "Aged 90 years and over",
 * "Aged 4 years and under", "Under 18", "85+"); null if the label is not an age band.
 */
export function parseAgeBandLabel(label: string): AgeBand | null {
  const text = label.trim();
  for (const [pattern, build] of LABEL_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const band = build(m);
    if (band.maxAge !== null && band.maxAge < band.minAge) return null;
    return band;
  }
  return null;
}
