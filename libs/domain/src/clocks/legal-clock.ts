/**
 * A legal clock: a period that the Act starts and that must not be overrun (shared/domain.md,
 * "Sections and their clocks"). Every clock counts from an instant to an instant; the ones the
 * Act counts in days (s2, s3, s6(1)(a)) end at London midnight, computed in time/.
 */
export const CLOCK_KINDS = {
  s136: { label: 's136 detention', section: 's136(2A)' },
  s135_1: { label: 's135(1) detention', section: 's135(3ZA)' },
  s5_4: { label: 's5(4) nurse’s holding power', section: 's5(4)' },
  s5_2: { label: 's5(2) doctor’s holding power', section: 's5(2)' },
  s4: { label: 's4 emergency admission', section: 's4(4)' },
  s2: { label: 's2 admission for assessment', section: 's2(4)' },
  s3: { label: 's3 admission for treatment', section: 's20(1)' },
  s6_1a: { label: 'Admission window after the last medical examination', section: 's6(1)(a)' },
  s6_1b: { label: 's4 admission window', section: 's6(1)(b)' },
} as const;

export type ClockKind = keyof typeof CLOCK_KINDS;
export const CLOCK_KIND_CODES = Object.keys(CLOCK_KINDS) as ClockKind[];

/** running: counting down; extended: counting down after an s136B extension; ended: stopped by a later fact. */
export type ClockStatus = 'running' | 'extended' | 'ended';

/** The s136B extension recorded on an s136 or s135(1) clock. */
export interface PlaceOfSafetyExtension {
  authorisedAt: Date;
  authorisedByDoctorId: string;
  hours: number;
  reason: string;
  /** The 24-hour expiry that the extension runs on from. */
  originalExpiresAt: Date;
}

export interface LegalClock {
  kind: ClockKind;
  label: string;
  /** The section that fixes the period, e.g. "s136(2A)". */
  section: string;
  startsAt: Date;
  expiresAt: Date;
  status: ClockStatus;
  extension: PlaceOfSafetyExtension | null;
  endedAt: Date | null;
  endedReason: string | null;
}

export function newClock(kind: ClockKind, startsAt: Date, expiresAt: Date): LegalClock {
  const { label, section } = CLOCK_KINDS[kind];
  return { kind, label, section, startsAt, expiresAt, status: 'running', extension: null, endedAt: null, endedReason: null };
}

/** Stop a clock because a later fact ended the power (admission, release, a s5(2) report...). */
export function endClock(clock: LegalClock, at: Date, reason: string): LegalClock {
  if (clock.status === 'ended') return clock;
  return { ...clock, status: 'ended', endedAt: at, endedReason: reason };
}

/** Time left before expiry (negative once overdue). */
export function clockRemainingMs(clock: LegalClock, now: Date): number {
  return clock.expiresAt.getTime() - now.getTime();
}

/** A clock that has not ended and whose expiry has come: the power has lapsed and the board must say so. */
export function isClockOverdue(clock: LegalClock, now: Date): boolean {
  return clock.status !== 'ended' && clockRemainingMs(clock, now) <= 0;
}

export function isClockRunning(clock: LegalClock): boolean {
  return clock.status !== 'ended';
}

/** The running clock that expires first: what the board shows for a case. */
export function mostUrgentClock(clocks: readonly LegalClock[]): LegalClock | null {
  return clocks.filter(isClockRunning).reduce<LegalClock | null>((best, c) => (!best || c.expiresAt < best.expiresAt ? c : best), null);
}

/**
 * The powers a person may be held under when referred, and the clock each starts. s135(2) starts
 * none: it is a warrant to take or retake someone already liable to be detained (absent without
 * leave, recalled, or refusing admission after an application), so the authority that already
 * exists governs, not a new period.
 */
export const POWER_CLOCKS = {
  s136: 's136',
  s135_1: 's135_1',
  s135_2: null,
  s5_2: 's5_2',
  s5_4: 's5_4',
} as const satisfies Record<string, ClockKind | null>;

export type HoldingPower = keyof typeof POWER_CLOCKS;

export function clockKindForPower(power: HoldingPower): ClockKind | null {
  return POWER_CLOCKS[power];
}
