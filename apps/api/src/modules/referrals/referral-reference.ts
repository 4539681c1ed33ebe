import { TZDate } from '@date-fns/tz';

/**
 * "R-2026-00042": the year the referral arrived (in England, so Europe/London) and a number
 * from a PostgreSQL sequence. Short enough to read out on the phone.
 */
export function formatReferralReference(receivedAt: Date, sequence: number): string {
  const year = new TZDate(receivedAt.getTime(), 'Europe/London').getFullYear();
  return `R-${year}-${String(sequence).padStart(5, '0')}`;
}
