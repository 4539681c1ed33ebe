import Holidays from 'date-holidays';
import { LondonDate, isLondonDate } from '../time';
import { datesBetween } from './rota-dates';

/**
 * The bank holidays of England and Wales come from the maintained `date-holidays` package
 * (GB, states ENG and WLS), not a hand-typed list: it carries the substitute days (Boxing
 * Day 2026 falls on a Saturday, so Monday 28 December is the holiday) and one-off days
 * proclaimed by royal proclamation (2022's Platinum Jubilee and state funeral).
 *
 * Update path: when the government announces a new or moved bank holiday, run
 * `npm update date-holidays` (check its CHANGELOG for GB), then run the rota tests.
 */
export type Nation = 'ENG' | 'WLS';

export interface BankHolidayCalendar {
  isBankHoliday(date: LondonDate): boolean;
  /** The holiday's English name, or undefined when the date is not a bank holiday. */
  nameOf(date: LondonDate): string | undefined;
}

/** Only days off in law or by proclamation count; Mother's Day and the like are observances. */
const DAYS_OFF = new Set(['public', 'bank']);

class PackageCalendar implements BankHolidayCalendar {
  private readonly byYear = new Map<number, Map<LondonDate, string>>();
  private readonly source: Holidays;

  constructor(nation: Nation) {
    this.source = new Holidays('GB', nation, { languages: 'en' });
  }

  isBankHoliday(date: LondonDate): boolean {
    return this.nameOf(date) !== undefined;
  }

  nameOf(date: LondonDate): string | undefined {
    if (!isLondonDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
    return this.year(Number(date.slice(0, 4))).get(date);
  }

  private year(year: number): Map<LondonDate, string> {
    let days = this.byYear.get(year);
    if (!days) {
      days = new Map();
      for (const h of this.source.getHolidays(year, 'en')) {
        // `date` is the local calendar date ("2026-12-28 00:00:00"), independent of the machine's zone.
        if (DAYS_OFF.has(h.type)) days.set(h.date.slice(0, 10), h.name);
      }
      this.byYear.set(year, days);
    }
    return days;
  }
}

const calendars = new Map<Nation, BankHolidayCalendar>();

/** The bank holidays of England ('ENG') or Wales ('WLS'), from `date-holidays`. */
export function bankHolidaysFor(nation: Nation): BankHolidayCalendar {
  let calendar = calendars.get(nation);
  if (!calendar) {
    calendar = new PackageCalendar(nation);
    calendars.set(nation, calendar);
  }
  return calendar;
}

/**
 * A fixed calendar, for tests and for a day a council closes that is not a bank holiday.
 * Prefer `bankHolidaysFor` for the real ones.
 */
export function fixedBankHolidays(days: Readonly<Record<LondonDate, string>>): BankHolidayCalendar {
  const map = new Map(Object.entries(days));
  return { isBankHoliday: (date) => map.has(date), nameOf: (date) => map.get(date) };
}

/** The bank holidays between two dates, both included, for the rota view. */
export function bankHolidaysBetween(calendar: BankHolidayCalendar, from: LondonDate, to: LondonDate): { date: LondonDate; name: string }[] {
  return datesBetween(from, to).flatMap((date) => {
    const name = calendar.nameOf(date);
    return name === undefined ? [] : [{ date, name }];
  });
}
