import { Warrant } from './amhp-approval';
import { trainingByApprovalYear, trainingThisApprovalYear } from './training-hours';

const warrant: Warrant = { approvingCouncil: 'North Council', approvedOn: '2024-04-01', expiresOn: '2029-03-31' };

describe('refresher training: 18 hours in each year of approval', () => {
  const records = [
    { completedOn: '2024-05-10', hours: 12 },
    { completedOn: '2025-03-31', hours: 6 }, // last day of approval year 1
    { completedOn: '2025-04-01', hours: 7 }, // first day of approval year 2
    { completedOn: '2026-02-01', hours: 4 },
    { completedOn: '2023-12-01', hours: 30 }, // before approval: does not count
  ];

  it('splits the approval into years from the approval date, not calendar years', () => {
    const years = trainingByApprovalYear(warrant, records, '2026-01-15');
    expect(years.map((y) => [y.year, y.from, y.to])).toEqual([
      [1, '2024-04-01', '2025-03-31'],
      [2, '2025-04-01', '2026-03-31'],
      [3, '2026-04-01', '2027-03-31'],
      [4, '2027-04-01', '2028-03-31'],
      [5, '2028-04-01', '2029-03-31'],
    ]);
  });

  it.each([
    [1, 18, 0, 'met'],
    [2, 11, 7, 'in-progress'],
    [3, 0, 18, 'not-started'],
  ])('approval year %d on 2026-01-15: %d hours, %d short, %s', (year, hours, shortfall, state) => {
    const y = trainingByApprovalYear(warrant, records, '2026-01-15')[year - 1];
    expect({ hours: y.hours, shortfall: y.shortfall, state: y.state }).toEqual({ hours, shortfall, state });
  });

  it('a finished year below the requirement is short', () => {
    expect(trainingByApprovalYear(warrant, records, '2026-04-01')[1].state).toBe('short');
  });

  it('the yearly requirement is configurable', () => {
    expect(trainingByApprovalYear(warrant, records, '2026-04-01', 10)[1].state).toBe('met');
  });

  it('a warrant shorter than five years ends its last year at the expiry date, with the full requirement', () => {
    const short: Warrant = { ...warrant, expiresOn: '2025-09-30' };
    const years = trainingByApprovalYear(short, records, '2025-06-01');
    expect(years.map((y) => [y.from, y.to, y.required])).toEqual([
      ['2024-04-01', '2025-03-31', 18],
      ['2025-04-01', '2025-09-30', 18],
    ]);
  });

  it('finds the approval year containing a date, and none outside the warrant', () => {
    expect(trainingThisApprovalYear(warrant, records, '2026-02-01')?.year).toBe(2);
    expect(trainingThisApprovalYear(warrant, records, new Date('2026-03-31T23:30:00Z'))?.year).toBe(3); // 00:30 BST on 1 April
    expect(trainingThisApprovalYear(warrant, records, '2029-04-01')).toBeUndefined();
  });
});
