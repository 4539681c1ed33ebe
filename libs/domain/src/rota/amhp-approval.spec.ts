import { isApprovalCurrent } from '../amhp';
import { londonInstant } from '../time';
import { Amhp, Warrant, approvalAlerts, approvalStatus, canBeOnDuty, currentWarrant, validateWarrant } from './amhp-approval';

const warrant = (approvedOn: string, expiresOn: string, approvingCouncil = 'North Council'): Warrant => ({ approvingCouncil, approvedOn, expiresOn });

describe('s114 AMHP approval: a warrant lasts up to five years', () => {
  it.each([
    ['2026-04-01', '2031-03-31', []],
    ['2026-04-01', '2031-04-01', ['longer-than-five-years']],
    ['2026-04-01', '2036-04-01', ['longer-than-five-years']],
    ['2028-02-29', '2033-02-27', []],
    ['2028-02-29', '2033-02-28', ['longer-than-five-years']],
    ['2026-04-01', '2026-03-31', ['expires-before-approval']],
    ['2026-04-01', '2026-04-01', []],
    ['2026-02-30', '2027-01-01', ['invalid-date']],
  ])('approved %s, expiring %s → %j', (approvedOn, expiresOn, errors) => {
    expect(validateWarrant(warrant(approvedOn, expiresOn))).toEqual(errors);
  });

  it('needs the approving council', () => {
    expect(validateWarrant(warrant('2026-04-01', '2031-03-31', '  '))).toEqual(['approving-council-missing']);
  });
});

describe('approval status with a warning window before expiry (default 90 days)', () => {
  const w = warrant('2021-07-01', '2026-06-30');

  it.each([
    ['2021-06-30', 'not-yet-approved', 1826],
    ['2021-07-01', 'current', 1825],
    ['2026-03-31', 'current', 91],
    ['2026-04-01', 'expiring', 90],
    ['2026-06-30', 'expiring', 0],
    ['2026-07-01', 'lapsed', -1],
  ])('on %s the approval is %s (%d days to expiry)', (on, state, days) => {
    expect(approvalStatus(w, on)).toEqual({ state, expiresOn: '2026-06-30', daysUntilExpiry: days });
  });

  it('the warning window is configurable (30 days)', () => {
    expect(approvalStatus(w, '2026-05-31', 30).state).toBe('expiring');
    expect(approvalStatus(w, '2026-05-30', 30).state).toBe('current');
  });

  it('an instant is read as its London date: 23:30 UTC on 30 June is 1 July in BST, so lapsed', () => {
    expect(approvalStatus(w, new Date('2026-06-30T22:30:00Z')).state).toBe('expiring');
    expect(approvalStatus(w, new Date('2026-06-30T23:30:00Z')).state).toBe('lapsed');
  });
});

describe('canBeOnDuty: an AMHP whose approval has lapsed cannot be on duty', () => {
  const amhp: Amhp = { id: 'a1', warrants: [warrant('2021-07-01', '2026-06-30')] };

  it.each([
    ['2021-06-30T22:59:59Z', false, 'before approval (London midnight is 23:00 UTC in BST)'],
    ['2021-06-30T23:00:00Z', true, 'from London midnight on the approval date'],
    ['2026-06-30T22:59:59Z', true, 'to the end of the expiry date'],
    ['2026-06-30T23:00:00Z', false, 'lapsed at London midnight after the expiry date'],
  ])('at %s → %s (%s)', (instant, expected) => {
    expect(canBeOnDuty(amhp, new Date(instant))).toBe(expected);
  });

  it('a re-approval from the day after expiry keeps the AMHP on duty without a break', () => {
    const renewed: Amhp = { id: 'a1', warrants: [warrant('2021-07-01', '2026-06-30'), warrant('2026-07-01', '2031-06-30')] };
    expect(canBeOnDuty(renewed, new Date('2026-07-01T08:00:00Z'))).toBe(true);
    expect(currentWarrant(renewed, '2026-07-01')?.approvedOn).toBe('2026-07-01');
    expect(currentWarrant(renewed, '2026-06-30')?.approvedOn).toBe('2021-07-01');
  });

  it('a suspension ends approval early: not on duty from the first day of suspension', () => {
    const suspended: Amhp = { id: 'a4', warrants: [{ ...warrant('2024-01-01', '2028-12-31'), suspendedFrom: '2026-07-01' }] };
    expect(canBeOnDuty(suspended, new Date('2026-06-30T22:59:00Z'))).toBe(true);
    expect(canBeOnDuty(suspended, new Date('2026-06-30T23:00:00Z'))).toBe(false);
    expect(approvalStatus(suspended.warrants[0], '2026-07-01')).toEqual({ state: 'lapsed', expiresOn: '2026-06-30', daysUntilExpiry: -1 });
  });

  it('agrees with the application checks (amhp/isApprovalCurrent) on every day around expiry', () => {
    const w = warrant('2021-07-01', '2026-06-30');
    for (const day of ['2021-06-30', '2021-07-01', '2026-06-29', '2026-06-30', '2026-07-01']) {
      expect(canBeOnDuty({ id: 'a1', warrants: [w] }, londonInstant(day, '12:00'))).toBe(isApprovalCurrent(w, day));
    }
  });

  it('a warrant longer than five years confers no approval at all', () => {
    const invalid: Amhp = { id: 'a2', warrants: [warrant('2020-01-01', '2030-01-01')] };
    expect(canBeOnDuty(invalid, new Date('2024-01-01T12:00:00Z'))).toBe(false);
  });

  it('an AMHP with no warrant cannot be on duty', () => {
    expect(canBeOnDuty({ id: 'a3', warrants: [] }, new Date('2026-01-01T12:00:00Z'))).toBe(false);
  });
});

describe('approval alerts for the service lead', () => {
  it('lists lapsed and expiring approvals, soonest first; a renewal already recorded clears the warning', () => {
    const amhps: Amhp[] = [
      { id: 'expiring', warrants: [warrant('2021-07-01', '2026-06-30')] },
      { id: 'lapsed', warrants: [warrant('2021-01-01', '2025-12-31')] },
      { id: 'current', warrants: [warrant('2025-01-01', '2029-12-31')] },
      { id: 'renewed', warrants: [warrant('2021-07-01', '2026-06-30'), warrant('2026-07-01', '2031-06-30')] },
    ];
    const alerts = approvalAlerts(amhps, '2026-05-01');
    expect(alerts.map((a) => [a.amhpId, a.state, a.daysUntilExpiry])).toEqual([
      ['lapsed', 'lapsed', -121],
      ['expiring', 'expiring', 60],
    ]);
    expect(alerts[0].approvingCouncil).toBe('North Council');
  });
});
