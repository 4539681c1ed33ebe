import { BankHolidayCalendar } from './bank-holidays';
import { DutySlot, ShiftKind, SLOT_KIND, dutyPeriodsOn } from './duty-calendar';
import { LondonDate, isLondonDate, londonDaysBetween } from '../time';
import { datesBetween } from './rota-dates';
import { Shift, compareShifts, patternShiftId } from './shift';
import { TeamConfig } from './team-config';

/**
 * A repeating rota: the cycle lists who is on duty in each period (a week or a day) and
 * repeats. A weekly day-duty rotation among four AMHPs is
 * `{ period: 'week', cycle: [['a'], ['b'], ['c'], ['d']] }`: a four-week cycle. Two AMHPs
 * per slot: `[['a', 'b'], ['c', 'd']]`. A null entry is a known vacancy, kept so that the
 * rota shows the gap.
 */
export interface RotaPattern {
  id: string;
  team: string;
  kind: ShiftKind;
  /** The first day of period 0 of the cycle (for a weekly cycle, usually a Monday). */
  anchor: LondonDate;
  period: 'week' | 'day';
  cycle: ReadonlyArray<ReadonlyArray<string | null>>;
  /** Which slots of its kind the pattern fills; by default all of them. */
  slots?: readonly DutySlot[];
  /** The pattern applies from and until these dates, both included. */
  validFrom?: LondonDate;
  validUntil?: LondonDate;
}

/** Why a pattern cannot be expanded; empty when it can. */
export function validatePattern(pattern: RotaPattern): string[] {
  const errors: string[] = [];
  if (!pattern.id) errors.push('id is required');
  if (!pattern.team) errors.push('team is required');
  if (!isLondonDate(pattern.anchor)) errors.push('anchor must be YYYY-MM-DD');
  if (pattern.cycle.length === 0) errors.push('the cycle needs at least one period');
  for (const slot of pattern.slots ?? []) {
    if (SLOT_KIND[slot] !== pattern.kind) errors.push(`slot ${slot} is not ${pattern.kind} duty`);
  }
  for (const d of [pattern.validFrom, pattern.validUntil]) if (d !== undefined && !isLondonDate(d)) errors.push('validity dates must be YYYY-MM-DD');
  return errors;
}

function cycleIndex(pattern: RotaPattern, date: LondonDate): number {
  const days = londonDaysBetween(pattern.anchor, date);
  const period = pattern.period === 'week' ? Math.floor(days / 7) : days;
  const n = pattern.cycle.length;
  return ((period % n) + n) % n; // dates before the anchor continue the cycle backwards
}

/**
 * The pattern's shifts for the slots belonging to London dates `from` to `to` (both
 * included). Slot times are London wall-clock, so the night of 28 March 2026 (17:00 GMT to
 * 09:00 BST) lasts 15 hours and that of 24 October 2026 (17:00 BST to 09:00 GMT) 17 hours.
 * On a bank holiday there is no day duty: the EDT day slot takes its place.
 */
export function expandPattern(pattern: RotaPattern, config: TeamConfig, from: LondonDate, to: LondonDate, bankHolidays?: BankHolidayCalendar): Shift[] {
  const errors = validatePattern(pattern);
  if (errors.length > 0) throw new RangeError(`Invalid rota pattern ${pattern.id}: ${errors.join('; ')}`);
  const first = pattern.validFrom && pattern.validFrom > from ? pattern.validFrom : from;
  const last = pattern.validUntil && pattern.validUntil < to ? pattern.validUntil : to;
  const shifts: Shift[] = [];
  for (const date of datesBetween(first, last)) {
    const amhps = pattern.cycle[cycleIndex(pattern, date)];
    for (const period of dutyPeriodsOn(date, config, bankHolidays)) {
      if (period.kind !== pattern.kind || (pattern.slots && !pattern.slots.includes(period.slot))) continue;
      amhps.forEach((amhpId, i) =>
        shifts.push({
          id: patternShiftId(pattern.id, date, period.slot, i + 1),
          team: pattern.team,
          kind: pattern.kind,
          slot: period.slot,
          date,
          startsAt: period.from,
          endsAt: period.to,
          amhpId,
        }),
      );
    }
  }
  return shifts;
}

/** Every pattern's shifts over the dates, in time order. */
export function expandPatterns(
  patterns: readonly RotaPattern[],
  config: TeamConfig,
  from: LondonDate,
  to: LondonDate,
  bankHolidays?: BankHolidayCalendar,
): Shift[] {
  return patterns.flatMap((p) => expandPattern(p, config, from, to, bankHolidays)).sort(compareShifts);
}
