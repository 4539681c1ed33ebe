import { Amhp, buildRota, teamConfig } from '@amhp/domain';
import { buildTeamsRota } from './teams-rota';

const council = 'Exampleshire County Council';
const approved = (id: string): Amhp => ({ id, warrants: [{ approvingCouncil: council, approvedOn: '2025-01-06', expiresOn: '2030-01-05' }] });
const north = teamConfig({ teamId: 'north', edtTeamId: 'edt' });
const edt = teamConfig({ teamId: 'edt', edtTeamId: 'edt' });
const dayPattern = { id: 'p-day', team: 'north', kind: 'day' as const, anchor: '2027-01-04', period: 'week' as const, cycle: [['a']] };
const edtPattern = { id: 'p-edt', team: 'edt', kind: 'edt' as const, anchor: '2027-01-04', period: 'week' as const, cycle: [['e']] };
const amhps = ['a', 'b', 'e'].map(approved);

describe('buildTeamsRota', () => {
  it('is the domain’s buildRota for one team', () => {
    const input = { patterns: [dayPattern], adjustments: [], absences: [], amhps, from: '2027-01-04', to: '2027-01-10' };
    expect(buildTeamsRota({ ...input, teams: [{ config: north, patterns: [dayPattern] }] })).toEqual(buildRota({ ...input, config: north }));
  });

  it('expands each team with its own hours and applies a swap across a day duty and an EDT night', () => {
    const rota = buildTeamsRota({
      teams: [
        { config: north, patterns: [dayPattern] },
        { config: edt, patterns: [edtPattern] },
      ],
      adjustments: [{ type: 'swap', id: 's1', first: { shiftId: 'p-day:2027-01-04:day-duty:1', amhpId: 'a' }, second: { shiftId: 'p-edt:2027-01-05:edt-night:1', amhpId: 'e' } }],
      absences: [],
      amhps,
      from: '2027-01-04',
      to: '2027-01-05',
    });
    expect(rota.shifts.find((s) => s.id === 'p-day:2027-01-04:day-duty:1')?.amhpId).toBe('e');
    expect(rota.shifts.find((s) => s.id === 'p-edt:2027-01-05:edt-night:1')?.amhpId).toBe('a');
    expect(rota.problems).toEqual([]);
  });

  it('leaves out shifts added to teams not built, and finds double bookings across teams', () => {
    const rota = buildTeamsRota({
      teams: [
        { config: north, patterns: [dayPattern] },
        { config: edt, patterns: [] },
      ],
      adjustments: [
        { type: 'add', id: 'x', team: 'south', kind: 'day', startsAt: new Date('2027-01-04T09:00:00Z'), endsAt: new Date('2027-01-04T17:00:00Z'), amhpId: 'b' },
        { type: 'add', id: 'y', team: 'edt', kind: 'edt', startsAt: new Date('2027-01-04T12:00:00Z'), endsAt: new Date('2027-01-04T20:00:00Z'), amhpId: 'a' },
      ],
      absences: [],
      amhps,
      from: '2027-01-04',
      to: '2027-01-04',
    });
    expect(rota.shifts.map((s) => s.team).sort()).toEqual(['edt', 'north']);
    expect(rota.problems).toEqual([expect.objectContaining({ code: 'double-booked', amhpId: 'a' })]);
  });
});
