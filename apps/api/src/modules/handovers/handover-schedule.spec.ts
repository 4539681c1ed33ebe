import { londonInstant, teamConfig } from '@amhp/domain';
import { ackDueAt, boundaryAt, directionOf, latestBoundary, nextBoundary, previousBoundary } from './handover-schedule';

const north = teamConfig({ teamId: 'north', edtTeamId: 'edt' });
const at = (date: string, time = '00:00') => londonInstant(date, time);
const iso = (b: { at: Date } | null) => b?.at.toISOString() ?? null;

describe('when handovers fall due (Europe/London; domain handoverBoundaries)', () => {
  it('the next boundary after a moment: 17:00 the same working day, then 09:00 the next', () => {
    expect(iso(nextBoundary(north, at('2026-01-19', '12:00')))).toBe('2026-01-19T17:00:00.000Z');
    expect(iso(nextBoundary(north, at('2026-01-19', '17:00')))).toBe('2026-01-20T09:00:00.000Z');
  });

  it('over a weekend across the start of BST (29 March 2026): Friday 17:00 GMT to Monday 09:00 BST', () => {
    expect(iso(nextBoundary(north, at('2026-03-27', '17:00')))).toBe('2026-03-30T08:00:00.000Z');
    expect(directionOf(nextBoundary(north, at('2026-03-27', '17:00'))!)).toBe('edt-to-day');
  });

  it('the latest boundary at or before a moment (a boundary missed while the worker was down)', () => {
    expect(iso(latestBoundary(north, at('2026-01-19', '17:00')))).toBe('2026-01-19T17:00:00.000Z');
    // Sunday: Friday 17:00 was the last one.
    expect(iso(latestBoundary(north, at('2026-01-18', '12:00')))).toBe('2026-01-16T17:00:00.000Z');
    expect(directionOf(latestBoundary(north, at('2026-01-18', '12:00'))!)).toBe('day-to-edt');
  });

  it('over Christmas 2026: the boundary before 29 December 09:00 is 24 December 17:00', () => {
    expect(iso(previousBoundary(north, at('2026-12-29', '09:00')))).toBe('2026-12-24T17:00:00.000Z');
  });

  it('a boundary is recognised only where the team’s hours put one', () => {
    expect(boundaryAt(north, at('2026-01-19', '09:00'))).toMatchObject({ fromTeam: 'edt', toTeam: 'north' });
    expect(boundaryAt(north, at('2026-01-19', '10:00'))).toBeNull();
    const later = teamConfig({ teamId: 'north', edtTeamId: 'edt', dayDutyStarts: '08:30' });
    expect(boundaryAt(later, at('2026-01-19', '09:00'))).toBeNull();
  });

  it('a team with no day duty has no boundaries (EDT throughout)', () => {
    const none = { ...north, dayDutyWeekdays: [] };
    expect(nextBoundary(none, at('2026-01-19'))).toBeNull();
    expect(latestBoundary(none, at('2026-01-19'))).toBeNull();
  });

  it('acknowledgement is due the team’s minutes after the handover is made (seconds in tests)', () => {
    const made = new Date('2026-01-19T17:00:02Z');
    expect(ackDueAt(made, 30).toISOString()).toBe('2026-01-19T17:30:02.000Z');
    expect(ackDueAt(made, 30, 3).toISOString()).toBe('2026-01-19T17:00:05.000Z');
  });
});
