import fc from 'fast-check';
import { coveredMs, intervalsContain } from '../intervals/interval-sets';
import {
  availableIntervals,
  DoctorAvailability,
  hasDeclaredAvailability,
  isDoctorAvailableAt,
  isDoctorAvailableThroughout,
  londonWallClockInterval,
  nextAvailableAt,
  validateDoctorAvailability,
  WEEKLY_AVAILABILITY_PRESETS,
  weeklyWindowOccurrences,
} from './doctor-availability';

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;
const range = (from: string, to: string) => ({ from: at(from), to: at(to) });
const iso = (list: { from: Date; to: Date }[]) => list.map((i) => [i.from.toISOString(), i.to.toISOString()]);
const nights: DoctorAvailability = { weekly: WEEKLY_AVAILABILITY_PRESETS.nights.windows };

describe('weekly windows in London wall-clock time, across the clock changes', () => {
  it.each([
    ['28 March 2026 (clocks go forward): 22:00 GMT to 09:00 BST is 10 h', '2026-03-28T22:00:00Z', '2026-03-29T08:00:00Z', 10],
    ['24 October 2026 (clocks go back): 22:00 BST to 09:00 GMT is 12 h', '2026-10-24T21:00:00Z', '2026-10-25T09:00:00Z', 12],
    ['27 March 2027 (clocks go forward)', '2027-03-27T22:00:00Z', '2027-03-28T08:00:00Z', 10],
    ['30 October 2027 (clocks go back)', '2027-10-30T21:00:00Z', '2027-10-31T09:00:00Z', 12],
    ['an ordinary winter night: 11 h', '2026-01-10T22:00:00Z', '2026-01-11T09:00:00Z', 11],
  ])('the night of %s', (_label, from, to, hours) => {
    const [night] = availableIntervals(nights, { from: at(from), to: at(to) });
    expect(iso([night])).toEqual([[from.replace('Z', '.000Z'), to.replace('Z', '.000Z')]]);
    expect((night.to.getTime() - night.from.getTime()) / HOUR).toBe(hours);
    expect(isDoctorAvailableAt(nights, new Date(at(to).getTime() - 1))).toBe(true);
    expect(isDoctorAvailableAt(nights, at(to))).toBe(false);
  });

  it('a whole-day window (00:00–00:00) on the Sunday the clocks go forward is 23 real hours, on the Sunday they go back 25', () => {
    const sunday = { weekly: [{ weekdays: [7] as const, from: '00:00', to: '00:00' }] };
    expect(coveredMs(availableIntervals(sunday, range('2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z'))) / HOUR).toBe(23);
    expect(coveredMs(availableIntervals(sunday, range('2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z'))) / HOUR).toBe(25);
  });

  it('a window starting in the hour that never happens (01:30 on 29 March 2026) starts at 02:30 BST', () => {
    const w = { weekly: [{ weekdays: [7] as const, from: '01:30', to: '04:00' }] };
    expect(iso(availableIntervals(w, range('2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z')))).toEqual([['2026-03-29T01:30:00.000Z', '2026-03-29T03:00:00.000Z']]);
  });

  it('a window wholly inside the skipped hour (01:00–02:00 on 28 March 2027) does not happen', () => {
    const w = { weekly: [{ weekdays: [7] as const, from: '01:00', to: '02:00' }] };
    expect(availableIntervals(w, range('2027-03-28T00:00:00Z', '2027-03-29T00:00:00Z'))).toEqual([]);
  });

  it('a window over the repeated hour (01:00–02:00 on 25 October 2026) lasts two real hours: first 01:00 to the GMT 02:00', () => {
    const w = { weekly: [{ weekdays: [7] as const, from: '01:00', to: '02:00' }] };
    expect(iso(availableIntervals(w, range('2026-10-25T00:00:00Z', '2026-10-26T00:00:00Z')))).toEqual([['2026-10-25T00:00:00.000Z', '2026-10-25T02:00:00.000Z']]);
  });

  it('a window crossing midnight belongs to the day it starts on', () => {
    const mondayLate = { weekly: [{ weekdays: [1] as const, from: '20:00', to: '02:00' }] };
    expect(isDoctorAvailableAt(mondayLate, at('2026-01-13T01:00:00Z'))).toBe(true); // Tuesday 01:00
    expect(isDoctorAvailableAt(mondayLate, at('2026-01-12T01:00:00Z'))).toBe(false); // Monday 01:00 (Sunday has no window)
    expect(isDoctorAvailableAt(mondayLate, at('2026-01-12T23:59:00Z'))).toBe(true);
  });

  it('a range starting mid-window includes the part of a window begun the day before', () => {
    expect(iso(weeklyWindowOccurrences(nights.weekly!, range('2026-01-11T03:00:00Z', '2026-01-11T12:00:00Z')))).toEqual([['2026-01-11T03:00:00.000Z', '2026-01-11T09:00:00.000Z']]);
  });

  it('the presets: in hours on a Wednesday in summer are 08:00–16:00 UTC', () => {
    const inHours = { weekly: WEEKLY_AVAILABILITY_PRESETS.in_hours.windows };
    expect(iso(availableIntervals(inHours, range('2026-07-15T00:00:00Z', '2026-07-16T00:00:00Z')))).toEqual([['2026-07-15T08:00:00.000Z', '2026-07-15T16:00:00.000Z']]);
    expect(isDoctorAvailableAt(inHours, at('2026-07-18T10:00:00Z'))).toBe(false); // Saturday
  });
});

describe('one-off windows, available now, and unavailable periods', () => {
  it('reads a one-off window typed in London time across the spring change', () => {
    expect(iso([londonWallClockInterval('2026-03-28T20:00', '2026-03-29T08:00')])).toEqual([['2026-03-28T20:00:00.000Z', '2026-03-29T07:00:00.000Z']]);
    expect(() => londonWallClockInterval('2026-03-29T08:00', '2026-03-28T20:00')).toThrow(RangeError);
    expect(() => londonWallClockInterval('2026-02-30T08:00', '2026-03-01T20:00')).toThrow(RangeError);
  });

  it('merges one-off windows, "available now" and weekly windows, then takes out unavailable periods', () => {
    const a: DoctorAvailability = {
      weekly: nights.weekly,
      oneOff: [londonWallClockInterval('2026-01-10T14:00', '2026-01-10T18:00')],
      availableNow: { from: at('2026-01-10T09:30:00Z'), until: at('2026-01-10T12:00:00Z') },
      unavailable: [londonWallClockInterval('2026-01-10T23:00', '2026-01-11T01:00')],
    };
    expect(iso(availableIntervals(a, range('2026-01-10T09:00:00Z', '2026-01-11T09:00:00Z')))).toEqual([
      ['2026-01-10T09:30:00.000Z', '2026-01-10T12:00:00.000Z'],
      ['2026-01-10T14:00:00.000Z', '2026-01-10T18:00:00.000Z'],
      ['2026-01-10T22:00:00.000Z', '2026-01-10T23:00:00.000Z'],
      ['2026-01-11T01:00:00.000Z', '2026-01-11T09:00:00.000Z'],
    ]);
    expect(isDoctorAvailableAt(a, at('2026-01-11T00:00:00Z'))).toBe(false);
    expect(isDoctorAvailableThroughout(a, range('2026-01-10T14:30:00Z', '2026-01-10T17:30:00Z'))).toBe(true);
    expect(isDoctorAvailableThroughout(a, range('2026-01-10T22:30:00Z', '2026-01-11T00:30:00Z'))).toBe(false);
    expect(nextAvailableAt(a, at('2026-01-10T12:00:00Z'))?.toISOString()).toBe('2026-01-10T14:00:00.000Z');
    expect(nextAvailableAt({}, at('2026-01-10T12:00:00Z'))).toBeNull();
  });

  it('knows whether anything was declared', () => {
    expect(hasDeclaredAvailability(null)).toBe(false);
    expect(hasDeclaredAvailability({ unavailable: [londonWallClockInterval('2026-01-10T23:00', '2026-01-11T01:00')] })).toBe(false);
    expect(hasDeclaredAvailability(nights)).toBe(true);
  });

  it('validates a declaration field by field', () => {
    expect(validateDoctorAvailability(nights)).toEqual([]);
    expect(
      validateDoctorAvailability({
        weekly: [{ weekdays: [], from: '9:00', to: '24:00' }],
        oneOff: [{ from: at('2026-01-10T10:00:00Z'), to: at('2026-01-10T10:00:00Z') }],
        availableNow: { from: at('2026-01-10T10:00:00Z'), until: at('2026-01-10T09:00:00Z') },
      }),
    ).toEqual([
      'weekly[0].weekdays: choose at least one day',
      'weekly[0].from: a time is HH:mm',
      'weekly[0].to: a time is HH:mm',
      'oneOff[0]: must end after it starts',
      'availableNow.until: must be after now',
    ]);
  });
});

describe('properties', () => {
  const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const weekday = fc.integer({ min: 1, max: 7 }) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6 | 7>;
  const window = fc.record({ weekdays: fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }), from: hhmm, to: hhmm });
  // Ranges around both 2026 clock changes.
  const start = fc.constantFrom(at('2026-03-27T00:00:00Z').getTime(), at('2026-10-23T00:00:00Z').getTime());
  const offsetMs = fc.integer({ min: 0, max: 4 * 24 * 60 }).map((m) => m * 60_000);
  const span = fc.tuple(start, offsetMs, fc.integer({ min: 1, max: 12 * 60 })).map(([s, o, len]) => ({ from: new Date(s + o), to: new Date(s + o + len * 60_000) }));
  const availability = fc.record({ weekly: fc.array(window, { maxLength: 3 }), unavailable: fc.array(span, { maxLength: 2 }), oneOff: fc.array(span, { maxLength: 2 }) });

  it('available at an instant exactly when the instant is inside the available intervals of any range holding it', () => {
    fc.assert(
      fc.property(availability, start, offsetMs, (a, s, o) => {
        const t = new Date(s + o);
        const r = { from: new Date(s), to: new Date(s + 5 * 24 * 3_600_000) };
        expect(isDoctorAvailableAt(a, t)).toBe(intervalsContain(availableIntervals(a, r), t));
      }),
      { numRuns: 200 },
    );
  });

  it('never available during an unavailable period', () => {
    fc.assert(
      fc.property(availability, (a) => {
        for (const u of a.unavailable) {
          expect(isDoctorAvailableAt(a, u.from)).toBe(false);
          expect(isDoctorAvailableAt(a, new Date(u.to.getTime() - 1))).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
