import { calendarMonth, calendarMonthOf, financialYear, financialYearOf, isInReportingPeriod, monthsOf, parseFinancialYear } from './reporting-periods';

describe('financial years, 1 April to 31 March in London time', () => {
  it('2024-25 runs from London midnight on 1 April 2024 (BST) to London midnight after 31 March 2025 (BST)', () => {
    const year = financialYear(2024);
    expect(year).toMatchObject({ kind: 'financial_year', label: '2024-25', name: 'April 2024 to March 2025', firstDay: '2024-04-01', lastDay: '2025-03-31' });
    expect(year.startsAt.toISOString()).toBe('2024-03-31T23:00:00.000Z');
    expect(year.endsAt.toISOString()).toBe('2025-03-31T23:00:00.000Z');
  });

  it.each([
    ['2025-03-31', '2024-25'],
    ['2025-04-01', '2025-26'],
    ['2026-01-15', '2025-26'],
    ['1999-12-31', '1999-00'],
  ])('%s falls in %s', (day, label) => {
    expect(financialYearOf(day).label).toBe(label);
  });

  it('an instant is placed by its London day: 00:30 BST on 1 April 2025 is 23:30 UTC on 31 March, in 2025-26', () => {
    const instant = new Date('2025-03-31T23:30:00Z');
    expect(financialYearOf(instant).label).toBe('2025-26');
    expect(isInReportingPeriod(instant, financialYear(2025))).toBe(true);
    expect(isInReportingPeriod(instant, financialYear(2024))).toBe(false);
    expect(isInReportingPeriod(new Date('2025-03-31T22:59:59.999Z'), financialYear(2024))).toBe(true);
  });

  it.each([
    ['2024-25', '2024-25'],
    ['2024/25', '2024-25'],
    ['2099-00', '2099-00'],
    ['2024-26', null],
    ['24-25', null],
  ])('reads "%s"', (text, label) => {
    expect(parseFinancialYear(text)?.label ?? null).toBe(label);
  });

  it('a financial year is twelve months, April to March', () => {
    const months = monthsOf(financialYear(2024));
    expect(months.map((m) => m.label)).toEqual([
      '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03',
    ]);
    expect(months[0].startsAt).toEqual(financialYear(2024).startsAt);
    expect(months[11].endsAt).toEqual(financialYear(2024).endsAt);
  });
});

describe('calendar months in London time', () => {
  it('October 2025 is 744 hours and one more: the clocks go back on the 26th', () => {
    const october = calendarMonth(2025, 10);
    expect(october).toMatchObject({ label: '2025-10', name: 'October 2025', firstDay: '2025-10-01', lastDay: '2025-10-31' });
    expect(october.startsAt.toISOString()).toBe('2025-09-30T23:00:00.000Z');
    expect(october.endsAt.toISOString()).toBe('2025-11-01T00:00:00.000Z');
    expect((october.endsAt.getTime() - october.startsAt.getTime()) / 3_600_000).toBe(745);
  });

  it('February in a leap year ends on the 29th', () => {
    expect(calendarMonth(2028, 2).lastDay).toBe('2028-02-29');
    expect(calendarMonthOf('2028-02-15').label).toBe('2028-02');
  });

  it('refuses a month that is not 1 to 12 and a date that is not a date', () => {
    expect(() => calendarMonth(2025, 13)).toThrow(/month must be 1 to 12/);
    expect(() => financialYearOf('2025-02-30')).toThrow(/Not a calendar date/);
  });
});
