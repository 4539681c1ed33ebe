import { formatReferralReference } from './referral-reference';

describe('formatReferralReference', () => {
  it('reads R-<year>-<five digits>', () => {
    expect(formatReferralReference(new Date('2026-11-25T14:30:00Z'), 42)).toBe('R-2026-00042');
  });

  it('takes the year in Europe/London', () => {
    // 23:30 UTC on 31 December is still that year in London (GMT); one minute past midnight is not.
    expect(formatReferralReference(new Date('2026-12-31T23:30:00Z'), 1)).toBe('R-2026-00001');
    expect(formatReferralReference(new Date('2027-01-01T00:01:00Z'), 1)).toBe('R-2027-00001');
  });

  it('keeps growing past five digits', () => {
    expect(formatReferralReference(new Date('2026-06-01T12:00:00Z'), 123456)).toBe('R-2026-123456');
  });
});
