import { bankHolidaysBetween, bankHolidaysFor, fixedBankHolidays } from './bank-holidays';

describe('bank holidays of England and Wales (maintained source: date-holidays)', () => {
  const england = bankHolidaysFor('ENG');
  const wales = bankHolidaysFor('WLS');

  it.each([
    ['2026-01-01', "New Year's Day"],
    ['2026-04-03', 'Good Friday'],
    ['2026-04-06', 'Easter Monday'],
    ['2026-05-04', 'Early May bank holiday'],
    ['2026-05-25', 'Spring bank holiday'],
    ['2026-08-31', 'Summer bank holiday'],
    ['2026-12-25', 'Christmas Day'],
    ['2026-12-28', 'Boxing Day (substitute day)'],
    ['2027-01-01', "New Year's Day"],
    ['2027-12-27', 'Christmas Day (substitute day)'],
    ['2027-12-28', 'Boxing Day (substitute day)'],
  ])('%s is a bank holiday in England and in Wales (%s)', (date, name) => {
    expect(england.nameOf(date)).toBe(name);
    expect(wales.nameOf(date)).toBe(name);
    expect(england.isBankHoliday(date)).toBe(true);
  });

  it.each([
    ['2026-03-15', "Mother's Day is an observance, not a day off"],
    ['2026-04-05', 'Easter Sunday is an observance'],
    ['2026-01-02', '2 January is a bank holiday in Scotland only'],
    ['2026-12-24', 'Christmas Eve is a working day'],
    ['2026-12-29', 'the day after the Boxing Day substitute is a working day'],
  ])('%s is not a bank holiday in England (%s)', (date) => {
    expect(england.isBankHoliday(date)).toBe(false);
    expect(england.nameOf(date)).toBeUndefined();
  });

  it('carries days proclaimed one-off (2022: Platinum Jubilee, state funeral)', () => {
    expect(england.isBankHoliday('2022-06-03')).toBe(true);
    expect(england.isBankHoliday('2022-09-19')).toBe(true);
  });

  it('lists the holidays between two dates: Christmas and New Year 2026/27', () => {
    expect(bankHolidaysBetween(england, '2026-12-20', '2027-01-05').map((h) => h.date)).toEqual([
      '2026-12-25',
      '2026-12-26',
      '2026-12-28',
      '2027-01-01',
    ]);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => england.isBankHoliday('25/12/2026')).toThrow(RangeError);
  });

  it('a fixed calendar (tests, local closures) answers from its own list', () => {
    const local = fixedBankHolidays({ '2026-07-01': 'Council closure' });
    expect(local.isBankHoliday('2026-07-01')).toBe(true);
    expect(local.nameOf('2026-07-01')).toBe('Council closure');
    expect(local.isBankHoliday('2026-12-25')).toBe(false);
  });
});
