import { ShiftKind } from './duty-calendar';
import { Shift, compareShifts } from './shift';

export interface ShiftFilter {
  team?: string;
  kind?: ShiftKind;
}

function matches(shift: Shift, filter: ShiftFilter): boolean {
  return shift.amhpId !== null && (filter.team === undefined || shift.team === filter.team) && (filter.kind === undefined || shift.kind === filter.kind);
}

/** The covered shifts in force at the instant (a shift runs from its start, up to but not including its end). */
export function onDutyAt(shifts: readonly Shift[], instant: Date, filter: ShiftFilter = {}): Shift[] {
  const t = instant.getTime();
  return shifts.filter((s) => matches(s, filter) && s.startsAt.getTime() <= t && t < s.endsAt.getTime()).sort(compareShifts);
}

/** Who comes on next: the covered shifts with the earliest start after the instant (several if they start together). */
export function nextOnDuty(shifts: readonly Shift[], instant: Date, filter: ShiftFilter = {}): Shift[] {
  const t = instant.getTime();
  const later = shifts.filter((s) => matches(s, filter) && s.startsAt.getTime() > t);
  if (later.length === 0) return [];
  const first = later.reduce((min, s) => Math.min(min, s.startsAt.getTime()), Infinity);
  return later.filter((s) => s.startsAt.getTime() === first).sort(compareShifts);
}
