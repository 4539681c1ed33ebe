import { Amhp } from './amhp-approval';
import { Absence, applyAvailability } from './availability';
import { BankHolidayCalendar } from './bank-holidays';
import { compareText } from './compare-text';
import { LondonDate } from '../time';
import { RotaAdjustment, RotaProblem, applyAdjustments } from './rota-adjustments';
import { RotaPattern, expandPatterns } from './rota-pattern';
import { Shift, compareShifts } from './shift';
import { TeamConfig } from './team-config';

export interface RotaInput {
  config: TeamConfig;
  patterns: readonly RotaPattern[];
  adjustments?: readonly RotaAdjustment[];
  absences?: readonly Absence[];
  /** When given, shifts (or parts) outside an AMHP's approval become vacant and are reported. */
  amhps?: readonly Amhp[];
  /** London dates whose slots to build, both included. */
  from: LondonDate;
  to: LondonDate;
  bankHolidays?: BankHolidayCalendar;
}

export interface Rota {
  shifts: Shift[];
  problems: RotaProblem[];
}

/**
 * The rota for the dates: patterns expanded, then the one-off changes in the order they
 * were made, then leave, sickness and approval. The order matters: a manager who reassigns
 * an AMHP's shift because of their leave names the pattern shift, and the new AMHP is not
 * touched by the old one's leave.
 */
export function buildRota(input: RotaInput): Rota {
  const expanded = expandPatterns(input.patterns, input.config, input.from, input.to, input.bankHolidays);
  return finishRota(expanded, input);
}

/**
 * The steps after expansion, shared by one team's rota and several teams' together: the one-off
 * changes in the order made, the dates in view, then leave, sickness and approval (s114), with
 * the problems the manager must look at (stale swaps, lapsed approvals, double bookings).
 */
export function finishRota(
  expanded: readonly Shift[],
  input: Pick<RotaInput, 'adjustments' | 'absences' | 'amhps' | 'from' | 'to'>,
): Rota {
  const adjusted = applyAdjustments(expanded, input.adjustments ?? []);
  const inView = adjusted.shifts.filter((s) => s.date >= input.from && s.date <= input.to);
  const shifts = applyAvailability(inView, input.absences ?? [], input.amhps);
  const problems: RotaProblem[] = [...adjusted.problems];
  for (const s of shifts) {
    if (s.vacated?.reason === 'not-approved') {
      problems.push({
        code: 'not-approved',
        shiftId: s.id,
        amhpId: s.vacated.amhpId,
        message: `AMHP ${s.vacated.amhpId} has no approval in force for shift ${s.id} (s114)`,
      });
    }
  }
  return { shifts, problems: [...problems, ...findDoubleBookings(shifts)] };
}

/** An AMHP named on two shifts at once: only one of them is really covered. */
export function findDoubleBookings(shifts: readonly Shift[]): RotaProblem[] {
  const byAmhp = new Map<string, Shift[]>();
  for (const s of shifts) if (s.amhpId !== null) byAmhp.set(s.amhpId, [...(byAmhp.get(s.amhpId) ?? []), s]);
  const problems: RotaProblem[] = [];
  for (const [amhpId, own] of [...byAmhp.entries()].sort(([a], [b]) => compareText(a, b))) {
    const sorted = [...own].sort(compareShifts);
    let latest = sorted[0];
    for (const s of sorted.slice(1)) {
      if (s.startsAt.getTime() < latest.endsAt.getTime()) {
        problems.push({ code: 'double-booked', shiftId: s.id, amhpId, message: `AMHP ${amhpId} is on ${latest.id} and ${s.id} at once` });
      }
      if (s.endsAt.getTime() > latest.endsAt.getTime()) latest = s;
    }
  }
  return problems;
}
