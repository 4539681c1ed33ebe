import fc from 'fast-check';
import { fixedBankHolidays } from './bank-holidays';
import { dutyPeriodAt, dutyPeriodsBetween, dutyPeriodsOn, dutyTeamAt, isDayDutyDate, isOutOfHours } from './duty-calendar';
import { at, north, utc } from './rota.fixtures';
import { shiftHours } from './shift';
import { teamConfig } from './team-config';

const slots = (date: string) => dutyPeriodsOn(date, north).map((p) => [p.slot, utc(p.from), utc(p.to)]);

describe('duty slots in Europe/London', () => {
  it('a working day has day duty 09:00–17:00 and an EDT night to 09:00 the next day', () => {
    expect(slots('2026-01-14')).toEqual([
      ['day-duty', '2026-01-14T09:00:00.000Z', '2026-01-14T17:00:00.000Z'],
      ['edt-night', '2026-01-14T17:00:00.000Z', '2026-01-15T09:00:00.000Z'],
    ]);
  });

  it('in summer the same wall-clock slots are an hour earlier in UTC', () => {
    expect(slots('2026-07-15')).toEqual([
      ['day-duty', '2026-07-15T08:00:00.000Z', '2026-07-15T16:00:00.000Z'],
      ['edt-night', '2026-07-15T16:00:00.000Z', '2026-07-16T08:00:00.000Z'],
    ]);
  });

  it('BST starts 29 March 2026: the EDT night of Saturday 28 March (17:00 GMT to 09:00 BST) lasts 15 hours', () => {
    const night = dutyPeriodsOn('2026-03-28', north)[1];
    expect([utc(night.from), utc(night.to)]).toEqual(['2026-03-28T17:00:00.000Z', '2026-03-29T08:00:00.000Z']);
    expect(shiftHours({ startsAt: night.from, endsAt: night.to })).toBe(15);
  });

  it('BST ends 25 October 2026: the EDT night of Saturday 24 October (17:00 BST to 09:00 GMT) lasts 17 hours', () => {
    const night = dutyPeriodsOn('2026-10-24', north)[1];
    expect([utc(night.from), utc(night.to)]).toEqual(['2026-10-24T16:00:00.000Z', '2026-10-25T09:00:00.000Z']);
    expect(shiftHours({ startsAt: night.from, endsAt: night.to })).toBe(17);
  });

  it.each([
    ['2026-03-28', 'Saturday'],
    ['2026-03-29', 'Sunday, clocks go forward'],
    ['2026-04-03', 'Good Friday'],
    ['2026-04-06', 'Easter Monday'],
    ['2026-12-25', 'Christmas Day'],
    ['2026-12-28', 'Boxing Day substitute'],
    ['2027-01-01', "New Year's Day"],
  ])('%s (%s) has no day duty: EDT covers the whole day', (date) => {
    expect(isDayDutyDate(date, north)).toBe(false);
    expect(dutyPeriodsOn(date, north).map((p) => p.slot)).toEqual(['edt-day', 'edt-night']);
  });

  it.each(['2026-04-02', '2026-04-07', '2026-12-24', '2026-12-29', '2026-03-30'])('%s is a working day with day duty', (date) => {
    expect(isDayDutyDate(date, north)).toBe(true);
  });

  it('Wales uses its own bank holiday list (same days in 2026)', () => {
    const wales = teamConfig({ teamId: 'west', edtTeamId: 'edt', nation: 'WLS' });
    expect(isDayDutyDate('2026-12-28', wales)).toBe(false);
  });

  it('a calendar passed in replaces the maintained one', () => {
    expect(isDayDutyDate('2026-07-01', north, fixedBankHolidays({ '2026-07-01': 'Closure' }))).toBe(false);
    expect(isDayDutyDate('2026-12-25', north, fixedBankHolidays({}))).toBe(true);
  });

  it('the slots tile time: each slot ends where the next begins, over a year with both BST changes', () => {
    const periods = dutyPeriodsBetween(at('2026-01-01'), at('2027-01-01'), north);
    for (let i = 1; i < periods.length; i++) expect(periods[i].from).toEqual(periods[i - 1].to);
    expect(periods[0].from.getTime()).toBeLessThanOrEqual(at('2026-01-01').getTime());
  });

  it('property: exactly one slot is in force at any instant of 2026–2027, and isOutOfHours agrees with it', () => {
    const instants = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instants, (instant) => {
        const containing = dutyPeriodsBetween(new Date(instant.getTime() - 1), new Date(instant.getTime() + 1), north).filter(
          (p) => p.from.getTime() <= instant.getTime() && instant.getTime() < p.to.getTime(),
        );
        expect(containing).toHaveLength(1);
        expect(dutyPeriodAt(instant, north).slot).toBe(containing[0].slot);
        expect(isOutOfHours(instant, north)).toBe(containing[0].kind === 'edt');
      }),
    );
  });
});

describe('isOutOfHours: new referrals go to EDT out of hours', () => {
  it.each([
    ['2026-01-14', '08:59', true, 'before day duty'],
    ['2026-01-14', '09:00', false, 'day duty starts at 09:00'],
    ['2026-01-14', '16:59', false, 'last minute of day duty'],
    ['2026-01-14', '17:00', true, 'EDT from 17:00'],
    ['2026-03-27', '16:30', false, 'Friday before the clocks go forward'],
    ['2026-03-30', '08:30', true, 'Monday after the change, 07:30 UTC'],
    ['2026-03-30', '09:00', false, 'Monday 09:00 BST = 08:00 UTC'],
    ['2026-10-23', '16:30', false, 'Friday 16:30 BST = 15:30 UTC'],
    ['2026-10-26', '09:00', false, 'Monday after the change, 09:00 GMT'],
    ['2026-03-28', '11:00', true, 'Saturday'],
    ['2026-04-03', '11:00', true, 'Good Friday'],
    ['2026-04-06', '11:00', true, 'Easter Monday'],
    ['2026-12-25', '11:00', true, 'Christmas Day'],
    ['2026-12-28', '11:00', true, 'Boxing Day substitute'],
    ['2026-12-29', '11:00', false, 'Tuesday after Christmas'],
  ])('%s %s London → out of hours %s (%s)', (date, time, expected) => {
    expect(isOutOfHours(at(date, time), north)).toBe(expected);
  });

  it('routes a referral to the day team in hours and to EDT out of hours', () => {
    expect(dutyTeamAt(at('2026-04-02', '12:00'), north)).toEqual({ team: 'north', kind: 'day' });
    expect(dutyTeamAt(at('2026-04-03', '12:00'), north)).toEqual({ team: 'edt', kind: 'edt' });
  });

  it('follows a team configured 08:30–18:00 with Saturday duty', () => {
    const config = teamConfig({ teamId: 'west', edtTeamId: 'edt', dayDutyWeekdays: [1, 2, 3, 4, 5, 6], dayDutyStarts: '08:30', dayDutyEnds: '18:00' });
    expect(isOutOfHours(at('2026-03-28', '08:45'), config)).toBe(false);
    expect(isOutOfHours(at('2026-03-28', '18:00'), config)).toBe(true);
    expect(isOutOfHours(at('2026-03-29', '12:00'), config)).toBe(true);
  });
});
