import { LondonDate, LondonTime, addLondonDays } from '../time';

/** 1 = Monday … 7 = Sunday (ISO 8601). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const WALL_CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A rota time is a London wall-clock time to the minute, 'HH:mm'. */
export function isWallClockTime(value: string): value is LondonTime {
  return WALL_CLOCK.test(value);
}

/** '17:30' → 1050 minutes after midnight on the wall clock. */
export function minutesOfDay(time: LondonTime): number {
  const m = WALL_CLOCK.exec(time);
  if (!m) throw new RangeError(`Not a wall-clock time (HH:mm): ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function isoWeekdayOf(date: LondonDate): IsoWeekday {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (day === 0 ? 7 : day) as IsoWeekday;
}

/** Every London date from `from` to `to`, both included. */
export function datesBetween(from: LondonDate, to: LondonDate): LondonDate[] {
  const out: LondonDate[] = [];
  for (let d = from; d <= to; d = addLondonDays(d, 1)) out.push(d);
  return out;
}
