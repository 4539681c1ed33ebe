import { clockPointKey, jobIds } from '@amhp/contracts';
import { extendPlaceOfSafetyDetention, placeOfSafetyClock, s5_4Clock, LegalClock, endClock } from '@amhp/domain';
import { clockPoints, firedKey, isSuperseded, pendingPoints, TimedClock, toLegalClock, toStoredExtension, warningLevelView } from './clock-points';

const HOUR = 3600_000;
const T = new Date('2026-03-10T10:00:00Z');
const at = (hours: number) => new Date(T.getTime() + hours * HOUR);

function stored(clock: LegalClock, overrides: Partial<TimedClock> = {}): TimedClock {
  return {
    id: '6f1c1a52-4a0c-4e55-9d1e-0c3a8f6a0b11',
    kind: clock.kind,
    label: clock.label,
    section: clock.section,
    startsAt: clock.startsAt,
    expiresAt: clock.expiresAt,
    status: clock.status,
    extension: toStoredExtension(clock.extension),
    endedAt: clock.endedAt,
    endedReason: clock.endedReason,
    warningFractions: [0.5, 0.75, 0.9],
    timingChangedAt: clock.startsAt,
    ...overrides,
  };
}

const s136 = (overrides: Partial<TimedClock> = {}) => stored(placeOfSafetyClock('s136', T), overrides);
const keys = (points: { key: string }[]) => points.map((p) => p.key);

describe('the timer points of a stored clock (issue 3: 50%, 75%, 90% and expiry by default)', () => {
  it('s136(2A): 24 hours from arrival warn at 12 h, 18 h and 21 h 36 m, and expire at 24 h', () => {
    const points = clockPoints(s136());
    expect(points.map((p) => [p.key, p.type, p.at.toISOString()])).toEqual([
      ['50', 'warning', at(12).toISOString()],
      ['75', 'warning', at(18).toISOString()],
      ['90', 'warning', at(21.6).toISOString()],
      ['expiry', 'expiry', at(24).toISOString()],
    ]);
  });

  it('gives each point a deterministic job id without ":" (BullMQ refuses it in custom ids)', () => {
    const [first] = clockPoints(s136());
    expect(first.jobId).toBe(jobIds.clockPoint(s136().id, '50', at(12).toISOString()));
    expect(clockPoints(s136()).map((p) => p.jobId)).toEqual(clockPoints(s136()).map((p) => p.jobId));
    for (const p of clockPoints(s136())) expect(p.jobId).not.toContain(':');
  });

  it('uses the fractions stored on the clock (configured per kind)', () => {
    const points = clockPoints(s136({ warningFractions: [0.25, 0.995] }));
    expect(keys(points)).toEqual(['25', '99.5', 'expiry']);
    expect(clockPointKey({ type: 'warning', fraction: 0.9999 })).toBe('99.99');
  });

  it('s136B: an extended clock warns across its extension only, ending at the new expiry', () => {
    const extended = extendPlaceOfSafetyDetention(placeOfSafetyClock('s136', T), {
      authorisedAt: at(20),
      authorisedByDoctorId: 'doctor-1',
      hours: 12,
      reason: 'intoxication',
      atPoliceStation: false,
    });
    if (!extended.ok) throw new Error(extended.reason);
    const points = clockPoints(stored(extended.clock, { timingChangedAt: at(20) }));
    expect(points.map((p) => p.at.toISOString())).toEqual([at(30), at(33), at(34.8), at(36)].map((d) => d.toISOString()));
    expect(toLegalClock(stored(extended.clock)).extension?.originalExpiresAt).toEqual(at(24));
  });

  it('an ended clock has no points', () => {
    expect(clockPoints(stored(endClock(placeOfSafetyClock('s136', T), at(5), 'Admitted under s2')))).toEqual([]);
  });
});

describe('pendingPoints: which timers must exist now', () => {
  const none = new Set<string>();

  it('a clock recorded when it starts needs all four', () => {
    expect(keys(pendingPoints(s136(), at(0), none))).toEqual(['50', '75', '90', 'expiry']);
  });

  it('a warning already past when the clock was recorded is not alerted (arrival 23 h before the referral)', () => {
    expect(keys(pendingPoints(s136({ timingChangedAt: at(23) }), at(23), none))).toEqual(['expiry']);
  });

  it('an expiry already past when the clock was recorded fires at once (arrival 25 h before)', () => {
    const clock = s136({ timingChangedAt: at(25) });
    const [expiry] = pendingPoints(clock, at(25), none);
    expect(expiry).toMatchObject({ key: 'expiry', at: at(24) });
    expect(pendingPoints(clock, at(25), new Set([firedKey(clock.id, 'expiry', at(24))]))).toEqual([]);
  });

  it('timers lost with Redis: the latest point reached and not yet alerted comes back with the future ones', () => {
    const clock = s136();
    const fired = new Set([firedKey(clock.id, '50', at(12))]);
    expect(keys(pendingPoints(clock, at(19), fired))).toEqual(['75', '90', 'expiry']);
    expect(keys(pendingPoints(clock, at(19), new Set([...fired, firedKey(clock.id, '75', at(18))])))).toEqual(['90', 'expiry']);
    // Two points missed: only the later one is worth saying.
    expect(keys(pendingPoints(clock, at(22), fired))).toEqual(['90', 'expiry']);
  });

  it('nothing for an ended clock or a closed referral', () => {
    expect(pendingPoints(stored(endClock(placeOfSafetyClock('s136', T), at(5), 'Released')), at(6), none)).toEqual([]);
    expect(pendingPoints(s136(), at(1), none, false)).toEqual([]);
  });

  it('a warning is superseded once a later point has been reached', () => {
    const [fifty] = clockPoints(s136());
    expect(isSuperseded(s136(), fifty, at(12.5))).toBe(false);
    expect(isSuperseded(s136(), fifty, at(18))).toBe(true);
  });
});

describe('warningLevelView: how the board marks a clock', () => {
  it.each([
    [11.9, 'none'],
    [12, '50'],
    [18, '75'],
    [21.6, '90'],
    [24, 'expired'],
    [30, 'expired'],
  ])('s136 at %s h: %s', (hours, level) => {
    expect(warningLevelView(s136(), at(hours))).toBe(level);
  });

  it('shows a configured point as the nearest of 50/75/90 at or below it', () => {
    const clock = s136({ warningFractions: [0.25, 0.95] });
    expect(warningLevelView(clock, at(7))).toBe('none');
    expect(warningLevelView(clock, at(23))).toBe('90');
  });

  it('an ended clock is not marked', () => {
    expect(warningLevelView(stored(endClock(s5_4Clock(T), at(1), 'Doctor arrived')), at(7))).toBe('none');
  });
});
