import { createReferralSchema } from '@amhp/contracts';
import { isValidNhsNumber } from '@amhp/domain';
import { demoReferrals, fictionalNhsNumber } from './demo-referrals';

describe('demo referrals', () => {
  it('fictional NHS numbers are in the never-issued 999 range and pass the check digit', () => {
    for (const seed of [1, 101, 505, 1212, 99999]) {
      const n = fictionalNhsNumber(seed);
      expect(n).toMatch(/^999\d{7}$/);
      expect(isValidNhsNumber(n)).toBe(true);
    }
  });

  it('every demo referral passes the API validation', () => {
    for (const demo of demoReferrals(new Date())) {
      const parsed = createReferralSchema.safeParse(demo.input);
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });
});
