import { CLOCK_KIND_CODES } from '@amhp/domain';
import type { ClockKind } from '@amhp/domain';
import { z } from 'zod';

/** running: counting down; extended: counting down after an s136B extension; ended: stopped by a later fact. */
export type ClockViewStatus = 'running' | 'extended' | 'ended';

/**
 * The last warning point a clock has reached, as the board marks it (issue 3: warnings at 50%,
 * 75% and 90% of the period by default, and at expiry). Points are configurable per clock kind;
 * a configured point that is not one of these shows as the nearest one at or below it.
 */
export type ClockWarningLevelView = 'none' | '50' | '75' | '90' | 'expired';

export const CLOCK_WARNING_LEVELS: readonly ClockWarningLevelView[] = ['none', '50', '75', '90', 'expired'];

const instant = z.iso.datetime({ offset: true });

/** A legal clock of an assessment, as the API returns it (and the board row carries it). Instants are ISO 8601 in UTC. */
export const clockViewSchema = z.strictObject({
  id: z.uuid(),
  assessmentId: z.uuid(),
  kind: z.enum(CLOCK_KIND_CODES as [ClockKind, ...ClockKind[]]),
  /** e.g. "s136 detention". */
  label: z.string(),
  /** The section that fixes the period, e.g. "s136(2A)". */
  section: z.string(),
  startsAt: instant,
  expiresAt: instant,
  status: z.enum(['running', 'extended', 'ended']),
  /** Computed when the view is made (server time). An ended clock is 'none'. */
  warningLevel: z.enum(CLOCK_WARNING_LEVELS as [ClockWarningLevelView, ...ClockWarningLevelView[]]),
  /** An s136B extension has been applied (s136/s135(1) only). */
  extended: z.boolean(),
});

export type ClockView = z.infer<typeof clockViewSchema>;
