import { teamConfig } from './team-config';

describe('team configuration', () => {
  it('defaults to day duty on weekdays 09:00–17:00 with England bank holidays', () => {
    expect(teamConfig({ teamId: 'north', edtTeamId: 'edt' })).toEqual({
      teamId: 'north',
      edtTeamId: 'edt',
      nation: 'ENG',
      dayDutyWeekdays: [1, 2, 3, 4, 5],
      dayDutyStarts: '09:00',
      dayDutyEnds: '17:00',
    });
  });

  it('accepts a team with other hours and Saturday duty, in Wales', () => {
    const config = teamConfig({ teamId: 'west', edtTeamId: 'edt', nation: 'WLS', dayDutyWeekdays: [6, 1, 2, 3, 4, 5], dayDutyStarts: '08:30', dayDutyEnds: '18:00' });
    expect(config.dayDutyWeekdays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(config.nation).toBe('WLS');
  });

  it.each([
    [{ dayDutyStarts: '17:00', dayDutyEnds: '09:00' }, 'start before it ends'],
    [{ dayDutyStarts: '09:00', dayDutyEnds: '09:00' }, 'start before it ends'],
    [{ dayDutyStarts: '9am' }, 'HH:mm'],
    [{ dayDutyEnds: '24:00' }, 'HH:mm'],
    [{ dayDutyWeekdays: [0 as never] }, 'weekdays'],
    [{ teamId: '' }, 'teamId'],
  ])('rejects %o (%s)', (override, message) => {
    expect(() => teamConfig({ teamId: 'north', edtTeamId: 'edt', ...override })).toThrow(message);
  });
});
