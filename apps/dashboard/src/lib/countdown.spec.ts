import { deadlineStatus, formatDuration, formatElapsed } from './countdown';

const EXPIRES = '2026-11-25T14:30:00.000Z';
const at = (msBefore: number) => Date.parse(EXPIRES) - msBefore;
const H = 3_600_000;
const M = 60_000;

describe('countdown wording', () => {
  it('shows hours and minutes while over an hour is left, rounding down', () => {
    expect(deadlineStatus(EXPIRES, at(2 * H + 14 * M + 59_000))).toMatchObject({ tone: 'warning', stateText: '< 4 h', text: '2 h 14 m left' });
    expect(deadlineStatus(EXPIRES, at(23 * H + 5 * M))).toMatchObject({ tone: 'ok', stateText: 'On time', text: '23 h 05 m left' });
  });

  it('counts minutes and seconds in the last hour', () => {
    expect(deadlineStatus(EXPIRES, at(59 * M + 59_000))).toMatchObject({ tone: 'critical', stateText: '< 1 h', text: '59 m 59 s left' });
    expect(deadlineStatus(EXPIRES, at(5_000))).toMatchObject({ tone: 'critical', text: '5 s left' });
  });

  it('is overdue from the instant of expiry, and says by how long', () => {
    expect(deadlineStatus(EXPIRES, at(0))).toMatchObject({ tone: 'overdue', stateText: 'Overdue', text: '0 s over' });
    expect(deadlineStatus(EXPIRES, at(-(12 * M + 30_000)))).toMatchObject({ tone: 'overdue', text: '12 m 30 s over' });
    expect(deadlineStatus(EXPIRES, at(-(3 * H + 1 * M)))).toMatchObject({ tone: 'overdue', text: '3 h 01 m over' });
  });

  it('puts the thresholds exactly at one and four hours', () => {
    expect(deadlineStatus(EXPIRES, at(H)).tone).toBe('warning');
    expect(deadlineStatus(EXPIRES, at(H - 1)).tone).toBe('critical');
    expect(deadlineStatus(EXPIRES, at(4 * H)).tone).toBe('ok');
    expect(deadlineStatus(EXPIRES, at(4 * H - 1)).tone).toBe('warning');
  });

  it('formats durations and waiting times', () => {
    expect(formatDuration(71 * H + 59 * M)).toBe('71 h 59 m');
    expect(formatElapsed(45 * M + 59_000)).toBe('45 m');
    expect(formatElapsed(3 * H + 12 * M)).toBe('3 h 12 m');
    expect(formatElapsed(52 * H)).toBe('2 d 4 h');
  });
});
