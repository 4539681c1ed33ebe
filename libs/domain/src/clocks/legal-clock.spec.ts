import { placeOfSafetyClock, s5_4Clock, s5_2Clock } from './detention-clocks';
import { clockKindForPower, clockRemainingMs, endClock, isClockOverdue, mostUrgentClock } from './legal-clock';

const at = (iso: string) => new Date(iso);

describe('legal clock helpers', () => {
  const s136 = placeOfSafetyClock('s136', at('2026-01-10T00:00:00Z'));
  const s5_4 = s5_4Clock(at('2026-01-10T15:00:00Z')); // expires 21:00, before the s136
  const s5_2 = s5_2Clock(at('2026-01-09T00:00:00Z'));

  it('picks the running clock that expires first', () => {
    expect(mostUrgentClock([s5_2, s136, s5_4])?.kind).toBe('s5_4');
  });

  it('ignores ended clocks when picking the most urgent', () => {
    expect(mostUrgentClock([s5_2, s136, endClock(s5_4, at('2026-01-10T16:00:00Z'), 'Doctor arrived')])?.kind).toBe('s136');
  });

  it('has no most urgent clock when none runs', () => {
    expect(mostUrgentClock([])).toBeNull();
    expect(mostUrgentClock([endClock(s136, at('2026-01-10T01:00:00Z'), 'Released')])).toBeNull();
  });

  it.each([
    ['an hour before expiry', '2026-01-10T23:00:00Z', 3_600_000, false],
    ['at expiry', '2026-01-11T00:00:00Z', 0, true],
    ['after expiry', '2026-01-11T00:30:00Z', -1_800_000, true],
  ])('remaining time and overdue: %s', (_case, now, remaining, overdue) => {
    expect(clockRemainingMs(s136, at(now))).toBe(remaining);
    expect(isClockOverdue(s136, at(now))).toBe(overdue);
  });

  it('an ended clock is never overdue', () => {
    expect(isClockOverdue(endClock(s136, at('2026-01-10T05:00:00Z'), 'Released'), at('2026-01-12T00:00:00Z'))).toBe(false);
  });

  it('ending keeps the first ending', () => {
    const ended = endClock(endClock(s136, at('2026-01-10T05:00:00Z'), 'Released'), at('2026-01-10T06:00:00Z'), 'Other');
    expect(ended.endedAt).toEqual(at('2026-01-10T05:00:00Z'));
    expect(ended.endedReason).toBe('Released');
  });
});

describe('the clock each power starts', () => {
  it.each([
    ['s136', 's136'],
    ['s135_1', 's135_1'],
    ['s135_2', null],
    ['s5_2', 's5_2'],
    ['s5_4', 's5_4'],
  ] as const)('%s starts %p (s135(2) has no clock of its own)', (power, kind) => {
    expect(clockKindForPower(power)).toBe(kind);
  });
});
