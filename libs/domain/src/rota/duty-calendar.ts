import { BankHolidayCalendar, bankHolidaysFor } from './bank-holidays';
import { Interval } from './intervals';
import { LondonDate, addLondonDays, londonDateOf, londonInstant } from '../time';
import { datesBetween, isoWeekdayOf } from './rota-dates';
import { TeamConfig } from './team-config';

/** Day duty (the day team's duty AMHP) or EDT (out-of-hours cover). */
export type ShiftKind = 'day' | 'edt';

/**
 * The slots of one London date. A working day has day duty and an EDT night from the end
 * of day duty to the start of the next day's; a weekend day or bank holiday has an EDT day
 * instead of day duty, so EDT covers the whole of it. Together the slots of consecutive
 * dates cover every instant exactly once.
 */
export type DutySlot = 'day-duty' | 'edt-day' | 'edt-night';

export const SLOT_KIND: Record<DutySlot, ShiftKind> = { 'day-duty': 'day', 'edt-day': 'edt', 'edt-night': 'edt' };

export interface DutyPeriod extends Interval {
  date: LondonDate;
  slot: DutySlot;
  kind: ShiftKind;
}

function calendarOf(config: TeamConfig, bankHolidays?: BankHolidayCalendar): BankHolidayCalendar {
  return bankHolidays ?? bankHolidaysFor(config.nation);
}

/** A date with day duty: one of the team's weekdays and not a bank holiday. */
export function isDayDutyDate(date: LondonDate, config: TeamConfig, bankHolidays?: BankHolidayCalendar): boolean {
  return config.dayDutyWeekdays.includes(isoWeekdayOf(date)) && !calendarOf(config, bankHolidays).isBankHoliday(date);
}

/** The slots that belong to one London date (the EDT night runs into the next date). */
export function dutyPeriodsOn(date: LondonDate, config: TeamConfig, bankHolidays?: BankHolidayCalendar): DutyPeriod[] {
  const starts = londonInstant(date, config.dayDutyStarts);
  const ends = londonInstant(date, config.dayDutyEnds);
  const nightEnds = londonInstant(addLondonDays(date, 1), config.dayDutyStarts);
  const daySlot: DutySlot = isDayDutyDate(date, config, bankHolidays) ? 'day-duty' : 'edt-day';
  return [
    { date, slot: daySlot, kind: SLOT_KIND[daySlot], from: starts, to: ends },
    { date, slot: 'edt-night', kind: 'edt', from: ends, to: nightEnds },
  ];
}

/** The slots that overlap [from, to), in order. */
export function dutyPeriodsBetween(from: Date, to: Date, config: TeamConfig, bankHolidays?: BankHolidayCalendar): DutyPeriod[] {
  if (from.getTime() >= to.getTime()) return [];
  return datesBetween(addLondonDays(londonDateOf(from), -1), londonDateOf(to))
    .flatMap((date) => dutyPeriodsOn(date, config, bankHolidays))
    .filter((p) => p.from.getTime() < to.getTime() && p.to.getTime() > from.getTime());
}

/** The slot in force at the instant (the slots tile time, so there is always one). */
export function dutyPeriodAt(instant: Date, config: TeamConfig, bankHolidays?: BankHolidayCalendar): DutyPeriod {
  const date = londonDateOf(instant);
  const t = instant.getTime();
  const found = [...dutyPeriodsOn(addLondonDays(date, -1), config, bankHolidays), ...dutyPeriodsOn(date, config, bankHolidays)].find(
    (p) => p.from.getTime() <= t && t < p.to.getTime(),
  );
  if (!found) throw new Error(`No duty slot at ${instant.toISOString()}`);
  return found;
}

/** True in EDT time: evenings, nights, weekends and bank holidays (so a new referral goes to EDT). */
export function isOutOfHours(instant: Date, config: TeamConfig, bankHolidays?: BankHolidayCalendar): boolean {
  return dutyPeriodAt(instant, config, bankHolidays).kind === 'edt';
}

/** Which team takes a new referral at the instant: the day team in hours, EDT out of hours. */
export function dutyTeamAt(instant: Date, config: TeamConfig, bankHolidays?: BankHolidayCalendar): { team: string; kind: ShiftKind } {
  return isOutOfHours(instant, config, bankHolidays) ? { team: config.edtTeamId, kind: 'edt' } : { team: config.teamId, kind: 'day' };
}
