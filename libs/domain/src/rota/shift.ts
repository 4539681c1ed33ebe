import { compareText } from './compare-text';
import { DutySlot, ShiftKind } from './duty-calendar';
import { Interval } from './intervals';
import { LondonDate } from '../time';

export type AbsenceKind = 'leave' | 'sickness' | 'training' | 'other';

/** Why a shift, or part of it, has no AMHP though the rota named one. */
export type VacancyReason = AbsenceKind | 'not-approved';

/**
 * One concrete duty: a team, day duty or EDT, real instants (UTC), and the AMHP on it, or
 * null for a vacancy (a gap unless someone else covers the time).
 */
export interface Shift {
  /** Stable and deterministic: the same pattern, date and slot always give the same id. */
  id: string;
  team: string;
  kind: ShiftKind;
  /** The duty slot it fills, or 'added' for a one-off shift. */
  slot: DutySlot | 'added';
  /** The London date the shift belongs to (a night belongs to the date it starts on). */
  date: LondonDate;
  startsAt: Date;
  endsAt: Date;
  amhpId: string | null;
  /** Set when the named AMHP was taken off the shift: whose absence, and why. */
  vacated?: { amhpId: string; reason: VacancyReason };
}

const HOUR_MS = 3_600_000;

/** Real elapsed hours: a 17:00–09:00 night is 15 h when the clocks go forward, 17 h when they go back. */
export function shiftHours(shift: Pick<Shift, 'startsAt' | 'endsAt'>): number {
  return (shift.endsAt.getTime() - shift.startsAt.getTime()) / HOUR_MS;
}

export function shiftInterval(shift: Shift): Interval {
  return { from: shift.startsAt, to: shift.endsAt };
}

/** `<pattern>:<date>:<slot>:<position>`, e.g. `edt-north:2026-03-28:edt-night:1`. */
export function patternShiftId(patternId: string, date: LondonDate, slot: DutySlot, position: number): string {
  return `${patternId}:${date}:${slot}:${position}`;
}

/** Shifts in time order, then by team and id, so every output of the rota is deterministic. */
export function compareShifts(a: Shift, b: Shift): number {
  return a.startsAt.getTime() - b.startsAt.getTime() || compareText(a.team, b.team) || compareText(a.id, b.id);
}
