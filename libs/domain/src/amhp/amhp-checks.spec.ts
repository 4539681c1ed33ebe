import { AmhpApproval, approvalInForce, isApprovalCurrent, lastDayOfApproval } from './amhp-approval';
import { ApplicantAmhp, checkApplicantAmhp } from './amhp-checks';

const at = (iso: string) => new Date(iso);
const approval: AmhpApproval = { approvedOn: '2024-04-01', expiresOn: '2029-03-31' };

describe('s114: AMHP approval current on the day', () => {
  it.each([
    ['the first day of approval', '2024-04-01', true],
    ['the day before approval', '2024-03-31', false],
    ['the last day of approval', '2029-03-31', true],
    ['the day after expiry', '2029-04-01', false],
  ])('%s (%s): %p', (_case, day, current) => {
    expect(isApprovalCurrent(approval, day)).toBe(current);
  });

  it('reads an instant as its London date: 23:30 UTC on 31 March 2029 is 1 April in London (BST)', () => {
    expect(isApprovalCurrent(approval, at('2029-03-31T22:59:00Z'))).toBe(true);
    expect(isApprovalCurrent(approval, at('2029-03-31T23:30:00Z'))).toBe(false);
  });

  it('never lasts more than five years, however it was recorded', () => {
    const tooLong = { approvedOn: '2024-04-01', expiresOn: '2031-01-01' };
    expect(lastDayOfApproval(tooLong)).toBe('2029-03-31');
    expect(isApprovalCurrent(tooLong, '2029-04-01')).toBe(false);
  });

  it('stops the day approval is suspended', () => {
    const suspended = { ...approval, suspendedFrom: '2026-06-10' };
    expect(isApprovalCurrent(suspended, '2026-06-09')).toBe(true);
    expect(isApprovalCurrent(suspended, '2026-06-10')).toBe(false);
  });

  it('treats a malformed approval as not current', () => {
    expect(isApprovalCurrent({ approvedOn: '2024-13-01', expiresOn: '2029-03-31' }, '2026-01-01')).toBe(false);
  });
});

describe('the applicant AMHP (s114, s11(5), s4(5))', () => {
  const amhp = (lastSawPersonAt: string | null, a: AmhpApproval = approval): ApplicantAmhp => ({
    id: 'amhp-1',
    approval: a,
    lastSawPersonAt: lastSawPersonAt ? at(lastSawPersonAt) : null,
  });
  const rules = (check: ReturnType<typeof checkApplicantAmhp>) => check.violations.map((v) => `${v.section} ${v.rule}`);

  it.each<[string, 's2' | 's3' | 's4', ApplicantAmhp, string, string[]]>([
    ['s11(5) seen the same day', 's2', amhp('2026-03-15T09:00:00Z'), '2026-03-15T12:00:00Z', []],
    ['s11(5) seen on day 1 of the 14 days ending with the application (2 March for 15 March)', 's3', amhp('2026-03-02T00:10:00Z'), '2026-03-15T12:00:00Z', []],
    ['s11(5) seen on 1 March is one day too early', 's3', amhp('2026-03-01T23:50:00Z'), '2026-03-15T12:00:00Z', ['s11(5) amhp.not_seen_within_14_days']],
    ['s11(5) counted in London days across the spring change', 's2', amhp('2026-03-23T00:30:00Z'), '2026-04-05T22:30:00Z', []],
    ['s11(5) 23:30 UTC in summer is the next London day', 's2', amhp('2026-06-30T23:30:00Z'), '2026-07-14T10:00:00Z', []],
    ['s11(5) not seen at all', 's2', amhp(null), '2026-03-15T12:00:00Z', ['s11(5) amhp.not_seen']],
    ['s11(5) "seen" after the application', 's2', amhp('2026-03-15T13:00:00Z'), '2026-03-15T12:00:00Z', ['s11(5) amhp.seen_after_application']],
    ['s4(5) seen 23 hours before', 's4', amhp('2026-10-24T13:00:00Z'), '2026-10-25T12:00:00Z', []],
    ['s4(5) seen exactly 24 real hours before (across the autumn change)', 's4', amhp('2026-10-24T12:00:00Z'), '2026-10-25T12:00:00Z', []],
    ['s4(5) seen 24 hours and a minute before', 's4', amhp('2026-10-24T11:59:00Z'), '2026-10-25T12:00:00Z', ['s4(5) amhp.not_seen_within_24_hours']],
    ['s4(5) seen yesterday morning is not enough for s4 though it would be for s2', 's4', amhp('2026-03-14T08:00:00Z'), '2026-03-15T12:00:00Z', ['s4(5) amhp.not_seen_within_24_hours']],
    ['s4(5) not seen at all', 's4', amhp(null), '2026-03-15T12:00:00Z', ['s4(5) amhp.not_seen']],
    ['s114 approval lapsed before the application', 's2', amhp('2026-03-15T09:00:00Z', { approvedOn: '2021-03-01', expiresOn: '2026-02-28' }), '2026-03-15T12:00:00Z', ['s114 amhp.not_approved']],
    ['s114 and s11(5) both fail', 's3', amhp('2026-01-01T09:00:00Z', { approvedOn: '2021-03-01', expiresOn: '2026-02-28' }), '2026-03-15T12:00:00Z', ['s114 amhp.not_approved', 's11(5) amhp.not_seen_within_14_days']],
  ])('%s', (_case, section, applicant, madeAt, expected) => {
    expect(rules(checkApplicantAmhp(section, applicant, at(madeAt)))).toEqual(expected);
  });

  it('quotes the last time seen in London time', () => {
    const [v] = checkApplicantAmhp('s2', amhp('2026-03-01T12:00:00Z'), at('2026-03-15T12:00:00Z')).violations;
    expect(v.message).toContain('Sun 1 Mar 2026, 12:00 GMT');
  });
});

describe('s114: each act judged against the warrant in force on its date', () => {
  const previous: AmhpApproval = { approvedOn: '2021-03-01', expiresOn: '2026-02-28' };
  const renewed: AmhpApproval = { approvedOn: '2026-03-01', expiresOn: '2031-02-28' };
  const lateRenewal: AmhpApproval = { approvedOn: '2026-03-10', expiresOn: '2031-03-09' };

  it.each<[string, AmhpApproval[], string, AmhpApproval | null]>([
    ['s114 the day before the renewal starts: the previous warrant', [renewed, previous], '2026-02-28', previous],
    ['s114 the first day of the renewal: the new warrant', [renewed, previous], '2026-03-01', renewed],
    ['s114 a renewal recorded before it starts does not cut the warrant still running', [renewed, previous], '2026-01-15', previous],
    ['s114 a gap between two warrants: no approval in force', [lateRenewal, previous], '2026-03-05', null],
    ['s114 before the first warrant', [renewed, previous], '2021-02-28', null],
  ])('%s', (_case, approvals, day, expected) => {
    expect(approvalInForce(approvals, day)).toEqual(expected);
  });

  const applicant = (approval: AmhpApproval, earlierApprovals: AmhpApproval[]): ApplicantAmhp => ({
    id: 'amhp-1',
    approval,
    earlierApprovals,
    lastSawPersonAt: at('2026-02-27T09:00:00Z'),
  });
  const rules = (check: ReturnType<typeof checkApplicantAmhp>) => check.violations.map((v) => `${v.section} ${v.rule}`);

  it('s114 an application made under the previous warrant stays lawful after the renewal is recorded', () => {
    expect(rules(checkApplicantAmhp('s2', applicant(renewed, [previous]), at('2026-02-27T16:00:00Z')))).toEqual([]);
  });

  it('s114 without the earlier warrant on record, the same application is refused', () => {
    expect(rules(checkApplicantAmhp('s2', applicant(renewed, []), at('2026-02-27T16:00:00Z')))).toEqual(['s114 amhp.not_approved']);
  });

  it('s114 an application in the gap between two warrants is refused', () => {
    const seen = { ...applicant(lateRenewal, [previous]), lastSawPersonAt: at('2026-03-05T09:00:00Z') };
    expect(rules(checkApplicantAmhp('s2', seen, at('2026-03-05T16:00:00Z')))).toEqual(['s114 amhp.not_approved']);
  });
});
