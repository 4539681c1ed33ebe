import { Amhp } from '@amhp/domain';
import { approvalToday } from './approval-state';

const council = 'Exampleshire County Council';
const at = (date: string) => new Date(`${date}T12:00:00Z`);

describe('approvalToday (s114)', () => {
  const first = { approvingCouncil: council, approvedOn: '2022-01-10', expiresOn: '2027-01-09' };

  it('is current, then expiring within 90 days of the last day', () => {
    const amhp: Amhp = { id: 'a', warrants: [first] };
    expect(approvalToday(amhp, at('2026-06-01'))).toEqual({ state: 'current', expiresOn: '2027-01-09', daysUntilExpiry: 222 });
    expect(approvalToday(amhp, at('2026-12-10'))).toMatchObject({ state: 'expiring', daysUntilExpiry: 30 });
  });

  it('a renewal starting the day after runs on: no warning', () => {
    const amhp: Amhp = { id: 'a', warrants: [{ approvingCouncil: council, approvedOn: '2027-01-10', expiresOn: '2032-01-09' }, first] };
    expect(approvalToday(amhp, at('2026-12-10'))).toEqual({ state: 'current', expiresOn: '2032-01-09', daysUntilExpiry: 1856 });
  });

  it('a renewal after a break does not run on', () => {
    const amhp: Amhp = { id: 'a', warrants: [first, { approvingCouncil: council, approvedOn: '2027-02-01', expiresOn: '2032-01-09' }] };
    expect(approvalToday(amhp, at('2026-12-10'))).toMatchObject({ state: 'expiring', expiresOn: '2027-01-09' });
    expect(approvalToday(amhp, at('2027-01-20'))).toMatchObject({ state: 'not-yet-approved', expiresOn: '2032-01-09' });
  });

  it('is lapsed once the last warrant ended, and ends early with a suspension', () => {
    expect(approvalToday({ id: 'a', warrants: [first] }, at('2027-03-01'))).toMatchObject({ state: 'lapsed', daysUntilExpiry: -51 });
    expect(approvalToday({ id: 'a', warrants: [{ ...first, suspendedFrom: '2026-06-01' }] }, at('2026-06-01'))).toMatchObject({ state: 'lapsed', expiresOn: '2026-05-31' });
  });
});
