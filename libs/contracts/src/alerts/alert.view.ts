import type { ClockKind } from '@amhp/domain';

/**
 * Why an alert was raised.
 * - 'clock.warning': a legal clock reached a warning point (by default 50%, 75% or 90% of its period).
 * - 'clock.expired': a legal clock expired while still running (the power has lapsed).
 * - 'deadline.expired': issue 2's referral deadline; no longer raised (the referral's holding power
 *   is now a clock of its assessment), kept so that alerts recorded before issue 3 still read.
 * - 'handover.unacknowledged': the incoming team has not acknowledged a handover within the
 *   team's acknowledgement time (issue 5). It concerns no one referral: referralId is null and
 *   handoverId names the handover.
 */
export type AlertKind = 'clock.warning' | 'clock.expired' | 'deadline.expired' | 'handover.unacknowledged';

export const ALERT_KINDS: readonly AlertKind[] = ['clock.warning', 'clock.expired', 'deadline.expired', 'handover.unacknowledged'];

export type AlertSeverity = 'critical' | 'warning' | 'info';

export interface AlertView {
  id: string;
  kind: AlertKind;
  /** Clock alerts: info at 50%, warning at 75%, critical from 90% and at expiry (see alertSeverityForPoint). */
  severity: AlertSeverity;
  /** The case the alert is about; null for a handover alert (it concerns every case handed over). */
  referralId: string | null;
  referralReference: string | null;
  /** What happened, worded for the board; no personal details beyond the reference. */
  message: string;
  /** The legal moment the alert is about (e.g. when the s136 detention expired). */
  dueAt: string;
  raisedAt: string;
  acknowledgedAt: string | null;
  /** Clock alerts: the assessment whose clock it is (absent on issue-2 alerts). */
  assessmentId?: string | null;
  /** Clock alerts: the clock (null once the clock was removed by a correction of the facts). */
  clockId?: string | null;
  clockKind?: ClockKind | null;
  /** Clock alerts: the point reached, "50", "75", "90" (percent of the period) or "expiry". */
  point?: string | null;
  /** Handover alerts: the handover not acknowledged in time (open it at /handovers/:id). */
  handoverId?: string | null;
}

/**
 * Severity of a clock alert by how far the period has run: the board sorts the most severe first.
 * Expiry is always critical: the person may be held without authority.
 */
export function alertSeverityForPoint(point: { type: 'warning' | 'expiry'; fraction: number }): AlertSeverity {
  if (point.type === 'expiry' || point.fraction >= 0.9) return 'critical';
  return point.fraction >= 0.75 ? 'warning' : 'info';
}
