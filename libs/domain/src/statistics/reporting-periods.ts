import { endOfLondonDay, isLondonDate, LondonDate, londonDateOf, startOfLondonDay } from '../time/london-time';

/**
 * Periods that statistics are reported for, in London time: the financial year (1 April to
 * 31 March, as NHS England's annual Mental Health Act Statistics) and the calendar month. An
 * event belongs to a period if its instant falls from `startsAt` (London midnight beginning the
 * first day) up to, not including, `endsAt` (London midnight ending the last day); so an s136
 * detention at 00:30 BST on 1 April 2025 (23:30 UTC on 31 March) counts in 2025-26.
 */
export interface ReportingPeriod {
  kind: 'financial_year' | 'month';
  /** "2024-25" or "2025-04". */
  label: string;
  /** "April 2024 to March 2025" or "April 2025". */
  name: string;
  firstDay: LondonDate;
  lastDay: LondonDate;
  startsAt: Date;
  endsAt: Date;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The financial year beginning on 1 April of `startYear`. */
export function financialYear(startYear: number): ReportingPeriod {
  assertYear(startYear);
  const firstDay = `${pad(startYear, 4)}-04-01`;
  const lastDay = `${pad(startYear + 1, 4)}-03-31`;
  return {
    kind: 'financial_year',
    label: `${startYear}-${pad((startYear + 1) % 100, 2)}`,
    name: `April ${startYear} to March ${startYear + 1}`,
    firstDay,
    lastDay,
    startsAt: startOfLondonDay(firstDay),
    endsAt: endOfLondonDay(lastDay),
  };
}

/** The financial year a London day (or the London day of an instant) falls in. */
export function financialYearOf(day: LondonDate | Date): ReportingPeriod {
  const date = toDay(day);
  const year = Number(date.slice(0, 4));
  return financialYear(Number(date.slice(5, 7)) >= 4 ? year : year - 1);
}

/** Reads "2024-25" or "2024/25" (the second year must follow the first); null otherwise. */
export function parseFinancialYear(label: string): ReportingPeriod | null {
  const m = /^(\d{4})[-/](\d{2})$/.exec(label.trim());
  if (!m) return null;
  const start = Number(m[1]);
  return (start + 1) % 100 === Number(m[2]) ? financialYear(start) : null;
}

/** A calendar month in London time; `month` is 1 (January) to 12. */
export function calendarMonth(year: number, month: number): ReportingPeriod {
  assertYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1 to 12: ${month}`);
  const firstDay = `${pad(year, 4)}-${pad(month, 2)}-01`;
  const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return {
    kind: 'month',
    label: `${pad(year, 4)}-${pad(month, 2)}`,
    name: `${MONTHS[month - 1]} ${year}`,
    firstDay,
    lastDay,
    startsAt: startOfLondonDay(firstDay),
    endsAt: endOfLondonDay(lastDay),
  };
}

export function calendarMonthOf(day: LondonDate | Date): ReportingPeriod {
  const date = toDay(day);
  return calendarMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
}

/** The calendar months that make up a period, in order (12 for a financial year). */
export function monthsOf(period: ReportingPeriod): ReportingPeriod[] {
  const months: ReportingPeriod[] = [];
  for (let month = calendarMonthOf(period.firstDay); month.firstDay <= period.lastDay; month = calendarMonthOf(endOfLondonDay(month.lastDay))) {
    months.push(month);
  }
  return months;
}

/** Whether an instant falls in a period (from `startsAt`, up to but not including `endsAt`). */
export function isInReportingPeriod(instant: Date, period: ReportingPeriod): boolean {
  const t = instant.getTime();
  return t >= period.startsAt.getTime() && t < period.endsAt.getTime();
}

function toDay(day: LondonDate | Date): LondonDate {
  if (typeof day !== 'string') return londonDateOf(day);
  if (!isLondonDate(day)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${day}`);
  return day;
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 9998) throw new RangeError(`Not a year: ${year}`);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
