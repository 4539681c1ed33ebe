import { Amhp, approvedIntervals } from './amhp-approval';
import { Interval, subtractIntervals } from './intervals';
import { LondonDate, addLondonDays, londonInstant } from '../time';
import { AbsenceKind, Shift, VacancyReason, compareShifts } from './shift';

/** Leave, sickness or other time an AMHP cannot be on duty, as real instants [from, to). */
export interface Absence {
  amhpId: string;
  kind: AbsenceKind;
  from: Date;
  to: Date;
}

/** Whole London days of absence, `fromDate` to `toDate` both included (leave is booked by days). */
export function absenceOnDates(amhpId: string, kind: AbsenceKind, fromDate: LondonDate, toDate: LondonDate): Absence {
  return { amhpId, kind, from: londonInstant(fromDate), to: londonInstant(addLondonDays(toDate, 1)) };
}

interface Unavailability extends Interval {
  reason: VacancyReason;
}

/**
 * Splits a shift at the edges of the AMHP's unavailability. The parts inside become vacant
 * (a gap unless reassigned) and record whose absence and why; the parts outside keep the
 * AMHP, so the hours they did work still count. An untouched or wholly vacated shift keeps
 * its id; split parts get `<id>@<start ISO>`, deterministic for the same absence.
 */
function splitShift(shift: Shift, unavailable: readonly Unavailability[]): Shift[] {
  const amhpId = shift.amhpId;
  if (amhpId === null) return [shift];
  const cuts = new Set<number>([shift.startsAt.getTime(), shift.endsAt.getTime()]);
  for (const u of unavailable) {
    for (const t of [u.from.getTime(), u.to.getTime()]) if (t > shift.startsAt.getTime() && t < shift.endsAt.getTime()) cuts.add(t);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: { from: number; to: number; reason: VacancyReason | null }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const reason = unavailable.find((u) => u.from.getTime() <= from && to <= u.to.getTime())?.reason ?? null;
    const last = parts[parts.length - 1];
    if (last && last.reason === reason) last.to = to;
    else parts.push({ from, to, reason });
  }
  const whole = parts.length === 1;
  return parts.map((p) => {
    const piece: Shift = {
      ...shift,
      id: whole ? shift.id : `${shift.id}@${new Date(p.from).toISOString()}`,
      startsAt: new Date(p.from),
      endsAt: new Date(p.to),
    };
    return p.reason === null ? piece : { ...piece, amhpId: null, vacated: { amhpId, reason: p.reason } };
  });
}

/**
 * Takes AMHPs off the time they cannot work: their absences and, when `amhps` is given, any
 * time outside an approval in force (s114: a lapsed AMHP cannot be on duty; an AMHP missing
 * from the list has no approval on record). Lack of approval is reported before an absence.
 */
export function applyAvailability(shifts: readonly Shift[], absences: readonly Absence[], amhps?: readonly Amhp[]): Shift[] {
  const approvals = amhps && new Map(amhps.map((a) => [a.id, approvedIntervals(a)]));
  return shifts
    .flatMap((shift) => {
      if (shift.amhpId === null) return [shift];
      const amhpId = shift.amhpId;
      const unavailable: Unavailability[] = [];
      if (approvals) {
        const whole = { from: shift.startsAt, to: shift.endsAt };
        for (const gap of subtractIntervals(whole, approvals.get(amhpId) ?? [])) unavailable.push({ ...gap, reason: 'not-approved' });
      }
      for (const a of absences) if (a.amhpId === amhpId) unavailable.push({ from: a.from, to: a.to, reason: a.kind });
      return unavailable.length === 0 ? [shift] : splitShift(shift, unavailable);
    })
    .sort(compareShifts);
}

/** Absences only: an AMHP on leave or off sick leaves their shifts uncovered unless reassigned. */
export function applyAbsences(shifts: readonly Shift[], absences: readonly Absence[]): Shift[] {
  return applyAvailability(shifts, absences);
}
