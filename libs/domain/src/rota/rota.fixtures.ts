// Shared by the rota specs only (not exported from the library).
import { londonInstant } from '../time';
import { Amhp } from './amhp-approval';
import { ShiftKind } from './duty-calendar';
import { Shift } from './shift';
import { teamConfig } from './team-config';

/** A day team 'north' (weekdays 09:00–17:00, England) and its emergency duty team 'edt'. */
export const north = teamConfig({ teamId: 'north', edtTeamId: 'edt' });

/** London wall-clock date and time → instant. */
export const at = (date: string, time = '00:00'): Date => londonInstant(date, time);

/** An AMHP approved from 2024-01-01 to 2028-12-31 unless told otherwise. */
export function amhp(id: string, approvedOn = '2024-01-01', expiresOn = '2028-12-31'): Amhp {
  return { id, warrants: [{ approvingCouncil: 'North Council', approvedOn, expiresOn }] };
}

export function shift(id: string, amhpId: string | null, startsAt: Date, endsAt: Date, team = 'north', kind: ShiftKind = 'day'): Shift {
  return { id, team, kind, slot: 'added', date: startsAt.toISOString().slice(0, 10), startsAt, endsAt, amhpId };
}

export const utc = (d: Date): string => d.toISOString();
