import { nextOnDuty, onDutyAt } from './on-duty';
import { RotaPattern, expandPatterns } from './rota-pattern';
import { at, north, shift } from './rota.fixtures';

const patterns: RotaPattern[] = [
  { id: 'day', team: 'north', kind: 'day', anchor: '2026-03-02', period: 'week', cycle: [['a', 'b']] },
  { id: 'edt', team: 'edt', kind: 'edt', anchor: '2026-03-02', period: 'day', cycle: [['x'], ['y']] },
];
const shifts = expandPatterns(patterns, north, '2026-03-26', '2026-03-31');
const ids = (list: { amhpId: string | null }[]) => list.map((s) => s.amhpId);

describe('who is on duty now, and who is next', () => {
  it.each([
    // EDT alternates daily from Monday 2 March: x on even days after the anchor (26th, 28th, 30th), y on odd ones.
    ['2026-03-27', '08:59', ['x'], 'EDT night of Thursday until 09:00'],
    ['2026-03-27', '09:00', ['a', 'b'], 'day duty from 09:00 (start included)'],
    ['2026-03-27', '17:00', ['y'], 'EDT from 17:00 (end of day duty excluded)'],
    ['2026-03-29', '03:00', ['x'], 'the night the clocks go forward'],
    ['2026-03-29', '12:00', ['y'], 'Sunday: EDT day'],
    ['2026-03-30', '08:30', ['y'], 'Monday 07:30 UTC: still the Sunday night'],
    ['2026-03-30', '09:00', ['a', 'b'], 'Monday 09:00 BST'],
  ])('%s %s London → %j (%s)', (date, time, expected) => {
    expect(ids(onDutyAt(shifts, at(date, time)))).toEqual(expected);
  });

  it('filters by team and kind', () => {
    expect(ids(onDutyAt(shifts, at('2026-03-27', '12:00'), { team: 'edt' }))).toEqual([]);
    expect(ids(onDutyAt(shifts, at('2026-03-27', '12:00'), { team: 'north', kind: 'day' }))).toEqual(['a', 'b']);
  });

  it('a vacant shift is nobody on duty', () => {
    expect(onDutyAt([shift('v', null, at('2026-03-27', '09:00'), at('2026-03-27', '17:00'))], at('2026-03-27', '12:00'))).toEqual([]);
  });

  it('next on duty: the shifts that start first after the instant', () => {
    expect(ids(nextOnDuty(shifts, at('2026-03-27', '12:00')))).toEqual(['y']);
    expect(nextOnDuty(shifts, at('2026-03-27', '12:00'))[0].startsAt).toEqual(at('2026-03-27', '17:00'));
    expect(ids(nextOnDuty(shifts, at('2026-03-27', '18:00'), { team: 'north' }))).toEqual(['a', 'b']);
    expect(nextOnDuty(shifts, at('2026-03-27', '18:00'), { team: 'north' })[0].startsAt).toEqual(at('2026-03-30', '09:00'));
  });

  it('next on duty skips vacancies and is empty past the end of the rota', () => {
    const withVacancy = [shift('v', null, at('2026-04-01', '09:00'), at('2026-04-01', '17:00')), shift('c', 'c', at('2026-04-01', '17:00'), at('2026-04-02', '09:00'))];
    expect(ids(nextOnDuty(withVacancy, at('2026-04-01', '08:00')))).toEqual(['c']);
    expect(nextOnDuty(shifts, at('2026-06-01'))).toEqual([]);
  });
});
