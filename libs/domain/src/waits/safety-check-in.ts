import { MINUTE_MS } from '../time';

/**
 * The AMHP's safety check-in on a visit (lone working): the AMHP says how long they expect to be
 * on site; if they have not checked out by then, and a grace period after it, an alert goes to
 * the duty service lead. Elapsed minutes: 90 minutes on site is 90 real minutes across a clock change.
 */
export interface SafetyCheckIn {
  arrivedAt: Date;
  /** When the AMHP expects to leave; extended by setting a later time. */
  expectedOffSiteAt: Date;
  checkedOutAt?: Date | null;
}

export const DEFAULT_CHECK_IN_GRACE_MINUTES = 15;

/** A check-in from arrival and the minutes the AMHP expects to be on site. */
export function startSafetyCheckIn(arrivedAt: Date, expectedMinutesOnSite: number): SafetyCheckIn {
  if (!Number.isInteger(expectedMinutesOnSite) || expectedMinutesOnSite <= 0) throw new RangeError('expectedMinutesOnSite: whole minutes above 0');
  return { arrivedAt, expectedOffSiteAt: new Date(arrivedAt.getTime() + expectedMinutesOnSite * MINUTE_MS), checkedOutAt: null };
}

/** The instant the alert is due if the AMHP has not checked out; null once they have. */
export function safetyCheckInAlertAt(checkIn: SafetyCheckIn, graceMinutes = DEFAULT_CHECK_IN_GRACE_MINUTES): Date | null {
  if (!Number.isInteger(graceMinutes) || graceMinutes < 0) throw new RangeError('graceMinutes: whole minutes, 0 or more');
  if (checkIn.checkedOutAt) return null;
  return new Date(checkIn.expectedOffSiteAt.getTime() + graceMinutes * MINUTE_MS);
}

export type SafetyCheckInStatus = 'on_site' | 'overdue' | 'alert' | 'checked_out';

/** on_site until the expected time; overdue during the grace period; alert after it; checked_out once the AMHP has. */
export function safetyCheckInStatus(checkIn: SafetyCheckIn, now: Date, graceMinutes = DEFAULT_CHECK_IN_GRACE_MINUTES): SafetyCheckInStatus {
  const alertAt = safetyCheckInAlertAt(checkIn, graceMinutes);
  if (!alertAt) return 'checked_out';
  if (now.getTime() >= alertAt.getTime()) return 'alert';
  return now.getTime() >= checkIn.expectedOffSiteAt.getTime() ? 'overdue' : 'on_site';
}
