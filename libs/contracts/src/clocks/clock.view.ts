import type { ClockKind } from '@amhp/domain';

/** running: counting down; extended: counting down after an s136B extension; ended: stopped by a later fact. */
export type ClockViewStatus = 'running' | 'extended' | 'ended';

/**
 * The last warning point a clock has reached, as the board marks it (issue 3: warnings at 50%,
 * 75% and 90% of the period by default, and at expiry). Points are configurable per clock kind;
 * a configured point that is not one of these shows as the nearest one at or below it.
 */
export type ClockWarningLevelView = 'none' | '50' | '75' | '90' | 'expired';

export const CLOCK_WARNING_LEVELS: readonly ClockWarningLevelView[] = ['none', '50', '75', '90', 'expired'];

/** A legal clock of an assessment, as the API returns it. Instants are ISO 8601 in UTC. */
export interface ClockView {
  id: string;
  assessmentId: string;
  kind: ClockKind;
  /** e.g. "s136 detention". */
  label: string;
  /** The section that fixes the period, e.g. "s136(2A)". */
  section: string;
  startsAt: string;
  expiresAt: string;
  status: ClockViewStatus;
  /** Computed when the view is made (server time). An ended clock is 'none'. */
  warningLevel: ClockWarningLevelView;
  /** An s136B extension has been applied (s136/s135(1) only). */
  extended: boolean;
}
