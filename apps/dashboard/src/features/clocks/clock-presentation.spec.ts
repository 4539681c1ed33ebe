import { ClockWarningLevelView } from '@amhp/contracts';
import { clockWarningLevel, extendPlaceOfSafetyDetention, LegalClock, placeOfSafetyClock, s2Clock, s5_4Clock } from '@amhp/domain';
import fc from 'fast-check';
import { clockView } from '../../test/clock-fixtures';
import { formatClockDuration, liveWarningLevel, presentClock, sortClocks } from './clock-presentation';

const H = 3_600_000;
const M = 60_000;
const at = (iso: string) => Date.parse(iso);

describe('clock presentation at each warning point (issue 3: 50%, 75%, 90%, expiry)', () => {
  // s136(2A): 24 hours from arrival at the place of safety, 06:00 GMT on Wed 25 Nov 2026.
  const s136 = clockView(placeOfSafetyClock('s136', new Date('2026-11-25T06:00:00Z')));

  it.each<[string, string, ClockWarningLevelView, string, string]>([
    ['just started', '2026-11-25T06:00:01Z', 'none', 'Running', '23 h 59 m left'],
    ['a second before half', '2026-11-25T17:59:59Z', 'none', 'Running', '12 h 00 m left'],
    ['half elapsed (12 h)', '2026-11-25T18:00:00Z', '50', 'Half elapsed', '12 h 00 m left'],
    ['75% (18 h), across midnight', '2026-11-26T00:00:00Z', '75', 'Under 25% left', '6 h 00 m left'],
    ['90% (21 h 36 m)', '2026-11-26T03:36:00Z', '90', 'Under 10% left', '2 h 24 m left'],
    ['the last minute', '2026-11-26T05:59:30Z', '90', 'Under 10% left', '30 s left'],
    ['expiry', '2026-11-26T06:00:00Z', 'expired', 'Overdue', '0 s over'],
    ['past expiry', '2026-11-26T07:05:00Z', 'expired', 'Overdue', '1 h 05 m over'],
  ])('s136(2A) %s', (_, now, level, stateText, text) => {
    expect(presentClock(s136, at(now))).toMatchObject({ level, stateText, text });
  });

  it('maps each level to its own tone, so colour follows the words', () => {
    const tones = ['2026-11-25T07:00:00Z', '2026-11-25T18:00:00Z', '2026-11-26T00:00:00Z', '2026-11-26T03:36:00Z', '2026-11-26T06:00:00Z'].map(
      (now) => presentClock(s136, at(now)).tone,
    );
    expect(tones).toEqual(['ok', 'half', 'warning', 'critical', 'overdue']);
  });

  it('keeps a higher level the server reported (its clock or a configured point), never a lower one', () => {
    expect(liveWarningLevel({ ...s136, warningLevel: '75' }, at('2026-11-25T07:00:00Z'))).toBe('75');
    expect(liveWarningLevel({ ...s136, warningLevel: '50' }, at('2026-11-26T04:00:00Z'))).toBe('90');
  });

  it('shows an ended clock as Ended, whatever its expiry', () => {
    const ended = clockView(s5_4Clock(new Date('2026-11-25T08:00:00Z')), { status: 'ended' });
    expect(presentClock(ended, at('2026-11-25T20:00:00Z'))).toMatchObject({ tone: 'ended', stateText: 'Ended' });
  });

  it('s136B: an extended detention warns across its extension, from the original 24-hour expiry', () => {
    const decision = extendPlaceOfSafetyDetention(placeOfSafetyClock('s136', new Date('2026-11-25T06:00:00Z')), {
      authorisedAt: new Date('2026-11-26T04:00:00Z'),
      authorisedByDoctorId: 'doctor-1',
      hours: 12,
      reason: 'intoxication',
      atPoliceStation: false,
    });
    if (!decision.ok) throw new Error(decision.reason);
    const extended = clockView(decision.clock);
    expect(extended.extended).toBe(true);
    // 29 h into 36 h is 80% of the whole, but only 5 h into the 12-hour extension.
    expect(presentClock(extended, at('2026-11-26T11:00:00Z'))).toMatchObject({ level: 'none', text: '7 h 00 m left' });
    expect(presentClock(extended, at('2026-11-26T12:00:00Z')).level).toBe('50');
    expect(presentClock(extended, at('2026-11-26T18:00:00Z')).level).toBe('expired');
  });

  it('agrees with the domain’s warning points for any moment of any clock (property)', () => {
    const LEVEL_OF: Record<string, ClockWarningLevelView> = { '50%': '50', '75%': '75', '90%': '90', expiry: 'expired' };
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        fc.constantFrom<(d: Date) => LegalClock>((d) => placeOfSafetyClock('s136', d), s5_4Clock, (d) => s2Clock(d)),
        fc.integer({ min: -H, max: 40 * 24 * H }),
        (startMinute, make, offset) => {
          const clock = make(new Date(start + startMinute * M));
          const now = clock.startsAt.getTime() + offset;
          const domain = clockWarningLevel(clock, new Date(now));
          const expected = domain.reached ? LEVEL_OF[domain.reached.label] : 'none';
          expect(liveWarningLevel(clockView(clock), now)).toBe(expected);
        },
      ),
    );
  });
});

describe('clock durations', () => {
  it('reads in days and hours from three days, hours and minutes from an hour, then seconds', () => {
    expect(formatClockDuration(27 * 24 * H + 4 * H + 59 * M)).toBe('27 d 04 h');
    expect(formatClockDuration(3 * 24 * H)).toBe('3 d 00 h');
    expect(formatClockDuration(71 * H + 59 * M)).toBe('71 h 59 m');
    expect(formatClockDuration(59 * M + 5_000)).toBe('59 m 05 s');
    expect(formatClockDuration(-5)).toBe('0 s');
  });

  it('s2(4) across the spring change: 28 days from admission on 20 Mar 2026 end at London midnight after 16 Apr (23:00 UTC)', () => {
    const s2 = clockView(s2Clock(new Date('2026-03-20T15:00:00Z')));
    expect(s2.expiresAt).toBe('2026-04-16T23:00:00.000Z');
    // Real elapsed time, not wall-clock: 11 hours from 12:00 UTC (13:00 BST) to the end of the day.
    expect(presentClock(s2, at('2026-04-16T12:00:00Z'))).toMatchObject({ text: '11 h 00 m left', level: '90' });
  });
});

describe('clock order', () => {
  it('puts running clocks first, soonest expiry on top, then ended ones', () => {
    const a = clockView(s5_4Clock(new Date('2026-11-25T08:00:00Z')));
    const b = clockView(placeOfSafetyClock('s136', new Date('2026-11-25T06:00:00Z')));
    const c = clockView(s5_4Clock(new Date('2026-11-25T01:00:00Z')), { status: 'ended' });
    expect(sortClocks([b, c, a]).map((x) => x.id)).toEqual([a.id, b.id, c.id]);
  });
});
