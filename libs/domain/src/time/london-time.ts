import { tzOffset } from '@date-fns/tz';

/**
 * Europe/London wall-clock time. Instants are stored in UTC and every legal period that the
 * Act counts in days ("beginning with the day", "clear days") is counted in London calendar
 * days, so the conversions live here and nowhere else.
 */
export const LONDON_TIME_ZONE = 'Europe/London';

/** A calendar date in Europe/London, written YYYY-MM-DD (e.g. "2026-03-29"). */
export type LondonDate = string;

/** A wall-clock time in Europe/London, written HH:mm, HH:mm:ss or HH:mm:ss.SSS. */
export type LondonTime = string;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isLondonDate(value: string): value is LondonDate {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

function assertLondonDate(value: LondonDate): void {
  if (!isLondonDate(value)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`);
}

/** Minutes east of UTC in London at that instant: 0 (GMT) or 60 (BST). */
export function londonOffsetMinutes(instant: Date): number {
  return tzOffset(LONDON_TIME_ZONE, instant);
}

/** "GMT" or "BST": shown next to London times so that the change nights are unambiguous. */
export function londonZoneAbbreviation(instant: Date): 'GMT' | 'BST' {
  return londonOffsetMinutes(instant) === 0 ? 'GMT' : 'BST';
}

/** The London calendar date on which an instant falls. */
export function londonDateOf(instant: Date): LondonDate {
  const shifted = new Date(instant.getTime() + londonOffsetMinutes(instant) * MINUTE_MS);
  return shifted.toISOString().slice(0, 10);
}

/** The London wall-clock time of an instant, HH:mm. */
export function londonTimeOf(instant: Date): LondonTime {
  const shifted = new Date(instant.getTime() + londonOffsetMinutes(instant) * MINUTE_MS);
  return shifted.toISOString().slice(11, 16);
}

/**
 * The instant at which London clocks show `time` on `date`.
 * - A time that happens twice (the hour repeated when the clocks go back, e.g. 01:30 on
 *   25 October 2026) resolves to the FIRST occurrence (BST): an ambiguous start then makes a
 *   clock expire sooner rather than later, so a detention is never timed as longer than the law allows.
 * - A time that never happens (the hour skipped when the clocks go forward, e.g. 01:30 on
 *   29 March 2026) is read with the offset in force before the change, i.e. 02:30 BST.
 * Midnight always exists exactly once in London (the changes happen at 01:00 GMT).
 */
export function londonInstant(date: LondonDate, time: LondonTime = '00:00'): Date {
  assertLondonDate(date);
  const t = TIME_PATTERN.exec(time);
  if (!t) throw new RangeError(`Not a wall-clock time (HH:mm): ${time}`);
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi, s, ms] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0), Number(t[4] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) throw new RangeError(`Not a wall-clock time (HH:mm): ${time}`);
  const naive = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const offsets = new Set([-3, 0, 3].map((hours) => londonOffsetMinutes(new Date(naive + hours * HOUR_MS))));
  const readings = [...offsets]
    .map((offset) => naive - offset * MINUTE_MS)
    .filter((candidate) => londonOffsetMinutes(new Date(candidate)) * MINUTE_MS === naive - candidate)
    .sort((a, b) => a - b);
  if (readings.length > 0) return new Date(readings[0]);
  const offsetBefore = londonOffsetMinutes(new Date(naive - 3 * HOUR_MS));
  return new Date(naive - offsetBefore * MINUTE_MS);
}

/** The instant a London day begins (local midnight). */
export function startOfLondonDay(day: LondonDate | Date): Date {
  return londonInstant(typeof day === 'string' ? day : londonDateOf(day));
}

/**
 * The instant a London day ends, which is the midnight that begins the next day. A period
 * that "ends with" a day runs up to, but not including, this instant.
 * Most London days are 24 hours long; the day the clocks go forward is 23 and the day they go back is 25.
 */
export function endOfLondonDay(day: LondonDate | Date): Date {
  const date = typeof day === 'string' ? day : londonDateOf(day);
  return startOfLondonDay(shiftDate(date, 1));
}

/** Pure calendar arithmetic on YYYY-MM-DD (no time zone involved). */
export function shiftDate(date: LondonDate, days: number): LondonDate {
  assertLondonDate(date);
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
