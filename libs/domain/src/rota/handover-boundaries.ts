import { BankHolidayCalendar } from './bank-holidays';
import { ShiftKind, dutyPeriodsBetween } from './duty-calendar';
import { LondonDate } from '../time';
import { TeamConfig } from './team-config';

/**
 * A moment at which every open case changes hands between the day team and EDT: at the start
 * of day duty (EDT → day team) and at its end (day team → EDT). Weekends and bank holidays
 * are EDT's throughout, so they have no boundary inside them, only at their edges (Friday
 * 17:00, Monday 09:00; Thursday 17:00 and Tuesday 09:00 around Easter).
 */
export interface HandoverBoundary {
  at: Date;
  /** The London date of the day duty that starts or ends here. */
  date: LondonDate;
  fromKind: ShiftKind;
  toKind: ShiftKind;
  fromTeam: string;
  toTeam: string;
}

/** Every boundary in [from, to), in order; London wall-clock times, so right across BST. */
export function handoverBoundaries(from: Date, to: Date, config: TeamConfig, bankHolidays?: BankHolidayCalendar): HandoverBoundary[] {
  const out: HandoverBoundary[] = [];
  for (const period of dutyPeriodsBetween(from, to, config, bankHolidays)) {
    if (period.kind !== 'day') continue;
    out.push(
      { at: period.from, date: period.date, fromKind: 'edt', toKind: 'day', fromTeam: config.edtTeamId, toTeam: config.teamId },
      { at: period.to, date: period.date, fromKind: 'day', toKind: 'edt', fromTeam: config.teamId, toTeam: config.edtTeamId },
    );
  }
  return out.filter((b) => b.at.getTime() >= from.getTime() && b.at.getTime() < to.getTime());
}
