import { addLondonDays, addLondonMonths, LondonDate } from '@amhp/domain';

/**
 * The rota's calendar arithmetic on London dates ('YYYY-MM-DD'): never through the browser's
 * own zone, so a week is seven London days whatever zone the screen is in.
 */
export type RotaScale = 'week' | 'month';

export interface RotaRange {
  scale: RotaScale;
  /** The date the view is about (any day of the week or month shown). */
  focus: LondonDate;
  /** First and last London dates shown, both included. */
  from: LondonDate;
  to: LondonDate;
}

/** 1 = Monday … 7 = Sunday, from the date alone. */
export function isoWeekday(date: LondonDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the ISO week holding `date` (rota weeks start on Monday, as patterns do). */
export function mondayOf(date: LondonDate): LondonDate {
  return addLondonDays(date, 1 - isoWeekday(date));
}

export function firstOfMonth(date: LondonDate): LondonDate {
  return `${date.slice(0, 7)}-01`;
}

/**
 * A week is Monday to Sunday. A month is shown as whole weeks, from the Monday on or before
 * the 1st to the Sunday on or after the last day (at most six weeks, well within the API's
 * 100-day limit).
 */
export function rangeFor(scale: RotaScale, focus: LondonDate): RotaRange {
  if (scale === 'week') {
    const from = mondayOf(focus);
    return { scale, focus, from, to: addLondonDays(from, 6) };
  }
  const first = firstOfMonth(focus);
  const last = addLondonDays(addLondonMonths(first, 1), -1);
  return { scale, focus, from: mondayOf(first), to: addLondonDays(mondayOf(last), 6) };
}

/** The next (+1) or previous (-1) week or month. */
export function stepRange(range: RotaRange, direction: 1 | -1): RotaRange {
  const focus = range.scale === 'week' ? addLondonDays(range.from, 7 * direction) : addLondonMonths(firstOfMonth(range.focus), direction);
  return rangeFor(range.scale, focus);
}

/** Every London date from `from` to `to`, both included. */
export function datesOf(from: LondonDate, to: LondonDate): LondonDate[] {
  const out: LondonDate[] = [];
  for (let d = from; d <= to; d = addLondonDays(d, 1)) out.push(d);
  return out;
}

/** Whether `date` falls in the month the range is about (a month view greys the days around it). */
export function inFocusMonth(range: RotaRange, date: LondonDate): boolean {
  return range.scale === 'week' || date.slice(0, 7) === range.focus.slice(0, 7);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = MONTHS.map((m) => m.slice(0, 3));
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Mon 30 Mar" from a London date. */
export function dayLabel(date: LondonDate): string {
  const [, m, d] = date.split('-').map(Number);
  return `${WEEKDAYS[isoWeekday(date) - 1]} ${d} ${MONTHS_SHORT[m - 1]}`;
}

export const WEEKDAY_NAMES = WEEKDAYS;

/** "Week of Mon 30 Mar 2026" or "March 2026". */
export function rangeTitle(range: RotaRange): string {
  if (range.scale === 'month') {
    const [y, m] = range.focus.split('-').map(Number);
    return `${MONTHS[m - 1]} ${y}`;
  }
  return `Week of ${dayLabel(range.from)} ${range.from.slice(0, 4)}`;
}

/** Hours as the rota shows them: "8 h", "15 h", "7.5 h". */
export function formatHours(hours: number): string {
  const rounded = Math.round(hours * 100) / 100;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(rounded * 10 === Math.round(rounded * 10) ? 1 : 2)} h`;
}
