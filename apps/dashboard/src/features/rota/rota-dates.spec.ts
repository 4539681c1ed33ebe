import { datesOf, formatHours, mondayOf, rangeFor, rangeTitle, stepRange } from './rota-dates';

describe('rota dates (London calendar dates, no browser zone involved)', () => {
  it('a week runs Monday to Sunday, whatever day it is opened on', () => {
    expect(mondayOf('2026-03-29')).toBe('2026-03-23'); // a Sunday: the clocks go forward that night
    expect(rangeFor('week', '2026-03-23')).toMatchObject({ from: '2026-03-23', to: '2026-03-29' });
    expect(rangeTitle(rangeFor('week', '2026-03-25'))).toBe('Week of Mon 23 Mar 2026');
  });

  it('a month is shown as whole weeks around it', () => {
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    expect(rangeFor('month', '2027-02-10')).toMatchObject({ from: '2027-02-01', to: '2027-02-28' });
    const march = rangeFor('month', '2026-03-15');
    expect(march).toMatchObject({ from: '2026-02-23', to: '2026-04-05' });
    expect(datesOf(march.from, march.to)).toHaveLength(42);
    expect(rangeTitle(march)).toBe('March 2026');
  });

  it('steps by a week or a month, across the year end', () => {
    expect(stepRange(rangeFor('week', '2026-12-30'), 1)).toMatchObject({ from: '2027-01-04', to: '2027-01-10' });
    expect(stepRange(rangeFor('month', '2026-12-31'), 1).focus).toBe('2027-01-01');
    expect(stepRange(rangeFor('month', '2026-03-31'), -1).focus).toBe('2026-02-01');
  });

  it('shows hours as the rota counts them', () => {
    expect(formatHours(8)).toBe('8 h');
    expect(formatHours(15)).toBe('15 h');
    expect(formatHours(7.5)).toBe('7.5 h');
    expect(formatHours(0.25)).toBe('0.25 h');
  });
});
