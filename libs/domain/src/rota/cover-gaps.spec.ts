import fc from 'fast-check';
import { CoverRule, defaultCoverRules, findGaps } from './cover-gaps';
import { applyAdjustments } from './rota-adjustments';
import { RotaPattern, expandPatterns } from './rota-pattern';
import { at, north, shift } from './rota.fixtures';
import { Shift } from './shift';

const patterns: RotaPattern[] = [
  { id: 'day', team: 'north', kind: 'day', anchor: '2026-03-02', period: 'week', cycle: [['a']] },
  { id: 'edt', team: 'edt', kind: 'edt', anchor: '2026-03-02', period: 'week', cycle: [['x']] },
];
const rules = defaultCoverRules(north);
const rota = (from: string, to: string, cancel: string[] = []): Shift[] =>
  applyAdjustments(
    expandPatterns(patterns, north, from, to),
    cancel.map((shiftId, i) => ({ type: 'cancel' as const, id: `c${i}`, shiftId })),
  ).shifts;
const gap = (from: Date, to: Date, team: string, required = 1, onDuty = 0) => ({ from, to, team, kind: team === 'edt' ? 'edt' : 'day', required, onDuty });

describe('findGaps: times with fewer AMHPs on duty than the cover rules require', () => {
  const week = [at('2026-03-02', '09:00'), at('2026-03-09', '09:00')] as const;

  it('a fully covered week has no gaps', () => {
    expect(findGaps(rota('2026-03-01', '2026-03-08'), rules, ...week)).toEqual([]);
  });

  it('a cancelled day duty is one gap for the day team, 09:00–17:00', () => {
    expect(findGaps(rota('2026-03-01', '2026-03-08', ['day:2026-03-04:day-duty:1']), rules, ...week)).toEqual([
      gap(at('2026-03-04', '09:00'), at('2026-03-04', '17:00'), 'north'),
    ]);
  });

  it('gap merging: Friday night, Saturday day and Saturday night uncovered make one EDT gap from Friday 17:00 to Sunday 09:00', () => {
    const cancelled = ['edt:2026-03-06:edt-night:1', 'edt:2026-03-07:edt-day:1', 'edt:2026-03-07:edt-night:1'];
    expect(findGaps(rota('2026-03-01', '2026-03-08', cancelled), rules, ...week)).toEqual([gap(at('2026-03-06', '17:00'), at('2026-03-08', '09:00'), 'edt')]);
  });

  it('day duty on two days is two gaps: the night between is EDT time, when the day rule does not apply', () => {
    const gaps = findGaps(rota('2026-03-01', '2026-03-08', ['day:2026-03-04:day-duty:1', 'day:2026-03-05:day-duty:1']), rules, ...week);
    expect(gaps.map((g) => [g.from, g.to])).toEqual([
      [at('2026-03-04', '09:00'), at('2026-03-04', '17:00')],
      [at('2026-03-05', '09:00'), at('2026-03-05', '17:00')],
    ]);
  });

  it('a minimum per time of day: two EDT AMHPs 17:00–23:00 shows under-cover each evening', () => {
    const evening: CoverRule = { team: 'edt', kind: 'edt', minimum: 2, hours: north, window: { from: '17:00', to: '23:00' } };
    const gaps = findGaps(rota('2026-03-01', '2026-03-08'), [...rules, evening], at('2026-03-02'), at('2026-03-03'));
    expect(gaps).toEqual([gap(at('2026-03-02', '17:00'), at('2026-03-02', '23:00'), 'edt', 2, 1)]);
  });

  it('the gap splits where the shortfall changes; overlapping rules require the larger minimum', () => {
    const evening: CoverRule = { team: 'edt', kind: 'edt', minimum: 2, hours: north, window: { from: '17:00', to: '23:00' } };
    const gaps = findGaps(rota('2026-03-01', '2026-03-08', ['edt:2026-03-02:edt-night:1']), [...rules, evening], at('2026-03-02'), at('2026-03-03', '12:00'));
    expect(gaps).toEqual([gap(at('2026-03-02', '17:00'), at('2026-03-02', '23:00'), 'edt', 2, 0), gap(at('2026-03-02', '23:00'), at('2026-03-03', '09:00'), 'edt', 1, 0)]);
  });

  it('a window across midnight (22:00–08:00) applies to each night', () => {
    const night: CoverRule = { team: 'edt', kind: 'edt', minimum: 2, hours: north, window: { from: '22:00', to: '08:00' } };
    const gaps = findGaps(rota('2026-03-01', '2026-03-08'), [night], at('2026-03-02', '12:00'), at('2026-03-03', '12:00'));
    expect(gaps).toEqual([gap(at('2026-03-02', '22:00'), at('2026-03-03', '08:00'), 'edt', 2, 1)]);
  });

  it('an AMHP booked on two overlapping shifts counts once', () => {
    const twice = [...rota('2026-03-01', '2026-03-08'), shift('dup', 'x', at('2026-03-02', '18:00'), at('2026-03-02', '20:00'), 'edt', 'edt')];
    const evening: CoverRule = { team: 'edt', kind: 'edt', minimum: 2, hours: north, window: { from: '17:00', to: '23:00' } };
    expect(findGaps(twice, [evening], at('2026-03-02'), at('2026-03-03'))).toEqual([gap(at('2026-03-02', '17:00'), at('2026-03-02', '23:00'), 'edt', 2, 1)]);
  });

  it('vacant shifts and shifts of another team do not count as cover', () => {
    const shifts = [shift('v', null, at('2026-03-04', '09:00'), at('2026-03-04', '17:00')), shift('s', 'b', at('2026-03-04', '09:00'), at('2026-03-04', '17:00'), 'south')];
    expect(findGaps(shifts, [rules[0]], at('2026-03-04'), at('2026-03-05'))).toEqual([gap(at('2026-03-04', '09:00'), at('2026-03-04', '17:00'), 'north')]);
  });

  it('Good Friday 2026: no day-duty gap (no day duty on a bank holiday), but EDT must cover the whole day', () => {
    const nightsOnly: RotaPattern = { ...patterns[1], slots: ['edt-night'] };
    const shifts = expandPatterns([patterns[0], nightsOnly], north, '2026-04-01', '2026-04-03');
    expect(findGaps(shifts, rules, at('2026-04-03'), at('2026-04-03', '23:00'))).toEqual([gap(at('2026-04-03', '09:00'), at('2026-04-03', '17:00'), 'edt')]);
  });

  it.each([
    ['2026-03-28', '2026-03-29', 15, 'BST starts 29 March: 17:00 GMT to 09:00 BST'],
    ['2026-10-24', '2026-10-25', 17, 'BST ends 25 October: 17:00 BST to 09:00 GMT'],
  ])('an uncovered EDT night of %s is a gap of %d hours (%s)', (date, next, hours) => {
    const gaps = findGaps(rota(date, next, [`edt:${date}:edt-night:1`]), rules, at(date, '12:00'), at(next, '12:00'));
    expect(gaps).toEqual([gap(at(date, '17:00'), at(next, '09:00'), 'edt')]);
    expect((gaps[0].to.getTime() - gaps[0].from.getTime()) / 3_600_000).toBe(hours);
  });

  it('no rules or a minimum of 0 means no gaps', () => {
    expect(findGaps([], [], at('2026-03-02'), at('2026-03-09'))).toEqual([]);
    expect(findGaps([], [{ ...rules[0], minimum: 0 }], at('2026-03-02'), at('2026-03-09'))).toEqual([]);
  });

  it('rejects a minimum that is not a whole number of AMHPs', () => {
    expect(() => findGaps([], [{ ...rules[0], minimum: 1.5 }], at('2026-03-02'))).toThrow(RangeError);
  });

  it('looks 8 weeks ahead by default, to the same London wall-clock time (across the BST change)', () => {
    const from = at('2026-03-10', '12:00');
    const gaps = findGaps([], rules, from);
    expect(gaps[0].from).toEqual(from);
    expect(gaps[gaps.length - 1].to).toEqual(at('2026-05-05', '12:00'));
  });

  it('property: with nobody on the rota, the gaps of day duty and EDT tile the range exactly', () => {
    const start = new Date('2026-01-01T00:00:00Z').getTime();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 360 * 24 }), fc.integer({ min: 1, max: 21 * 24 }), (startHour, hours) => {
        const from = new Date(start + startHour * 3_600_000);
        const to = new Date(from.getTime() + hours * 3_600_000);
        const gaps = findGaps([], rules, from, to);
        const sorted = [...gaps].sort((a, b) => a.from.getTime() - b.from.getTime());
        expect(sorted[0].from).toEqual(from);
        expect(sorted[sorted.length - 1].to).toEqual(to);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i].from).toEqual(sorted[i - 1].to);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i].team).not.toBe(sorted[i - 1].team);
      }),
      { numRuns: 60 },
    );
  });
});
