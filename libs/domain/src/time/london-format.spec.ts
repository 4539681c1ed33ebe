import { formatCountdown, formatDuration, formatLondon, formatLondonDate, formatLondonDateTime, formatLondonTime } from './london-format';

const at = (iso: string) => new Date(iso);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('formatting London times', () => {
  it.each([
    ['winter', '2026-01-15T14:05:00Z', 'Thu 15 Jan 2026, 14:05 GMT'],
    ['summer', '2026-07-15T14:05:00Z', 'Wed 15 Jul 2026, 15:05 BST'],
    ['just before the spring change', '2026-03-29T00:59:00Z', 'Sun 29 Mar 2026, 00:59 GMT'],
    ['just after the spring change', '2026-03-29T01:00:00Z', 'Sun 29 Mar 2026, 02:00 BST'],
    ['first 01:30 on the autumn change night', '2026-10-25T00:30:00Z', 'Sun 25 Oct 2026, 01:30 BST'],
    ['second 01:30 on the autumn change night', '2026-10-25T01:30:00Z', 'Sun 25 Oct 2026, 01:30 GMT'],
    ['BST midnight is the next London day', '2026-07-01T23:00:00Z', 'Thu 2 Jul 2026, 00:00 BST'],
  ])('%s: %s reads "%s"', (_case, iso, text) => {
    expect(formatLondonDateTime(at(iso))).toBe(text);
  });

  it('formats with any date-fns pattern in London time', () => {
    expect(formatLondon(at('2026-07-01T23:30:00Z'), 'yyyy-MM-dd HH:mm')).toBe('2026-07-02 00:30');
    expect(formatLondonDate(at('2026-07-01T23:30:00Z'))).toBe('2 Jul 2026');
    expect(formatLondonTime(at('2026-07-01T23:30:00Z'))).toBe('00:30');
  });
});

describe('durations and countdowns', () => {
  it.each([
    ['24 hours', 24 * HOUR, '24 h 00 m'],
    ['23 h 04 m 59 s rounds down', 23 * HOUR + 4 * MIN + 59_000, '23 h 04 m'],
    ['under a minute', 59_000, '0 h 00 m'],
    ['72 hours still reads in hours', 72 * HOUR, '72 h 00 m'],
    ['just over 72 hours reads in days', 72 * HOUR + MIN, '3 d 00 h'],
    ['27 days 13 hours', (27 * 24 + 13) * HOUR + 59 * MIN, '27 d 13 h'],
    ['negative durations read as their size', -(HOUR + 2 * MIN), '1 h 02 m'],
  ])('%s: %s', (_case, ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([
    ['time remaining', 23 * HOUR + 4 * MIN + 30_000, '23 h 04 m'],
    ['one millisecond left', 1, '0 h 00 m'],
    ['at the instant of expiry the power has lapsed', 0, 'overdue 0 h 00 m'],
    ['overdue', -(HOUR + 2 * MIN + 30_000), 'overdue 1 h 02 m'],
    ['long overdue', -(4 * 24 * HOUR + 5 * HOUR), 'overdue 4 d 05 h'],
  ])('%s: %s', (_case, ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});
