import { applyAbsences } from './availability';
import { hoursWorked } from './hours-worked';
import { RotaPattern, expandPatterns } from './rota-pattern';
import { at, north, shift } from './rota.fixtures';

const edt: RotaPattern = { id: 'edt', team: 'edt', kind: 'edt', anchor: '2026-01-05', period: 'week', cycle: [['x']], slots: ['edt-night'] };
const day: RotaPattern = { id: 'day', team: 'north', kind: 'day', anchor: '2026-01-05', period: 'week', cycle: [['a']] };

describe('hours worked: real elapsed time, not clock-face time', () => {
  it.each([
    ['2026-03-28', '2026-03-29', 15, 'BST starts 29 March: 17:00 GMT to 09:00 BST'],
    ['2026-10-24', '2026-10-25', 17, 'BST ends 25 October: 17:00 BST to 09:00 GMT'],
    ['2026-01-10', '2026-01-11', 16, 'an ordinary winter night'],
  ])('the EDT night of %s counts %d hours (%s)', (date, next, hours) => {
    const shifts = expandPatterns([edt], north, date, date);
    expect(hoursWorked(shifts, 'x', at(date), at(next, '12:00'))).toBe(hours);
  });

  it('a week of day duty is 40 hours; the range clips shifts', () => {
    const shifts = expandPatterns([day], north, '2026-03-23', '2026-03-29');
    expect(hoursWorked(shifts, 'a', at('2026-03-23'), at('2026-03-30'))).toBe(40);
    expect(hoursWorked(shifts, 'a', at('2026-03-23', '12:00'), at('2026-03-24', '10:00'))).toBe(6);
  });

  it('counts only the AMHP asked about', () => {
    const shifts = expandPatterns([day, edt], north, '2026-03-23', '2026-03-23');
    expect(hoursWorked(shifts, 'x', at('2026-03-23'), at('2026-03-25'))).toBe(16);
    expect(hoursWorked(shifts, 'nobody', at('2026-03-23'), at('2026-03-25'))).toBe(0);
  });

  it('overlapping shifts (a double booking) count once', () => {
    const shifts = [shift('s1', 'a', at('2026-03-23', '09:00'), at('2026-03-23', '17:00')), shift('s2', 'a', at('2026-03-23', '15:00'), at('2026-03-23', '19:00'))];
    expect(hoursWorked(shifts, 'a', at('2026-03-23'), at('2026-03-24'))).toBe(10);
  });

  it('the part of a shift lost to sickness is not worked', () => {
    const shifts = applyAbsences(expandPatterns([day], north, '2026-03-23', '2026-03-23'), [
      { amhpId: 'a', kind: 'sickness', from: at('2026-03-23', '13:30'), to: at('2026-03-24') },
    ]);
    expect(hoursWorked(shifts, 'a', at('2026-03-23'), at('2026-03-24'))).toBe(4.5);
  });
});
