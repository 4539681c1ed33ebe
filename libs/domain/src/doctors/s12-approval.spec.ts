import { countsAsS12Approved, expiringS12Approvals, lastDayOfS12Approval, S12Approval, s12StandingAt, validateS12Approval } from './s12-approval';

const s12 = (approvedOn: string, expiresOn: string, endedOn?: string): S12Approval => ({ kind: 's12', approvedOn, expiresOn, endedOn });
const ac = (approvedOn: string, expiresOn: string): S12Approval => ({ kind: 'approved_clinician', approvedOn, expiresOn });
const at = (iso: string) => new Date(iso);

describe('s12(2): approval is judged at the moment the recommendation is signed', () => {
  const approvals = [s12('2021-06-01', '2026-06-30')];

  it.each([
    ['the expiry day, in the morning (BST)', '2026-06-30T08:00:00Z', true],
    ['the expiry day, 23:59 London (22:59 UTC)', '2026-06-30T22:59:00Z', true],
    ['00:30 London the next day, still 30 June in UTC', '2026-06-30T23:30:00Z', false],
    ['a week after expiry', '2026-07-07T12:00:00Z', false],
    ['the first day of approval', '2021-06-01T00:00:00+01:00', true],
    ['the evening before approval began', '2021-05-31T23:30:00+01:00', false],
  ])('signed on %s: counts = %p', (_label, signedAt, expected) => {
    expect(countsAsS12Approved(approvals, at(signedAt))).toBe(expected);
  });

  it('in winter the London day and the UTC day agree: 23:59 GMT on the expiry day counts', () => {
    expect(countsAsS12Approved([s12('2022-01-01', '2026-12-31')], at('2026-12-31T23:59:00Z'))).toBe(true);
    expect(countsAsS12Approved([s12('2022-01-01', '2026-12-31')], at('2027-01-01T00:00:00Z'))).toBe(false);
  });

  it('s12(2A): an approved clinician is treated as s12-approved', () => {
    expect(s12StandingAt([ac('2024-01-01', '2028-12-31')], at('2026-05-01T10:00:00Z'))).toEqual(
      expect.objectContaining({ counts: true, state: 'approved', lastDay: '2028-12-31' }),
    );
  });

  it('relies on whichever approval lasts longest: an AC approval carries a doctor past the s12 expiry', () => {
    const both = [s12('2021-06-01', '2026-06-30'), ac('2025-01-01', '2029-12-31')];
    expect(s12StandingAt(both, at('2026-07-02T10:00:00Z'))).toEqual(expect.objectContaining({ counts: true, lastDay: '2029-12-31' }));
  });

  it('an approval ended early stops counting on the day it ended', () => {
    const ended = [s12('2021-06-01', '2026-06-30', '2026-03-10')];
    expect(lastDayOfS12Approval(ended[0])).toBe('2026-03-09');
    expect(countsAsS12Approved(ended, '2026-03-09')).toBe(true);
    expect(s12StandingAt(ended, '2026-03-10')).toEqual(expect.objectContaining({ counts: false, state: 'lapsed', lastDay: '2026-03-09' }));
  });

  it('says why it does not count', () => {
    expect(s12StandingAt([], '2026-01-01').state).toBe('never_approved');
    expect(s12StandingAt([s12('2026-02-01', '2031-01-31')], '2026-01-01').state).toBe('not_yet_approved');
    expect(s12StandingAt([s12('2020-01-01', '2025-01-01')], '2026-01-01').state).toBe('lapsed');
  });

  it('a renewal in force counts after the old approval lapsed', () => {
    expect(countsAsS12Approved([s12('2021-06-01', '2026-06-30'), s12('2026-07-01', '2031-06-30')], '2026-07-01')).toBe(true);
  });

  it('ignores approvals recorded with impossible dates', () => {
    expect(validateS12Approval(s12('2026-02-30', '2030-01-01'))).toEqual(['invalid-date']);
    expect(validateS12Approval(s12('2026-02-01', '2026-01-01'))).toEqual(['expires-before-approval']);
    expect(countsAsS12Approved([s12('2026-02-01', '2026-01-01')], '2026-01-15')).toBe(false);
  });
});

describe('expiring approvals for the service lead (default 60 days)', () => {
  const on = '2026-05-01';

  it('lists approvals ending within 60 days, and lapsed ones, soonest first', () => {
    const alerts = expiringS12Approvals(
      [
        { doctorId: 'dr-far', approvals: [s12('2024-01-01', '2028-01-01')] },
        { doctorId: 'dr-60', approvals: [s12('2021-07-01', '2026-06-30')] },
        { doctorId: 'dr-61', approvals: [s12('2021-07-01', '2026-07-01')] },
        { doctorId: 'dr-today', approvals: [ac('2021-05-02', '2026-05-01')] },
        { doctorId: 'dr-lapsed', approvals: [s12('2020-01-01', '2026-04-01')] },
      ],
      on,
    );
    expect(alerts.map((a) => [a.doctorId, a.kind, a.daysUntilExpiry, a.state])).toEqual([
      ['dr-lapsed', 's12', -30, 'lapsed'],
      ['dr-today', 'approved_clinician', 0, 'expiring'],
      ['dr-60', 's12', 60, 'expiring'],
    ]);
  });

  it('a window can be chosen, and lapsed approvals left out', () => {
    const doctors = [
      { doctorId: 'a', approvals: [s12('2021-07-01', '2026-06-30')] },
      { doctorId: 'b', approvals: [s12('2020-01-01', '2026-04-01')] },
    ];
    expect(expiringS12Approvals(doctors, on, { withinDays: 30, includeLapsed: false })).toEqual([]);
    expect(expiringS12Approvals(doctors, on, { withinDays: 90, includeLapsed: false }).map((a) => a.doctorId)).toEqual(['a']);
  });

  it('a renewal already recorded clears the warning', () => {
    expect(expiringS12Approvals([{ doctorId: 'a', approvals: [s12('2021-07-01', '2026-06-30'), s12('2026-07-01', '2031-06-30')] }], on)).toEqual([]);
  });

  it('a renewal leaving a gap does not clear it', () => {
    expect(expiringS12Approvals([{ doctorId: 'a', approvals: [s12('2021-07-01', '2026-06-30'), s12('2026-07-03', '2031-06-30')] }], on)).toHaveLength(1);
  });

  it('lists each kind separately, noting when the other keeps the doctor approved', () => {
    const [alert] = expiringS12Approvals([{ doctorId: 'a', approvals: [s12('2021-07-01', '2026-06-30'), ac('2025-01-01', '2029-12-31')] }], on);
    expect(alert).toEqual(expect.objectContaining({ kind: 's12', stillApprovedAfterwards: true }));
    const [alone] = expiringS12Approvals([{ doctorId: 'a', approvals: [s12('2021-07-01', '2026-06-30')] }], on);
    expect(alone.stillApprovedAfterwards).toBe(false);
  });

  it('accepts an instant and reads its London day', () => {
    // 23:30 UTC on 30 April is 00:30 BST on 1 May: 60 days to 30 June.
    expect(expiringS12Approvals([{ doctorId: 'a', approvals: [s12('2021-07-01', '2026-06-30')] }], at('2026-04-30T23:30:00Z'))[0].daysUntilExpiry).toBe(60);
  });
});
