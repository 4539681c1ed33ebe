import { placeOfSafetyClock, s2Clock, s5_4Clock } from './detention-clocks';
import { endClock } from './legal-clock';
import { extendPlaceOfSafetyDetention } from './s136b-extension';
import { clockWarningLevel, clockWarningPoints, warningFractionsFor } from './warning-points';

const at = (iso: string) => new Date(iso);
const points = (c: Parameters<typeof clockWarningPoints>[0], config = {}) =>
  clockWarningPoints(c, config).map((p) => [p.label, p.at.toISOString()]);

describe('clock warning points (defaults 50%, 75%, 90% and expiry)', () => {
  it('s136: at 12 h, 18 h, 21 h 36 m and 24 h, in real hours across the spring change', () => {
    expect(points(placeOfSafetyClock('s136', at('2026-03-28T22:00:00Z')))).toEqual([
      ['50%', '2026-03-29T10:00:00.000Z'],
      ['75%', '2026-03-29T16:00:00.000Z'],
      ['90%', '2026-03-29T19:36:00.000Z'],
      ['expiry', '2026-03-29T22:00:00.000Z'],
    ]);
  });

  it('s5(4): 3 h, 4 h 30 m, 5 h 24 m, 6 h', () => {
    expect(points(s5_4Clock(at('2026-10-24T22:30:00Z')))).toEqual([
      ['50%', '2026-10-25T01:30:00.000Z'],
      ['75%', '2026-10-25T03:00:00.000Z'],
      ['90%', '2026-10-25T03:54:00.000Z'],
      ['expiry', '2026-10-25T04:30:00.000Z'],
    ]);
  });

  it('s2: fractions of the real length of the period (which includes the 25-hour day in October)', () => {
    const clock = s2Clock(at('2026-09-30T23:00:00Z')); // London midnight 1 Oct (BST) to midnight 29 Oct (GMT): 673 h
    expect((clock.expiresAt.getTime() - clock.startsAt.getTime()) / 3_600_000).toBe(673);
    expect(points(clock)[0]).toEqual(['50%', '2026-10-14T23:30:00.000Z']);
  });

  it('is configurable per clock kind, and other kinds keep the defaults', () => {
    const config = { s136: [0.25, 0.5, 0.95] };
    expect(points(placeOfSafetyClock('s136', at('2026-01-10T00:00:00Z')), config).map(([label]) => label)).toEqual(['25%', '50%', '95%', 'expiry']);
    expect(points(s5_4Clock(at('2026-01-10T00:00:00Z')), config).map(([label]) => label)).toEqual(['50%', '75%', '90%', 'expiry']);
  });

  it('sorts and de-duplicates configured fractions', () => {
    expect(warningFractionsFor('s136', { s136: [0.9, 0.5, 0.9] })).toEqual([0.5, 0.9]);
  });

  it('allows a clock to warn only at expiry', () => {
    expect(points(placeOfSafetyClock('s136', at('2026-01-10T00:00:00Z')), { s136: [] })).toEqual([['expiry', '2026-01-11T00:00:00.000Z']]);
  });

  it.each([[0], [1], [-0.1], [1.5], [Number.NaN]])('refuses the fraction %p', (f) => {
    expect(() => clockWarningPoints(placeOfSafetyClock('s136', at('2026-01-10T00:00:00Z')), { s136: [f] })).toThrow(RangeError);
  });

  it('s136B: an extended clock warns across its extension', () => {
    const extended = extendPlaceOfSafetyDetention(placeOfSafetyClock('s136', at('2026-01-10T00:00:00Z')), {
      authorisedAt: at('2026-01-10T20:00:00Z'),
      authorisedByDoctorId: 'dr-a',
      hours: 10,
      reason: 'intoxication',
      atPoliceStation: false,
    });
    if (!extended.ok) throw new Error(extended.reason);
    expect(points(extended.clock)).toEqual([
      ['50%', '2026-01-11T05:00:00.000Z'],
      ['75%', '2026-01-11T07:30:00.000Z'],
      ['90%', '2026-01-11T09:00:00.000Z'],
      ['expiry', '2026-01-11T10:00:00.000Z'],
    ]);
  });

  it('an ended clock has no warning points', () => {
    const clock = endClock(placeOfSafetyClock('s136', at('2026-01-10T00:00:00Z')), at('2026-01-10T05:00:00Z'), 'Released');
    expect(clockWarningPoints(clock)).toEqual([]);
  });
});

describe('clock warning level for the board', () => {
  const clock = placeOfSafetyClock('s136', at('2026-01-10T00:00:00Z'));
  it.each([
    ['before 50%', '2026-01-10T11:59:59Z', 'ok', null],
    ['at 50%', '2026-01-10T12:00:00Z', 'warning', '50%'],
    ['past 75%', '2026-01-10T19:00:00Z', 'warning', '75%'],
    ['past 90%', '2026-01-10T23:00:00Z', 'warning', '90%'],
    ['at expiry', '2026-01-11T00:00:00Z', 'overdue', 'expiry'],
    ['long after expiry', '2026-01-12T00:00:00Z', 'overdue', 'expiry'],
  ])('%s', (_case, now, level, label) => {
    const result = clockWarningLevel(clock, at(now));
    expect(result.level).toBe(level);
    expect(result.reached?.label ?? null).toBe(label);
  });

  it('an ended clock is marked ended', () => {
    expect(clockWarningLevel(endClock(clock, at('2026-01-10T01:00:00Z'), 'Released'), at('2026-01-12T00:00:00Z')).level).toBe('ended');
  });
});
