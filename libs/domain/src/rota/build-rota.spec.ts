import { absenceOnDates } from './availability';
import { buildRota } from './build-rota';
import { findGaps, defaultCoverRules } from './cover-gaps';
import { RotaPattern } from './rota-pattern';
import { amhp, at, north } from './rota.fixtures';

const patterns: RotaPattern[] = [
  { id: 'day', team: 'north', kind: 'day', anchor: '2026-03-02', period: 'week', cycle: [['a']] },
  { id: 'edt', team: 'edt', kind: 'edt', anchor: '2026-03-02', period: 'week', cycle: [['x']] },
];
const amhps = [amhp('a'), amhp('b'), amhp('x')];
const base = { config: north, patterns, amhps, from: '2026-03-02', to: '2026-03-08' };
const rules = defaultCoverRules(north);
const gapsOf = (shifts: ReturnType<typeof buildRota>['shifts']) => findGaps(shifts, rules, at('2026-03-02', '09:00'), at('2026-03-09', '09:00'));

describe('building the rota: patterns, then overrides and swaps, then leave, sickness and approval', () => {
  it('a full pattern has no problems and no gaps', () => {
    const rota = buildRota(base);
    expect(rota.problems).toEqual([]);
    expect(gapsOf(rota.shifts)).toEqual([]);
  });

  it('leave creates a gap; reassigning the pattern shift closes it, because leave applies to the AMHP who was on it', () => {
    const absences = [absenceOnDates('a', 'leave', '2026-03-04', '2026-03-04')];
    expect(gapsOf(buildRota({ ...base, absences }).shifts)).toEqual([
      { from: at('2026-03-04', '09:00'), to: at('2026-03-04', '17:00'), team: 'north', kind: 'day', required: 1, onDuty: 0 },
    ]);
    const adjustments = [{ type: 'replace' as const, id: 'cover-a', shiftId: 'day:2026-03-04:day-duty:1', amhpId: 'b' }];
    const covered = buildRota({ ...base, absences, adjustments });
    expect(covered.shifts.find((s) => s.id === 'day:2026-03-04:day-duty:1')?.amhpId).toBe('b');
    expect(gapsOf(covered.shifts)).toEqual([]);
  });

  it('reports a shift given to an AMHP whose approval has lapsed, and the gap it leaves', () => {
    const rota = buildRota({ ...base, amhps: [amhp('a'), amhp('x', '2021-03-05', '2026-03-04')] });
    expect(rota.problems.map((p) => [p.code, p.shiftId])).toContainEqual(['not-approved', 'edt:2026-03-05:edt-night:1']);
    // Every EDT moment from midnight after the expiry date is uncovered; the weekend is one merged gap.
    expect(gapsOf(rota.shifts).map((g) => [g.team, g.from, g.to])).toEqual([
      ['edt', at('2026-03-05'), at('2026-03-05', '09:00')],
      ['edt', at('2026-03-05', '17:00'), at('2026-03-06', '09:00')],
      ['edt', at('2026-03-06', '17:00'), at('2026-03-09', '09:00')],
    ]);
  });

  it('reports an AMHP booked on two shifts at once', () => {
    const adjustments = [
      { type: 'add' as const, id: 'extra', team: 'edt', kind: 'edt' as const, startsAt: at('2026-03-04', '16:00'), endsAt: at('2026-03-04', '20:00'), amhpId: 'a' },
    ];
    const rota = buildRota({ ...base, adjustments });
    expect(rota.problems).toMatchObject([{ code: 'double-booked', amhpId: 'a', shiftId: 'added:extra' }]);
  });

  it('keeps added shifts only when their London date is in view', () => {
    const adjustments = [
      { type: 'add' as const, id: 'later', team: 'edt', kind: 'edt' as const, startsAt: at('2026-04-04', '10:00'), endsAt: at('2026-04-04', '12:00'), amhpId: 'b' },
    ];
    expect(buildRota({ ...base, adjustments }).shifts.some((s) => s.id === 'added:later')).toBe(false);
  });

  it('a swap applies before leave: the AMHP who swapped onto a day of their leave leaves a gap', () => {
    const adjustments = [
      { type: 'swap' as const, id: 's1', first: { shiftId: 'day:2026-03-04:day-duty:1', amhpId: 'a' }, second: { shiftId: 'edt:2026-03-04:edt-night:1', amhpId: 'x' } },
    ];
    const rota = buildRota({ ...base, adjustments, absences: [absenceOnDates('x', 'leave', '2026-03-04', '2026-03-04')] });
    const wednesday = rota.shifts.filter((s) => s.date === '2026-03-04' && !s.id.includes('@'));
    expect(wednesday.map((s) => [s.id, s.amhpId])).toEqual([
      ['day:2026-03-04:day-duty:1', null],
      ['edt:2026-03-04:edt-night:1', 'a'],
    ]);
  });
});
