import { TimedClock } from './clock-points';

/**
 * The columns of a clock that its timers depend on, read with raw SQL by the scheduler and by
 * the firing jobs (both join the referral, and both read thousands of rows at a time, so they
 * skip the entity layer).
 */
export const TIMED_CLOCK_COLUMNS = `c.id, c.kind, c.label, c.section, c.starts_at, c.expires_at, c.status, c.extension,
  c.ended_at, c.ended_reason, c.warning_fractions, c.timing_changed_at, c.revision, (r.status = 'open') AS referral_open`;

export interface RawTimedClock {
  id: string;
  kind: TimedClock['kind'];
  label: string;
  section: string;
  starts_at: Date;
  expires_at: Date;
  status: TimedClock['status'];
  extension: TimedClock['extension'];
  ended_at: Date | null;
  ended_reason: string | null;
  warning_fractions: number[];
  timing_changed_at: Date;
  revision: number;
  referral_open: boolean;
}

export function toTimedClock(r: RawTimedClock): TimedClock & { revision: number; referralOpen: boolean } {
  return {
    id: r.id,
    kind: r.kind,
    label: r.label,
    section: r.section,
    startsAt: r.starts_at,
    expiresAt: r.expires_at,
    status: r.status,
    extension: r.extension,
    endedAt: r.ended_at,
    endedReason: r.ended_reason,
    warningFractions: r.warning_fractions,
    timingChangedAt: r.timing_changed_at,
    revision: r.revision,
    referralOpen: r.referral_open,
  };
}
