import { Absence, Amhp, RotaInterval, Shift, approvedIntervals, formatLondonDateTime } from '@amhp/domain';

/**
 * Whether an AMHP may be put on a duty [from, to): approved for all of it (s114: only an AMHP
 * approved by a local social services authority may act as one; a lapsed approval cannot be
 * used), not absent during it, and not already on another shift at the same time. Each
 * refusal is a sentence naming the AMHP by id only.
 */
export interface DutyCheck {
  amhpId: string;
  amhp: Amhp | undefined;
  from: Date;
  to: Date;
  absences: readonly Absence[];
  /** The rota as it stands, to find double bookings. */
  shifts: readonly Shift[];
  /** Shifts the change itself frees (the one being replaced, the other side of a swap). */
  ignoreShiftIds?: readonly string[];
}

/** The approved intervals merged, then whether one of them holds the whole of [from, to). */
export function approvedThroughout(amhp: Amhp | undefined, from: Date, to: Date): boolean {
  if (!amhp) return false;
  const merged: RotaInterval[] = [];
  for (const i of approvedIntervals(amhp).sort((a, b) => a.from.getTime() - b.from.getTime())) {
    const last = merged[merged.length - 1];
    if (last && i.from.getTime() <= last.to.getTime()) last.to = new Date(Math.max(last.to.getTime(), i.to.getTime()));
    else merged.push({ from: i.from, to: i.to });
  }
  return merged.some((i) => i.from.getTime() <= from.getTime() && to.getTime() <= i.to.getTime());
}

const overlaps = (a: { from: Date; to: Date }, b: { from: Date; to: Date }) => a.from.getTime() < b.to.getTime() && b.from.getTime() < a.to.getTime();

/** The base id of a shift split by an absence (`<id>@<start>` → `<id>`). */
export function baseShiftId(shiftId: string): string {
  const at = shiftId.indexOf('@');
  return at < 0 ? shiftId : shiftId.slice(0, at);
}

export function dutyRefusal(check: DutyCheck): string | null {
  const { amhpId, from, to } = check;
  if (!check.amhp) return `No AMHP with id ${amhpId}`;
  if (!approvedThroughout(check.amhp, from, to)) {
    return `AMHP ${amhpId} has no approval in force for the whole of this duty (${formatLondonDateTime(from)} to ${formatLondonDateTime(to)}): an AMHP whose approval has lapsed cannot be put on duty (s114)`;
  }
  const absence = check.absences.find((a) => a.amhpId === amhpId && overlaps(a, { from, to }));
  if (absence) return `AMHP ${amhpId} is away (${absence.kind}) during this duty`;
  const ignored = new Set((check.ignoreShiftIds ?? []).map(baseShiftId));
  const clash = check.shifts.find((s) => s.amhpId === amhpId && !ignored.has(baseShiftId(s.id)) && overlaps({ from: s.startsAt, to: s.endsAt }, { from, to }));
  if (clash) return `AMHP ${amhpId} is already on duty then (shift ${clash.id})`;
  return null;
}
