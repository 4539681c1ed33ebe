import { absenceOnDates, applyAbsences, applyAvailability } from './availability';
import { RotaPattern, expandPatterns } from './rota-pattern';
import { amhp, at, north, utc } from './rota.fixtures';

const patterns: RotaPattern[] = [
  { id: 'day', team: 'north', kind: 'day', anchor: '2026-03-02', period: 'week', cycle: [['a']] },
  { id: 'edt', team: 'edt', kind: 'edt', anchor: '2026-03-02', period: 'week', cycle: [['x']] },
];
const march = expandPatterns(patterns, north, '2026-03-02', '2026-03-29');
const view = (shifts: typeof march, date: string) =>
  shifts.filter((s) => s.date === date).map((s) => [s.id, utc(s.startsAt).slice(11, 16), utc(s.endsAt).slice(11, 16), s.amhpId, s.vacated?.reason ?? null]);

describe('leave and sickness: an absent AMHP leaves their shifts uncovered unless reassigned', () => {
  it('whole days of leave vacate the shifts on those days and keep their ids', () => {
    const shifts = applyAbsences(march, [absenceOnDates('a', 'leave', '2026-03-04', '2026-03-05')]);
    expect(view(shifts, '2026-03-04')).toEqual([
      ['day:2026-03-04:day-duty:1', '09:00', '17:00', null, 'leave'],
      ['edt:2026-03-04:edt-night:1', '17:00', '09:00', 'x', null],
    ]);
    expect(shifts.find((s) => s.id === 'day:2026-03-05:day-duty:1')?.vacated).toEqual({ amhpId: 'a', reason: 'leave' });
    expect(shifts.find((s) => s.id === 'day:2026-03-06:day-duty:1')?.amhpId).toBe('a');
  });

  it('sickness from 13:00 splits the shift: the morning stays covered, the afternoon is a vacancy', () => {
    const shifts = applyAbsences(march, [{ amhpId: 'a', kind: 'sickness', from: at('2026-03-04', '13:00'), to: at('2026-03-06') }]);
    expect(view(shifts, '2026-03-04').slice(0, 2)).toEqual([
      ['day:2026-03-04:day-duty:1@2026-03-04T09:00:00.000Z', '09:00', '13:00', 'a', null],
      ['day:2026-03-04:day-duty:1@2026-03-04T13:00:00.000Z', '13:00', '17:00', null, 'sickness'],
    ]);
  });

  it('a split is deterministic: the same absence gives the same ids', () => {
    const absence = [{ amhpId: 'a', kind: 'sickness' as const, from: at('2026-03-04', '13:00'), to: at('2026-03-06') }];
    expect(applyAbsences(march, absence).map((s) => s.id)).toEqual(applyAbsences(march, absence).map((s) => s.id));
  });

  it("another AMHP's absence changes nothing", () => {
    expect(applyAbsences(march, [absenceOnDates('b', 'leave', '2026-03-02', '2026-03-29')])).toEqual(march);
  });

  it('leave over the BST change vacates the whole 15-hour night of 28 March', () => {
    const shifts = applyAbsences(march, [absenceOnDates('x', 'leave', '2026-03-28', '2026-03-29')]);
    const night = shifts.find((s) => s.id === 'edt:2026-03-28:edt-night:1')!;
    expect([night.amhpId, utc(night.startsAt), utc(night.endsAt)]).toEqual([null, '2026-03-28T17:00:00.000Z', '2026-03-29T08:00:00.000Z']);
  });
});

describe('s114: an AMHP whose approval has lapsed cannot be on duty', () => {
  it('approval lapsing at midnight splits the EDT night: the rest of the night is a vacancy', () => {
    const shifts = applyAvailability(march, [], [amhp('a'), amhp('x', '2023-03-29', '2026-03-27')]);
    const night = shifts.filter((s) => s.id.startsWith('edt:2026-03-27:edt-night:1'));
    expect(night.map((s) => [utc(s.startsAt), utc(s.endsAt), s.amhpId, s.vacated?.reason ?? null])).toEqual([
      ['2026-03-27T17:00:00.000Z', '2026-03-28T00:00:00.000Z', 'x', null],
      ['2026-03-28T00:00:00.000Z', '2026-03-28T09:00:00.000Z', null, 'not-approved'],
    ]);
    expect(shifts.find((s) => s.id === 'edt:2026-03-28:edt-day:1')?.vacated).toEqual({ amhpId: 'x', reason: 'not-approved' });
  });

  it('an AMHP with no approval on record is taken off every shift', () => {
    const shifts = applyAvailability(march, [], [amhp('a')]);
    expect(shifts.filter((s) => s.team === 'edt').every((s) => s.amhpId === null && s.vacated?.reason === 'not-approved')).toBe(true);
    expect(shifts.filter((s) => s.team === 'north').every((s) => s.amhpId === 'a')).toBe(true);
  });

  it('lack of approval is reported before leave on the same time', () => {
    const shifts = applyAvailability(march, [absenceOnDates('x', 'leave', '2026-03-02', '2026-03-29')], [amhp('a')]);
    expect(shifts.find((s) => s.id === 'edt:2026-03-02:edt-night:1')?.vacated?.reason).toBe('not-approved');
  });
});
