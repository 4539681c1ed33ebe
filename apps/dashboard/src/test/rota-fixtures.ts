import type { CoverGapView, OnDutyView, RotaAmhpView, RotaView, ShiftView, TeamView } from '@amhp/contracts';
import { addLondonDays, londonInstant } from '@amhp/domain';

/**
 * A fictional rota as GET /api/rota returns it: the north day team (weekdays 09:00–17:00) and
 * its EDT (weekday nights, weekend days and nights). Instants come from the domain's London
 * clock, so nights across the clock changes have their real length.
 */
export const AMHP = {
  alex: '3f2a9c1e-0000-4000-8000-000000000001',
  sam: '3f2a9c1e-0000-4000-8000-000000000002',
  jo: '3f2a9c1e-0000-4000-8000-000000000003',
  lapsed: '3f2a9c1e-0000-4000-8000-000000000004',
} as const;

const NAMES: Record<string, string> = { [AMHP.alex]: 'Alex Morgan', [AMHP.sam]: 'Sam Patel', [AMHP.jo]: 'Jo Rivers', [AMHP.lapsed]: 'Lee Lapsed' };

export function team(overrides: Partial<TeamView> = {}): TeamView {
  return {
    id: 'north',
    name: 'North',
    kind: 'day',
    edtTeamId: 'edt',
    nation: 'ENG',
    dayDutyWeekdays: [1, 2, 3, 4, 5],
    dayDutyStarts: '09:00',
    dayDutyEnds: '17:00',
    handoverAckMinutes: 30,
    coverRules: [{ kind: 'day', minimum: 1, window: null }],
    version: 1,
    ...overrides,
  };
}

export const TEAMS: TeamView[] = [team(), team({ id: 'edt', name: 'North EDT', kind: 'edt', edtTeamId: null, coverRules: [{ kind: 'edt', minimum: 1, window: null }] })];

export const ROTA_AMHPS: RotaAmhpView[] = [
  { id: AMHP.alex, name: 'Alex Morgan', teamId: 'north', approval: { state: 'current', expiresOn: '2029-01-31', daysUntilExpiry: 1000 }, canBeOnDuty: true },
  { id: AMHP.sam, name: 'Sam Patel', teamId: 'north', approval: { state: 'current', expiresOn: '2028-06-30', daysUntilExpiry: 800 }, canBeOnDuty: true },
  { id: AMHP.jo, name: 'Jo Rivers', teamId: 'edt', approval: { state: 'expiring', expiresOn: '2026-05-01', daysUntilExpiry: 40 }, canBeOnDuty: true },
  { id: AMHP.lapsed, name: 'Lee Lapsed', teamId: 'north', approval: { state: 'lapsed', expiresOn: '2025-01-01', daysUntilExpiry: -400 }, canBeOnDuty: false },
];

export function shift(teamId: string, kind: 'day' | 'edt', slot: ShiftView['slot'], date: string, start: string, endDate: string, end: string, amhpId: string | null): ShiftView {
  const startsAt = londonInstant(date, start);
  const endsAt = londonInstant(endDate, end);
  return {
    id: `${teamId}-pattern:${date}:${slot}:1`,
    teamId,
    kind,
    slot,
    date,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    hours: (endsAt.getTime() - startsAt.getTime()) / 3_600_000,
    amhpId,
    amhpName: amhpId ? NAMES[amhpId] : null,
    vacated: null,
  };
}

/** Seven days from a Monday: Alex on day duty (except `vacantDay`), Jo on EDT every night and weekend day. */
export function weekOfShifts(monday: string, vacantDay?: string): ShiftView[] {
  const out: ShiftView[] = [];
  for (let i = 0; i < 7; i++) {
    const date = addLondonDays(monday, i);
    const next = addLondonDays(date, 1);
    if (i < 5) out.push(shift('north', 'day', 'day-duty', date, '09:00', date, '17:00', date === vacantDay ? null : AMHP.alex));
    else out.push(shift('edt', 'edt', 'edt-day', date, '09:00', date, '17:00', AMHP.jo));
    out.push(shift('edt', 'edt', 'edt-night', date, '17:00', next, '09:00', AMHP.jo));
  }
  return out;
}

export function gap(teamId: string, kind: 'day' | 'edt', from: string, to: string): CoverGapView {
  return { teamId, kind, from, to, required: 1, onDuty: 0 };
}

export function rotaView(from: string, to: string, overrides: Partial<RotaView> = {}): RotaView {
  return { from, to, teams: TEAMS, shifts: [], gaps: [], problems: [], bankHolidays: [], amhps: ROTA_AMHPS, hoursWorked: [], revision: 1, ...overrides };
}

export function onDutyView(overrides: Partial<OnDutyView> = {}): OnDutyView {
  return {
    at: '2026-03-25T10:00:00.000Z',
    teams: [
      {
        teamId: 'north',
        teamName: 'North',
        kind: 'day',
        inForce: true,
        onDuty: [{ amhpId: AMHP.alex, amhpName: 'Alex Morgan', until: '2026-03-25T17:00:00.000Z' }],
        next: [{ amhpId: AMHP.sam, amhpName: 'Sam Patel', from: '2026-03-26T09:00:00.000Z', to: '2026-03-26T17:00:00.000Z' }],
      },
      {
        teamId: 'edt',
        teamName: 'North EDT',
        kind: 'edt',
        inForce: false,
        onDuty: [],
        next: [{ amhpId: AMHP.jo, amhpName: 'Jo Rivers', from: '2026-03-25T17:00:00.000Z', to: '2026-03-26T09:00:00.000Z' }],
      },
    ],
    ...overrides,
  };
}
