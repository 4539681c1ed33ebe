import { intersectIntervalSets, intervalsContain, mergeIntervals, subtractIntervalSets, TimeInterval } from '../intervals/interval-sets';
import { datesBetween, isoWeekdayOf, IsoWeekday, isWallClockTime, minutesOfDay } from '../rota/rota-dates';
import { addLondonDays, DAY_MS, isLondonDate, LondonDate, londonDateOf, londonInstant, LondonTime } from '../time';

/**
 * When a doctor is available for Mental Health Act work. The national s12 register asks only
 * for "fee paying work availability" in and out of hours and holds nothing live, so doctors
 * declare it here: repeating weekly windows, one-off windows, "available now until …", and
 * periods when they are not available. Weekly windows are London wall-clock times, so a window
 * of 22:00–09:00 is 11 real hours most nights, 10 on the night the clocks go forward and 12 on
 * the night they go back. An unavailable period always wins over a declared window.
 */
export interface WeeklyAvailabilityWindow {
  /** The days the window starts on (1 = Monday … 7 = Sunday). */
  weekdays: readonly IsoWeekday[];
  /** London wall-clock start, 'HH:mm'. */
  from: LondonTime;
  /**
   * London wall-clock end, 'HH:mm'. Not after `from`, it is on the next day: 22:00–09:00 is a
   * night, 00:00–00:00 a whole day.
   */
  to: LondonTime;
}

export interface DoctorAvailability {
  weekly?: readonly WeeklyAvailabilityWindow[];
  /** One-off windows, as instants (see `londonWallClockInterval` to read them from a form). */
  oneOff?: readonly TimeInterval[];
  /** "Available now until …": declared at `from`, lasting until `until`. */
  availableNow?: { from: Date; until: Date } | null;
  /** Leave, clinics, anything that overrides the windows above. */
  unavailable?: readonly TimeInterval[];
}

const MON_FRI: IsoWeekday[] = [1, 2, 3, 4, 5];
const EVERY_DAY: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/**
 * The national register's in-hours / out-of-hours choices as weekly windows, to start a
 * doctor's declaration from. Bank holidays are not special-cased: a doctor declares them as
 * one-off windows or unavailable periods.
 */
export const WEEKLY_AVAILABILITY_PRESETS = {
  in_hours: { label: 'In hours (Mon–Fri 09:00–17:00)', windows: [{ weekdays: MON_FRI, from: '09:00', to: '17:00' }] },
  evenings: { label: 'Weekday evenings (17:00–22:00)', windows: [{ weekdays: MON_FRI, from: '17:00', to: '22:00' }] },
  nights: { label: 'Nights (22:00–09:00)', windows: [{ weekdays: EVERY_DAY, from: '22:00', to: '09:00' }] },
  weekends: { label: 'Weekends (all day Saturday and Sunday)', windows: [{ weekdays: [6, 7], from: '00:00', to: '00:00' }] },
} as const satisfies Record<string, { label: string; windows: readonly WeeklyAvailabilityWindow[] }>;
export type WeeklyAvailabilityPreset = keyof typeof WEEKLY_AVAILABILITY_PRESETS;

/** Why a weekly window cannot be recorded; empty when it can. */
export function validateWeeklyWindow(window: WeeklyAvailabilityWindow): string[] {
  const errors: string[] = [];
  if (window.weekdays.length === 0) errors.push('weekdays: choose at least one day');
  if (window.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) errors.push('weekdays: days are 1 (Monday) to 7 (Sunday)');
  if (!isWallClockTime(window.from)) errors.push('from: a time is HH:mm');
  if (!isWallClockTime(window.to)) errors.push('to: a time is HH:mm');
  return errors;
}

/** Why an availability declaration cannot be recorded (each message names its field); empty when it can. */
export function validateDoctorAvailability(availability: DoctorAvailability): string[] {
  const errors = (availability.weekly ?? []).flatMap((w, i) => validateWeeklyWindow(w).map((e) => `weekly[${i}].${e}`));
  const spans: Array<[string, readonly TimeInterval[]]> = [
    ['oneOff', availability.oneOff ?? []],
    ['unavailable', availability.unavailable ?? []],
  ];
  for (const [field, list] of spans) {
    list.forEach((i, n) => {
      if (!isInstant(i.from) || !isInstant(i.to)) errors.push(`${field}[${n}]: from and to must be instants`);
      else if (i.to.getTime() <= i.from.getTime()) errors.push(`${field}[${n}]: must end after it starts`);
    });
  }
  const now = availability.availableNow;
  if (now && (!isInstant(now.from) || !isInstant(now.until) || now.until.getTime() <= now.from.getTime())) errors.push('availableNow.until: must be after now');
  return errors;
}

const isInstant = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

const LONDON_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/;

/** A form's London wall-clock reading ('2026-03-28T22:00', as a datetime-local input gives it) as an instant. */
export function londonWallClockInstant(dateTime: string): Date {
  const m = LONDON_DATE_TIME.exec(dateTime.trim());
  if (!m || !isLondonDate(m[1]) || !isWallClockTime(m[2])) throw new RangeError(`Not a London date and time (YYYY-MM-DDTHH:mm): ${dateTime}`);
  return londonInstant(m[1], m[2]);
}

/** A one-off window or unavailable period typed in London wall-clock time, as instants. */
export function londonWallClockInterval(from: string, to: string): TimeInterval {
  const interval = { from: londonWallClockInstant(from), to: londonWallClockInstant(to) };
  if (interval.to.getTime() <= interval.from.getTime()) throw new RangeError(`The period must end after it starts: ${from} to ${to}`);
  return interval;
}

/** A weekly window's occurrence starting on a London date, in real instants (empty in the skipped hour). */
function occurrence(window: WeeklyAvailabilityWindow, date: LondonDate): TimeInterval | null {
  const endsNextDay = minutesOfDay(window.to) <= minutesOfDay(window.from);
  const from = londonInstant(date, window.from);
  const to = londonInstant(endsNextDay ? addLondonDays(date, 1) : date, window.to);
  return from.getTime() < to.getTime() ? { from, to } : null;
}

/** The weekly windows' occurrences that touch the range (a window starting the day before may run into it). */
export function weeklyWindowOccurrences(windows: readonly WeeklyAvailabilityWindow[], range: TimeInterval): TimeInterval[] {
  if (range.to.getTime() <= range.from.getTime()) return [];
  const dates = datesBetween(addLondonDays(londonDateOf(range.from), -1), londonDateOf(new Date(range.to.getTime() - 1)));
  const out: TimeInterval[] = [];
  for (const date of dates) {
    const weekday = isoWeekdayOf(date);
    for (const w of windows) {
      if (!w.weekdays.includes(weekday)) continue;
      const o = occurrence(w, date);
      if (o) out.push(o);
    }
  }
  return intersectIntervalSets(out, [range]);
}

/** Whether the doctor has declared any availability at all; one who has not is "not declared", not "unavailable". */
export function hasDeclaredAvailability(availability: DoctorAvailability | null | undefined): boolean {
  return !!availability && ((availability.weekly?.length ?? 0) > 0 || (availability.oneOff?.length ?? 0) > 0 || !!availability.availableNow);
}

/**
 * The doctor's available time within a range, as merged UTC intervals: weekly windows, one-off
 * windows and "available now" together, minus unavailable periods.
 */
export function availableIntervals(availability: DoctorAvailability, range: TimeInterval): TimeInterval[] {
  const now = availability.availableNow;
  const declared = [
    ...weeklyWindowOccurrences(availability.weekly ?? [], range),
    ...(availability.oneOff ?? []),
    ...(now ? [{ from: now.from, to: now.until }] : []),
  ];
  return subtractIntervalSets(intersectIntervalSets(mergeIntervals(declared), [range]), availability.unavailable ?? []);
}

/** Whether the doctor is available at an instant. */
export function isDoctorAvailableAt(availability: DoctorAvailability, instant: Date): boolean {
  return intervalsContain(availableIntervals(availability, { from: instant, to: new Date(instant.getTime() + 1) }), instant);
}

/** Whether the doctor is available for the whole of a span (an assessment expected to last a while). */
export function isDoctorAvailableThroughout(availability: DoctorAvailability, span: TimeInterval): boolean {
  const available = availableIntervals(availability, span);
  return available.length === 1 && available[0].from.getTime() === span.from.getTime() && available[0].to.getTime() === span.to.getTime();
}

/** The next instant, from `after` on, at which the doctor is available, looking `horizonDays` ahead (default 14); null if none. */
export function nextAvailableAt(availability: DoctorAvailability, after: Date, horizonDays = 14): Date | null {
  const [first] = availableIntervals(availability, { from: after, to: new Date(after.getTime() + horizonDays * DAY_MS) });
  return first ? first.from : null;
}
