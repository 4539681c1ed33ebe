import type { CoverGapView, RotaView, ShiftView } from '@amhp/contracts';
import { londonOffsetMinutes } from '@amhp/domain';
import { londonDate } from '../../lib/london-time';
import { datesOf } from './rota-dates';

/** What one day of the rota calendar lists, in time order. */
export type DayEntry =
  | { type: 'shift'; shift: ShiftView; startsAt: number }
  /** A gap starting this day (or before the first day shown). */
  | { type: 'gap'; gap: CoverGapView; startsAt: number }
  /** A gap that started on an earlier day and still runs into this one. */
  | { type: 'gap-continues'; gap: CoverGapView; startsAt: number };

export interface RotaDay {
  date: string;
  bankHoliday: string | null;
  entries: DayEntry[];
  /** Whether any gap touches the day (the day's header says so in words). */
  hasGap: boolean;
}

const gapKey = (g: CoverGapView) => `${g.teamId}:${g.kind}:${g.from}`;
export { gapKey };

/**
 * Lays the rota out by London day: a shift under the date it belongs to (a night under the
 * evening it starts), a gap under the day it starts, and a "continues" marker on each later
 * day it still covers, so an uncovered weekend reads as uncovered on every one of its days.
 */
export function layOutRota(rota: Pick<RotaView, 'from' | 'to' | 'shifts' | 'gaps' | 'bankHolidays'>): RotaDay[] {
  const dates = datesOf(rota.from, rota.to);
  const byDate = new Map<string, DayEntry[]>(dates.map((d) => [d, []]));
  const holidays = new Map(rota.bankHolidays.map((h) => [h.date, h.name]));

  for (const shift of rota.shifts) byDate.get(shift.date)?.push({ type: 'shift', shift, startsAt: Date.parse(shift.startsAt) });

  for (const gap of rota.gaps) {
    const startDate = londonDate(gap.from);
    // The last London day the gap covers any of: its end is exclusive.
    const endDate = londonDate(Date.parse(gap.to) - 1);
    const first = startDate < rota.from ? rota.from : startDate;
    for (const date of dates) {
      if (date < first || date > endDate) continue;
      const type = date === first ? 'gap' : 'gap-continues';
      byDate.get(date)?.push({ type, gap, startsAt: type === 'gap' ? Date.parse(gap.from) : -Infinity });
    }
  }

  return dates.map((date) => {
    const entries = (byDate.get(date) ?? []).sort((a, b) => a.startsAt - b.startsAt || rank(a) - rank(b));
    return { date, bankHoliday: holidays.get(date) ?? null, entries, hasGap: entries.some((e) => e.type !== 'shift') };
  });
}

/** At the same time, the gap comes first: it is what needs doing. */
function rank(entry: DayEntry): number {
  return entry.type === 'shift' ? 1 : 0;
}

/** The London clocks changed during the shift: its hours are not the usual ones (15 h or 17 h for a night). */
export function clocksChangeDuring(shift: Pick<ShiftView, 'startsAt' | 'endsAt'>): 'forward' | 'back' | null {
  const before = londonOffsetMinutes(new Date(shift.startsAt));
  const after = londonOffsetMinutes(new Date(shift.endsAt));
  if (after > before) return 'forward';
  if (after < before) return 'back';
  return null;
}

/** Vacant shifts of the gap's team and kind that overlap it: assigning one closes (part of) the gap. */
export function vacantShiftsIn(gap: CoverGapView, shifts: readonly ShiftView[]): ShiftView[] {
  const from = Date.parse(gap.from);
  const to = Date.parse(gap.to);
  return shifts.filter(
    (s) => s.amhpId === null && s.teamId === gap.teamId && s.kind === gap.kind && Date.parse(s.startsAt) < to && Date.parse(s.endsAt) > from,
  );
}

/** Elapsed hours of a gap (real time, so right across the clock changes). */
export function gapHours(gap: Pick<CoverGapView, 'from' | 'to'>): number {
  return (Date.parse(gap.to) - Date.parse(gap.from)) / 3_600_000;
}
