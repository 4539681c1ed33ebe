import {
  DAY_MS,
  endOfLondonDay,
  isLondonDate,
  LondonDate,
  londonDateOf,
  londonInstant,
  londonOffsetMinutes,
  MINUTE_MS,
  shiftDate,
} from './london-time';

/**
 * Calendar counting in Europe/London, in the words the Act uses: "the period of 14 days
 * beginning with the date of ...", "the 14 days ending with the date of ...", "clear days".
 */

type DayLike = LondonDate | Date;

function toDate(day: DayLike): LondonDate {
  if (typeof day !== 'string') return londonDateOf(day);
  if (!isLondonDate(day)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${day}`);
  return day;
}

/** The London date `days` calendar days after (or before, if negative) the given day. */
export function addLondonDays(day: DayLike, days: number): LondonDate {
  return shiftDate(toDate(day), days);
}

/**
 * The same London wall-clock time `days` calendar days later: 14:00 on the Saturday before the
 * clocks go forward plus one day is 14:00 on the Sunday, which is only 23 real hours later.
 * Use elapsed hours (not this) for the holding powers, which the Act counts in hours.
 */
export function addLondonCalendarDays(instant: Date, days: number): Date {
  const shifted = new Date(instant.getTime() + londonOffsetMinutes(instant) * MINUTE_MS);
  const wallClock = shifted.toISOString().slice(11, 23);
  return londonInstant(shiftDate(londonDateOf(instant), days), wallClock);
}

/**
 * Calendar months, with a day that does not exist in the target month clamped to the month's
 * last day (31 August + 6 months = 28 February, or 29th in a leap year).
 */
export function addLondonMonths(day: DayLike, months: number): LondonDate {
  const [y, m, d] = toDate(day).split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole London calendar days from `from` to `to` (negative if `to` is earlier; 0 for the same day). */
export function londonDaysBetween(from: DayLike, to: DayLike): number {
  const [a, b] = [toDate(from), toDate(to)].map((d) => Date.parse(`${d}T00:00:00Z`));
  return Math.round((b - a) / DAY_MS);
}

/**
 * Clear days between two days: the whole days strictly between them, in either order.
 * Examinations on the 1st and the 7th have five clear days between them (the 2nd to the 6th);
 * the same day or consecutive days have none.
 */
export function clearDaysBetween(a: DayLike, b: DayLike): number {
  return Math.max(0, Math.abs(londonDaysBetween(a, b)) - 1);
}

/** A run of whole London days, and the instant it ends (the midnight after its last day). */
export interface LondonPeriod {
  firstDay: LondonDate;
  lastDay: LondonDate;
  /** The first instant outside the period: London midnight at the end of `lastDay`. */
  endsAt: Date;
}

/**
 * "The period of N days beginning with" a day: the day itself is day 1, so 28 days beginning
 * with 1 March end at midnight at the end of 28 March.
 */
export function periodBeginningWith(day: DayLike, days: number): LondonPeriod {
  assertPositiveDays(days);
  const firstDay = toDate(day);
  const lastDay = shiftDate(firstDay, days - 1);
  return { firstDay, lastDay, endsAt: endOfLondonDay(lastDay) };
}

/** "The period of N days ending with" a day: 14 days ending with 15 March begin on 2 March. */
export function periodEndingWith(day: DayLike, days: number): LondonPeriod {
  assertPositiveDays(days);
  const lastDay = toDate(day);
  return { firstDay: shiftDate(lastDay, -(days - 1)), lastDay, endsAt: endOfLondonDay(lastDay) };
}

/** Whether a day (or the London day of an instant) falls within a period of whole days. */
export function isWithinPeriod(period: LondonPeriod, day: DayLike): boolean {
  const date = toDate(day);
  return date >= period.firstDay && date <= period.lastDay;
}

/**
 * Whether someone born on `dateOfBirth` has attained `years` by `on`. A person attains an age at
 * the start of the anniversary of their birth (Family Law Reform Act 1969 s9); someone born on
 * 29 February attains it on 1 March in a year that is not a leap year.
 */
export function hasAttainedAge(dateOfBirth: LondonDate, years: number, on: DayLike): boolean {
  const [y, m, d] = toDate(dateOfBirth).split('-').map(Number);
  const anniversary = new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
  return toDate(on) >= anniversary;
}

/** Whether at least `months` calendar months have passed from `since` to `until` (1 January to 1 July is six). */
export function hasLastedMonths(since: DayLike, months: number, until: DayLike): boolean {
  return toDate(until) >= addLondonMonths(since, months);
}

function assertPositiveDays(days: number): void {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`A period must be a whole number of days (1 or more): ${days}`);
}
