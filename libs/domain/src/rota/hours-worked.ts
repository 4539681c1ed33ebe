import { durationMs, intersect, mergeIntervals, Interval } from './intervals';
import { Shift } from './shift';

const HOUR_MS = 3_600_000;

/**
 * Real elapsed hours the AMHP is on duty within [from, to): a night across the clocks going
 * forward counts 15 h, going back 17 h. Overlapping shifts (a double booking) count once,
 * because nobody works two hours in one. Vacated parts count for nobody.
 */
export function hoursWorked(shifts: readonly Shift[], amhpId: string, from: Date, to: Date): number {
  const window: Interval = { from, to };
  const worked = shifts
    .filter((s) => s.amhpId === amhpId)
    .map((s) => intersect({ from: s.startsAt, to: s.endsAt }, window))
    .filter((i): i is Interval => i !== null);
  return durationMs(mergeIntervals(worked)) / HOUR_MS;
}
