import {
  endOfLondonDay,
  isLondonDate,
  londonDateOf,
  londonInstant,
  londonOffsetMinutes,
  londonTimeOf,
  londonZoneAbbreviation,
  shiftDate,
  startOfLondonDay,
} from './london-time';

const at = (iso: string) => new Date(iso);

describe('London calendar date of an instant', () => {
  it.each([
    ['winter, just before midnight', '2026-01-15T23:59:59.999Z', '2026-01-15', '23:59'],
    ['winter midnight', '2026-01-16T00:00:00Z', '2026-01-16', '00:00'],
    ['summer 23:30 UTC is already tomorrow in London', '2026-07-01T23:30:00Z', '2026-07-02', '00:30'],
    ['summer 22:59 UTC is still today', '2026-07-01T22:59:00Z', '2026-07-01', '23:59'],
    ['last GMT instant before the clocks go forward', '2026-03-29T00:59:59Z', '2026-03-29', '00:59'],
    ['first BST instant (01:00 GMT becomes 02:00 BST)', '2026-03-29T01:00:00Z', '2026-03-29', '02:00'],
    ['last BST instant before the clocks go back', '2026-10-25T00:59:59Z', '2026-10-25', '01:59'],
    ['first GMT instant after the clocks go back (01:00 again)', '2026-10-25T01:00:00Z', '2026-10-25', '01:00'],
    ['BST evening before the autumn change', '2026-10-24T23:30:00Z', '2026-10-25', '00:30'],
    ['2027 spring change', '2027-03-28T01:00:00Z', '2027-03-28', '02:00'],
    ['2027 autumn change', '2027-10-31T01:00:00Z', '2027-10-31', '01:00'],
    ['new year in London', '2026-12-31T23:59:00Z', '2026-12-31', '23:59'],
  ])('%s: %s is %s %s', (_case, iso, date, time) => {
    expect(londonDateOf(at(iso))).toBe(date);
    expect(londonTimeOf(at(iso))).toBe(time);
  });
});

describe('London offset and zone name', () => {
  it.each([
    ['2026-01-01T12:00:00Z', 0, 'GMT'],
    ['2026-03-29T00:59:59Z', 0, 'GMT'],
    ['2026-03-29T01:00:00Z', 60, 'BST'],
    ['2026-07-01T12:00:00Z', 60, 'BST'],
    ['2026-10-25T00:59:59Z', 60, 'BST'],
    ['2026-10-25T01:00:00Z', 0, 'GMT'],
    ['2027-03-28T01:00:00Z', 60, 'BST'],
    ['2027-10-31T01:00:00Z', 0, 'GMT'],
  ])('%s is UTC+%d minutes (%s)', (iso, offset, zone) => {
    expect(londonOffsetMinutes(at(iso))).toBe(offset);
    expect(londonZoneAbbreviation(at(iso))).toBe(zone);
  });
});

describe('London wall-clock time to an instant', () => {
  it.each([
    ['winter afternoon', '2026-01-15', '14:30', '2026-01-15T14:30:00.000Z'],
    ['summer afternoon', '2026-07-15', '14:30', '2026-07-15T13:30:00.000Z'],
    ['midnight on the spring change day', '2026-03-29', '00:00', '2026-03-29T00:00:00.000Z'],
    ['00:59 before the spring change', '2026-03-29', '00:59', '2026-03-29T00:59:00.000Z'],
    ['the skipped hour (01:30) reads as 02:30 BST', '2026-03-29', '01:30', '2026-03-29T01:30:00.000Z'],
    ['03:00 after the spring change', '2026-03-29', '03:00', '2026-03-29T02:00:00.000Z'],
    ['midnight on the autumn change day', '2026-10-25', '00:00', '2026-10-24T23:00:00.000Z'],
    ['the repeated hour (01:30) takes its first (BST) occurrence', '2026-10-25', '01:30', '2026-10-25T00:30:00.000Z'],
    ['02:00 after the autumn change', '2026-10-25', '02:00', '2026-10-25T02:00:00.000Z'],
    ['seconds and milliseconds', '2026-07-15', '09:05:07.250', '2026-07-15T08:05:07.250Z'],
    ['2027 spring change midnight', '2027-03-28', '00:00', '2027-03-28T00:00:00.000Z'],
    ['2027 autumn change repeated hour', '2027-10-31', '01:15', '2027-10-31T00:15:00.000Z'],
  ])('%s: %s %s is %s', (_case, date, time, iso) => {
    expect(londonInstant(date, time).toISOString()).toBe(iso);
  });

  it.each([['2026-02-30'], ['2026-13-01'], ['26-01-01'], ['2026-1-1'], ['']])('refuses the date %p', (date) => {
    expect(() => londonInstant(date, '00:00')).toThrow(RangeError);
  });

  it.each([['24:00'], ['12:60'], ['9:00'], ['noon']])('refuses the time %p', (time) => {
    expect(() => londonInstant('2026-01-01', time)).toThrow(RangeError);
  });

  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-4-01', false],
  ])('isLondonDate(%p) is %p', (value, expected) => {
    expect(isLondonDate(value)).toBe(expected);
  });
});

describe('London days as instants', () => {
  it.each([
    ['ordinary winter day (24 h)', '2026-01-15', '2026-01-15T00:00:00.000Z', '2026-01-16T00:00:00.000Z', 24],
    ['ordinary summer day (24 h)', '2026-07-15', '2026-07-14T23:00:00.000Z', '2026-07-15T23:00:00.000Z', 24],
    ['spring change day (23 h)', '2026-03-29', '2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z', 23],
    ['autumn change day (25 h)', '2026-10-25', '2026-10-24T23:00:00.000Z', '2026-10-26T00:00:00.000Z', 25],
    ['2027 spring change day (23 h)', '2027-03-28', '2027-03-28T00:00:00.000Z', '2027-03-28T23:00:00.000Z', 23],
    ['2027 autumn change day (25 h)', '2027-10-31', '2027-10-30T23:00:00.000Z', '2027-11-01T00:00:00.000Z', 25],
  ])('%s: %s runs from %s to %s', (_case, date, start, end, hours) => {
    expect(startOfLondonDay(date).toISOString()).toBe(start);
    expect(endOfLondonDay(date).toISOString()).toBe(end);
    expect((endOfLondonDay(date).getTime() - startOfLondonDay(date).getTime()) / 3_600_000).toBe(hours);
  });

  it('takes the London day of an instant, not its UTC day', () => {
    const lateSummerEvening = at('2026-07-01T23:30:00Z'); // 00:30 BST on 2 July
    expect(startOfLondonDay(lateSummerEvening).toISOString()).toBe('2026-07-01T23:00:00.000Z');
    expect(endOfLondonDay(lateSummerEvening).toISOString()).toBe('2026-07-02T23:00:00.000Z');
  });

  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 0, '2026-03-29'],
  ])('shiftDate(%s, %d) is %s', (date, days, expected) => {
    expect(shiftDate(date, days)).toBe(expected);
  });
});
