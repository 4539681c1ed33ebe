import { formatLondonTime, Shift, shiftHours } from '@amhp/domain';
import { CalendarEvent } from './ical-writer';

/** The suffix of every UID: a shift's id is unique and stable within AMHP Hub, this makes it global. */
export const UID_DOMAIN = 'amhp-hub';

export interface ShiftEventContext {
  teamName: string;
  /** The AMHP on the shift, for a team's feed (null for a vacancy). */
  amhpName?: string | null;
  /** The rota revision (SEQUENCE): it rises with every rota change, so clients take the new version. */
  revision: number;
}

/** "Day duty", "EDT duty (day)", "EDT duty (night)"; a one-off shift is "Day duty" or "EDT duty". */
export function shiftLabel(shift: Pick<Shift, 'kind' | 'slot'>): string {
  switch (shift.slot) {
    case 'day-duty':
      return 'Day duty';
    case 'edt-day':
      return 'EDT duty (day)';
    case 'edt-night':
      return 'EDT duty (night)';
    case 'added':
      return shift.kind === 'edt' ? 'EDT duty' : 'Day duty';
  }
}

/** Real elapsed hours, e.g. "17 h" on the night the clocks go back, "7.5 h" for a short shift. */
function hoursText(shift: Shift): string {
  const hours = Math.round(shiftHours(shift) * 100) / 100;
  return `${hours} h`;
}

/** One of the signed-in AMHP's own shifts: the summary is the duty; the team and hours are in the description. */
export function myShiftEvent(shift: Shift, context: ShiftEventContext): CalendarEvent {
  return {
    uid: `${shift.id}@${UID_DOMAIN}`,
    sequence: context.revision,
    start: shift.startsAt,
    end: shift.endsAt,
    summary: shiftLabel(shift),
    description: `${context.teamName}: ${formatLondonTime(shift.startsAt)}–${formatLondonTime(shift.endsAt)} (${hoursText(shift)})`,
    categories: [shift.kind === 'edt' ? 'EDT' : 'Day duty'],
  };
}

/** A shift in a team's feed: who is on it, or that nobody is (a gap in cover). */
export function teamShiftEvent(shift: Shift, context: ShiftEventContext): CalendarEvent {
  const who = shift.amhpId ? (context.amhpName ?? 'AMHP') : 'no AMHP (gap)';
  return {
    uid: `${shift.id}@${UID_DOMAIN}`,
    sequence: context.revision,
    start: shift.startsAt,
    end: shift.endsAt,
    summary: `${shiftLabel(shift)}: ${who}`,
    description: `${context.teamName}: ${formatLondonTime(shift.startsAt)}–${formatLondonTime(shift.endsAt)} (${hoursText(shift)})`,
    categories: [shift.kind === 'edt' ? 'EDT' : 'Day duty', ...(shift.amhpId ? [] : ['Gap'])],
  };
}
