import { AlertKind, AlertSeverity, alertSeverityForPoint } from '@amhp/contracts';
import { formatLondonDateTime } from '@amhp/domain';

/** A clock reached one of its points: what AlertsService.raiseClockAlert needs to record it. */
export interface ClockAlertInput {
  clockId: string;
  /** The clock's revision when the point was checked: the alert is not raised if it has moved since. */
  revision: number;
  referralReference: string;
  label: string;
  section: string;
  expiresAt: Date;
  /** The clock runs on an s136B extension: its warnings are of the extension. */
  extended: boolean;
  point: { key: string; type: 'warning' | 'expiry'; fraction: number; at: Date };
}

export interface ClockAlertWording {
  kind: AlertKind;
  severity: AlertSeverity;
  message: string;
}

/**
 * The alert for a clock point, worded for a shared screen: the referral reference, never the
 * person's name. Times in Europe/London.
 */
export function clockAlertWording(input: ClockAlertInput): ClockAlertWording {
  const { point } = input;
  const severity = alertSeverityForPoint(point);
  const expiry = formatLondonDateTime(input.expiresAt);
  if (point.type === 'expiry') {
    return { kind: 'clock.expired', severity, message: `${input.label} for ${input.referralReference} expired at ${expiry} (${input.section})` };
  }
  const of = input.extended ? 'of the s136B extension' : 'of the period';
  return {
    kind: 'clock.warning',
    severity,
    message: `${input.label} for ${input.referralReference}: ${point.key}% ${of} has passed; it expires at ${expiry} (${input.section})`,
  };
}
