/** Why an alert was raised. Issue-by-issue more kinds join (clock warnings, handovers). */
export type AlertKind = 'deadline.expired';

export type AlertSeverity = 'critical' | 'warning' | 'info';

export interface AlertView {
  id: string;
  kind: AlertKind;
  severity: AlertSeverity;
  referralId: string;
  referralReference: string;
  /** What happened, worded for the board; no personal details beyond the reference. */
  message: string;
  /** The legal moment the alert is about (e.g. when the s136 detention expired). */
  dueAt: string;
  raisedAt: string;
  acknowledgedAt: string | null;
}
