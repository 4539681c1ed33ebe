import {
  addLondonCalendarDays,
  addLondonDays,
  addLondonMonths,
  clearDaysBetween,
  hasAttainedAge,
  hasLastedMonths,
  isWithinPeriod,
  londonDaysBetween,
  periodBeginningWith,
  periodEndingWith,
} from './london-calendar';

const at = (iso: string) => new Date(iso);

describe('adding London calendar days', () => {
  it.each([
    ['plain date', '2026-01-31', 1, '2026-02-01'],
    ['across the spring change', '2026-03-28', 2, '2026-03-30'],
    ['back across the autumn change', '2026-10-26', -2, '2026-10-24'],
    ['year end', '2026-12-30', 3, '2027-01-02'],
  ])('%s: %s + %d days = %s', (_case, from, days, expected) => {
    expect(addLondonDays(from, days)).toBe(expected);
  });

  it('takes the London date of an instant (00:30 BST on 2 July is 2 July)', () => {
    expect(addLondonDays(at('2026-07-01T23:30:00Z'), 1)).toBe('2026-07-03');
  });

  it.each([
    ['keeps 14:00 across the spring change (23 real hours)', '2026-03-28T14:00:00Z', 1, '2026-03-29T13:00:00.000Z', 23],
    ['keeps 14:00 across the autumn change (25 real hours)', '2026-10-24T13:00:00Z', 1, '2026-10-25T14:00:00.000Z', 25],
    ['an ordinary day is 24 real hours', '2026-06-10T08:00:00Z', 1, '2026-06-11T08:00:00.000Z', 24],
    ['a week across the spring change keeps 09:15', '2026-03-25T09:15:00Z', 7, '2026-04-01T08:15:00.000Z', 167],
    ['going backwards across the autumn change', '2026-10-26T10:00:00Z', -1, '2026-10-25T10:00:00.000Z', -24],
  ])('%s', (_case, from, days, expected, hours) => {
    const result = addLondonCalendarDays(at(from), days);
    expect(result.toISOString()).toBe(expected);
    expect((result.getTime() - at(from).getTime()) / 3_600_000).toBe(hours);
  });

  it.each([
    ['1 January + 6 months', '2026-01-01', 6, '2026-07-01'],
    ['31 August + 6 months clamps to February', '2026-08-31', 6, '2027-02-28'],
    ['31 August + 6 months in a leap year', '2027-08-31', 6, '2028-02-29'],
    ['31 January + 1 month', '2026-01-31', 1, '2026-02-28'],
    ['15 March + 3 months', '2026-03-15', 3, '2026-06-15'],
    ['60 months (five years)', '2021-05-20', 60, '2026-05-20'],
    ['minus one month', '2026-03-31', -1, '2026-02-28'],
  ])('%s: %s + %d = %s', (_case, from, months, expected) => {
    expect(addLondonMonths(from, months)).toBe(expected);
  });
});

describe('counting days (shared by s6, s11(5) and s12(1))', () => {
  it.each([
    ['same day', '2026-03-01', '2026-03-01', 0, 0],
    ['next day', '2026-03-01', '2026-03-02', 1, 0],
    ['1st and 7th: five clear days (2nd-6th)', '2026-03-01', '2026-03-07', 6, 5],
    ['1st and 8th: six clear days', '2026-03-01', '2026-03-08', 7, 6],
    ['reverse order counts the same clear days', '2026-03-07', '2026-03-01', -6, 5],
    ['across the spring change (a 23-hour day is still a day)', '2026-03-27', '2026-04-02', 6, 5],
    ['across the autumn change (a 25-hour day is still a day)', '2026-10-23', '2026-10-29', 6, 5],
    ['across a month end', '2026-01-29', '2026-02-04', 6, 5],
    ['across a leap day', '2028-02-26', '2028-03-03', 6, 5],
  ])('%s: %s to %s', (_case, a, b, between, clear) => {
    expect(londonDaysBetween(a, b)).toBe(between);
    expect(clearDaysBetween(a, b)).toBe(clear);
  });

  it('counts instants by their London day: 23:30 UTC on 30 June is 1 July in London', () => {
    expect(clearDaysBetween(at('2026-06-30T23:30:00Z'), at('2026-07-07T12:00:00Z'))).toBe(5);
    expect(clearDaysBetween(at('2026-06-30T22:30:00Z'), at('2026-07-07T12:00:00Z'))).toBe(6);
  });
});

describe('periods beginning with / ending with a day', () => {
  it.each([
    ['28 days beginning with 1 March (s2) end at GMT midnight, before the change at 01:00', '2026-03-01', 28, '2026-03-28', '2026-03-29T00:00:00.000Z'],
    ['28 days beginning with 10 March end after the spring change', '2026-03-10', 28, '2026-04-06', '2026-04-06T23:00:00.000Z'],
    ['28 days beginning with 1 October end after the autumn change', '2026-10-01', 28, '2026-10-28', '2026-10-29T00:00:00.000Z'],
    ['14 days beginning with 20 March (s6(1)(a))', '2026-03-20', 14, '2026-04-02', '2026-04-02T23:00:00.000Z'],
    ['14 days beginning with 25 December cross the year end', '2026-12-25', 14, '2027-01-07', '2027-01-08T00:00:00.000Z'],
    ['1 day beginning with a day is that day', '2026-10-25', 1, '2026-10-25', '2026-10-26T00:00:00.000Z'],
  ])('%s', (_case, first, days, last, endsAt) => {
    const period = periodBeginningWith(first, days);
    expect(period.firstDay).toBe(first);
    expect(period.lastDay).toBe(last);
    expect(period.endsAt.toISOString()).toBe(endsAt);
  });

  it.each([
    ['14 days ending with 15 March (s11(5))', '2026-03-15', 14, '2026-03-02'],
    ['14 days ending with 5 April cross the spring change', '2026-04-05', 14, '2026-03-23'],
    ['14 days ending with 1 March in a leap year', '2028-03-01', 14, '2028-02-17'],
  ])('%s begin on %s', (_case, last, days, first) => {
    const period = periodEndingWith(last, days);
    expect(period.firstDay).toBe(first);
    expect(period.lastDay).toBe(last);
  });

  it.each([
    ['the first day', '2026-03-02', true],
    ['the last day', '2026-03-15', true],
    ['the day before', '2026-03-01', false],
    ['the day after', '2026-03-16', false],
  ])('14 days ending with 15 March include %s (%s): %p', (_case, day, inside) => {
    expect(isWithinPeriod(periodEndingWith('2026-03-15', 14), day)).toBe(inside);
  });

  it('uses London days for instants: 23:30 UTC on 15 March (GMT) is still 15 March', () => {
    const period = periodEndingWith('2026-03-15', 14);
    expect(isWithinPeriod(period, at('2026-03-15T23:30:00Z'))).toBe(true);
    expect(isWithinPeriod(period, at('2026-03-16T00:00:00Z'))).toBe(false);
  });

  it.each([[0], [-1], [1.5]])('refuses a period of %p days', (days) => {
    expect(() => periodBeginningWith('2026-03-01', days)).toThrow(RangeError);
  });
});

describe('ages and durations (s26)', () => {
  it.each([
    ['the day before the 18th birthday', '2008-05-20', '2026-05-19', false],
    ['on the 18th birthday', '2008-05-20', '2026-05-20', true],
    ['born 29 February: not yet on 28 February', '2008-02-29', '2026-02-28', false],
    ['born 29 February: attains it on 1 March', '2008-02-29', '2026-03-01', true],
  ])('%s: born %s, on %s, 18+? %p', (_case, dob, on, adult) => {
    expect(hasAttainedAge(dob, 18, on)).toBe(adult);
  });

  it('born 29 February: a birthday that falls in a leap year is on the 29th', () => {
    expect(hasAttainedAge('2024-02-29', 4, '2028-02-28')).toBe(false);
    expect(hasAttainedAge('2024-02-29', 4, '2028-02-29')).toBe(true);
  });

  it.each([
    ['six months from 1 January is 1 July', '2026-01-01', 6, '2026-07-01', true],
    ['one day short', '2026-01-01', 6, '2026-06-30', false],
    ['five years', '2021-05-20', 60, '2026-05-20', true],
    ['five years less a day', '2021-05-20', 60, '2026-05-19', false],
  ])('%s', (_case, since, months, until, lasted) => {
    expect(hasLastedMonths(since, months, until)).toBe(lasted);
  });
});
