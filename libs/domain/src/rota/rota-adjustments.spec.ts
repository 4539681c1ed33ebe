import { RotaAdjustment, applyAdjustments } from './rota-adjustments';
import { RotaPattern, expandPattern } from './rota-pattern';
import { at, north } from './rota.fixtures';

const dayDuty: RotaPattern = { id: 'day', team: 'north', kind: 'day', anchor: '2026-03-02', period: 'week', cycle: [['a'], ['b']] };
const week1 = expandPattern(dayDuty, north, '2026-03-02', '2026-03-13'); // a: 2–6 March, b: 9–13 March
const amhpOf = (shifts: { id: string; amhpId: string | null }[], id: string) => shifts.find((s) => s.id === id)?.amhpId;

describe('one-off overrides', () => {
  it('replace: another AMHP takes one shift; the rest of the pattern is unchanged', () => {
    const { shifts, problems } = applyAdjustments(week1, [{ type: 'replace', id: 'o1', shiftId: 'day:2026-03-04:day-duty:1', amhpId: 'c' }]);
    expect(amhpOf(shifts, 'day:2026-03-04:day-duty:1')).toBe('c');
    expect(amhpOf(shifts, 'day:2026-03-05:day-duty:1')).toBe('a');
    expect(problems).toEqual([]);
  });

  it('replace with null leaves the shift vacant (a gap)', () => {
    const { shifts } = applyAdjustments(week1, [{ type: 'replace', id: 'o1', shiftId: 'day:2026-03-04:day-duty:1', amhpId: null }]);
    expect(amhpOf(shifts, 'day:2026-03-04:day-duty:1')).toBeNull();
  });

  it('cancel: the shift is gone', () => {
    const { shifts } = applyAdjustments(week1, [{ type: 'cancel', id: 'o1', shiftId: 'day:2026-03-04:day-duty:1' }]);
    expect(shifts).toHaveLength(week1.length - 1);
    expect(amhpOf(shifts, 'day:2026-03-04:day-duty:1')).toBeUndefined();
  });

  it('add: a one-off shift with a stable id, in time order, dated in London', () => {
    const add: RotaAdjustment = { type: 'add', id: 'extra-1', team: 'north', kind: 'day', startsAt: at('2026-03-04', '12:00'), endsAt: at('2026-03-04', '20:00'), amhpId: 'c' };
    const { shifts } = applyAdjustments(week1, [add]);
    const added = shifts.find((s) => s.id === 'added:extra-1');
    expect(added).toMatchObject({ slot: 'added', date: '2026-03-04', amhpId: 'c', team: 'north' });
    expect(shifts.indexOf(added!)).toBe(shifts.findIndex((s) => s.date === '2026-03-04') + 1);
  });

  it('add: a shift that ends before it starts is refused and reported', () => {
    const add: RotaAdjustment = { type: 'add', id: 'bad', team: 'north', kind: 'day', startsAt: at('2026-03-04', '12:00'), endsAt: at('2026-03-04', '11:00'), amhpId: 'c' };
    const { shifts, problems } = applyAdjustments(week1, [add]);
    expect(shifts).toHaveLength(week1.length);
    expect(problems.map((p) => p.code)).toEqual(['add-invalid']);
  });

  it('adjustments apply in the order made: the later replace wins', () => {
    const { shifts } = applyAdjustments(week1, [
      { type: 'replace', id: 'o1', shiftId: 'day:2026-03-04:day-duty:1', amhpId: 'c' },
      { type: 'replace', id: 'o2', shiftId: 'day:2026-03-04:day-duty:1', amhpId: 'd' },
    ]);
    expect(amhpOf(shifts, 'day:2026-03-04:day-duty:1')).toBe('d');
  });

  it('a change to a shift outside the expanded dates is ignored, not an error', () => {
    const { shifts, problems } = applyAdjustments(week1, [{ type: 'replace', id: 'o1', shiftId: 'day:2026-06-01:day-duty:1', amhpId: 'c' }]);
    expect(shifts).toEqual(week1);
    expect(problems).toEqual([]);
  });
});

describe('swaps between two AMHPs', () => {
  const swap: RotaAdjustment = {
    type: 'swap',
    id: 's1',
    first: { shiftId: 'day:2026-03-04:day-duty:1', amhpId: 'a' },
    second: { shiftId: 'day:2026-03-11:day-duty:1', amhpId: 'b' },
  };

  it('the two shifts exchange AMHPs', () => {
    const { shifts, problems } = applyAdjustments(week1, [swap]);
    expect(amhpOf(shifts, 'day:2026-03-04:day-duty:1')).toBe('b');
    expect(amhpOf(shifts, 'day:2026-03-11:day-duty:1')).toBe('a');
    expect(problems).toEqual([]);
  });

  it('each side applies when only its shift is in view, so a week view agrees with a month view', () => {
    const firstWeek = expandPattern(dayDuty, north, '2026-03-02', '2026-03-06');
    expect(amhpOf(applyAdjustments(firstWeek, [swap]).shifts, 'day:2026-03-04:day-duty:1')).toBe('b');
  });

  it('a stale swap (the shift is no longer held by the AMHP who swapped it) is not applied and is reported', () => {
    const { shifts, problems } = applyAdjustments(week1, [{ type: 'replace', id: 'o1', shiftId: 'day:2026-03-11:day-duty:1', amhpId: 'c' }, swap]);
    expect(amhpOf(shifts, 'day:2026-03-04:day-duty:1')).toBe('a');
    expect(amhpOf(shifts, 'day:2026-03-11:day-duty:1')).toBe('c');
    expect(problems).toMatchObject([{ code: 'swap-stale', adjustmentId: 's1', shiftId: 'day:2026-03-11:day-duty:1', amhpId: 'b' }]);
  });

  it('a swap does not modify the shifts passed in', () => {
    const copy = week1.map((s) => ({ ...s }));
    applyAdjustments(week1, [swap]);
    expect(week1).toEqual(copy);
  });
});
