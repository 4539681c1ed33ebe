import { s6_1aAdmissionWindow, s6_1bAdmissionWindow } from '../clocks/detention-clocks';
import { LegalClock } from '../clocks/legal-clock';
import { ApplicationSection } from '../rules/application-section';
import { MINUTE_MS } from '../time';

/**
 * s6(1): a completed application is authority to convey the person to the named hospital and
 * admit them only within a limit: for s2 and s3, 14 days beginning with the date of the last
 * medical examination (s6(1)(a), London calendar days); for s4, 24 hours beginning with the
 * medical examination or the application, whichever is earlier (s6(1)(b), real hours). The
 * clocks themselves are `s6_1aAdmissionWindow` and `s6_1bAdmissionWindow` (clocks/); this adds
 * the choice by section and the warnings as the limit nears.
 */
export interface ConveyanceLimitFacts {
  section: ApplicationSection;
  /** s2/s3: the later of the two examinations; s4: the one examination. */
  lastMedicalExaminationAt: Date;
  /** Required for s4 (s6(1)(b) runs from the earlier of the examination and the application). */
  applicationMadeAt?: Date | null;
}

export function conveyanceLimit(facts: ConveyanceLimitFacts): LegalClock {
  if (facts.section !== 's4') return s6_1aAdmissionWindow(facts.lastMedicalExaminationAt);
  if (!facts.applicationMadeAt) throw new RangeError('applicationMadeAt: s6(1)(b) needs the time of the s4 application');
  return s6_1bAdmissionWindow(facts.lastMedicalExaminationAt, facts.applicationMadeAt);
}

/** How long before the limit each warning comes, in minutes: first a warning, then urgent. */
export interface ConveyanceLimitWarnings {
  warningMinutesBefore: number;
  urgentMinutesBefore: number;
}

/** s6(1)(a): warn three days ahead, urgent on the last day; s6(1)(b): warn at 6 hours left, urgent at 2. */
export const DEFAULT_CONVEYANCE_LIMIT_WARNINGS: Record<'s6_1a' | 's6_1b', ConveyanceLimitWarnings> = {
  s6_1a: { warningMinutesBefore: 72 * 60, urgentMinutesBefore: 24 * 60 },
  s6_1b: { warningMinutesBefore: 6 * 60, urgentMinutesBefore: 2 * 60 },
};

export type ConveyanceLimitLevel = 'ok' | 'warning' | 'urgent' | 'expired' | 'ended';

export interface ConveyanceLimitPoint {
  level: 'warning' | 'urgent' | 'expired';
  at: Date;
}

function warningsFor(clock: LegalClock, config: Partial<Record<'s6_1a' | 's6_1b', ConveyanceLimitWarnings>>): ConveyanceLimitWarnings {
  if (clock.kind !== 's6_1a' && clock.kind !== 's6_1b') throw new RangeError(`Not an s6(1) clock: ${clock.kind}`);
  const w = config[clock.kind] ?? DEFAULT_CONVEYANCE_LIMIT_WARNINGS[clock.kind];
  if (!(Number.isInteger(w.warningMinutesBefore) && Number.isInteger(w.urgentMinutesBefore) && w.warningMinutesBefore > w.urgentMinutesBefore && w.urgentMinutesBefore > 0)) {
    throw new RangeError('A warning comes before the urgent point, and both before the limit (whole minutes above 0)');
  }
  return w;
}

/**
 * The instants to warn at, in elapsed time before the limit (a warning six hours before an s4
 * limit is six real hours before, across a clock change), never before the clock started;
 * then the limit itself. An ended clock (the person was admitted) has none.
 */
export function conveyanceLimitPoints(clock: LegalClock, config: Partial<Record<'s6_1a' | 's6_1b', ConveyanceLimitWarnings>> = {}): ConveyanceLimitPoint[] {
  const w = warningsFor(clock, config);
  if (clock.status === 'ended') return [];
  const end = clock.expiresAt.getTime();
  const notBeforeStart = (t: number) => new Date(Math.max(t, clock.startsAt.getTime()));
  return [
    { level: 'warning', at: notBeforeStart(end - w.warningMinutesBefore * MINUTE_MS) },
    { level: 'urgent', at: notBeforeStart(end - w.urgentMinutesBefore * MINUTE_MS) },
    { level: 'expired', at: clock.expiresAt },
  ];
}

export interface ConveyanceLimitStatus {
  level: ConveyanceLimitLevel;
  /** Time left before the limit (negative once passed). */
  remainingMs: number;
  expiresAt: Date;
  section: string;
}

/**
 * Where the limit stands at `now`: ok, warning, urgent, or expired (the application no longer
 * authorises conveyance or admission; a new application would be needed).
 */
export function conveyanceLimitStatus(clock: LegalClock, now: Date, config: Partial<Record<'s6_1a' | 's6_1b', ConveyanceLimitWarnings>> = {}): ConveyanceLimitStatus {
  const base = { remainingMs: clock.expiresAt.getTime() - now.getTime(), expiresAt: clock.expiresAt, section: clock.section };
  if (clock.status === 'ended') return { ...base, level: 'ended' };
  const reached = conveyanceLimitPoints(clock, config).filter((p) => p.at.getTime() <= now.getTime()).pop();
  return { ...base, level: reached?.level ?? 'ok' };
}

