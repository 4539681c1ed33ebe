import { ClockKind, LegalClock } from './legal-clock';

/**
 * Warning points (issue 3): alerts at fractions of a clock's period and at its expiry.
 * Defaults 50%, 75% and 90%; each clock kind can have its own fractions. Expiry is always a point.
 */
export const DEFAULT_WARNING_FRACTIONS: readonly number[] = [0.5, 0.75, 0.9];

/** Fractions (strictly between 0 and 1) per clock kind; kinds not named use the defaults. */
export type ClockWarningConfig = Partial<Record<ClockKind, readonly number[]>>;

export interface ClockWarningPoint {
  type: 'warning' | 'expiry';
  /** Fraction of the period elapsed at this point (1 for expiry). */
  fraction: number;
  /** "50%", "75%", "90%" or "expiry": stable, so it can be part of a job id. */
  label: string;
  at: Date;
}

export function warningFractionsFor(kind: ClockKind, config: ClockWarningConfig = {}): number[] {
  const fractions = config[kind] ?? DEFAULT_WARNING_FRACTIONS;
  for (const f of fractions) {
    if (!(f > 0 && f < 1)) throw new RangeError(`Warning fractions must be between 0 and 1 (exclusive); got ${f} for ${kind}.`);
  }
  return [...new Set(fractions)].sort((a, b) => a - b);
}

const percent = (f: number) => `${Math.round(f * 1000) / 10}%`;

/**
 * The instants at which a clock warns, in order, ending with its expiry. An extended s136 or
 * s135(1) clock warns across its extension (from the original 24-hour expiry to the new one):
 * the first 24 hours' points have passed by then. An ended clock has none.
 */
export function clockWarningPoints(clock: LegalClock, config: ClockWarningConfig = {}): ClockWarningPoint[] {
  if (clock.status === 'ended') return [];
  const from = (clock.extension?.originalExpiresAt ?? clock.startsAt).getTime();
  const span = clock.expiresAt.getTime() - from;
  const warnings: ClockWarningPoint[] = warningFractionsFor(clock.kind, config).map((fraction) => ({
    type: 'warning',
    fraction,
    label: percent(fraction),
    at: new Date(from + Math.round(span * fraction)),
  }));
  return [...warnings, { type: 'expiry', fraction: 1, label: 'expiry', at: clock.expiresAt }];
}

/** How the board should mark a clock now: the last warning point reached, if any. */
export type ClockWarningLevel =
  | { level: 'ok'; reached: null }
  | { level: 'warning'; reached: ClockWarningPoint }
  | { level: 'overdue'; reached: ClockWarningPoint }
  | { level: 'ended'; reached: null };

export function clockWarningLevel(clock: LegalClock, now: Date, config: ClockWarningConfig = {}): ClockWarningLevel {
  if (clock.status === 'ended') return { level: 'ended', reached: null };
  const reached = clockWarningPoints(clock, config).filter((p) => p.at <= now).pop();
  if (!reached) return { level: 'ok', reached: null };
  return reached.type === 'expiry' ? { level: 'overdue', reached } : { level: 'warning', reached };
}
