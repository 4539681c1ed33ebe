/**
 * Confidence levels, and the normal deviate z that Byar's and Dobson's methods use with them.
 *
 * The public health technical guidance writes z as "the 100(1 − α/2)th percentile of the standard
 * normal distribution"; our method statement (shared/domain.md, "Statistics method") fixes
 * z = 1.96 for 95%. OHID's R package (PHEindicatormethods) uses qnorm(0.975) = 1.959964: the
 * limits then differ in the fifth significant figure, never in a rate shown to one decimal place
 * of a typical council count. The exact Poisson method uses α itself, not z.
 */
export interface ConfidenceLevel {
  /** 0.95 for a 95% interval. */
  level: number;
  /** The normal deviate for 1 − α/2. */
  z: number;
}

export const CONFIDENCE_95: ConfidenceLevel = Object.freeze({ level: 0.95, z: 1.96 });

/** 99.8%: the "control limits" of funnel plots in the same guidance; z = qnorm(0.999). */
export const CONFIDENCE_99_8: ConfidenceLevel = Object.freeze({ level: 0.998, z: 3.090232306167813 });

export function assertConfidenceLevel(confidence: ConfidenceLevel): void {
  const { level, z } = confidence;
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence.level must be between 0 and 1 (exclusive): ${level}`);
  if (!(z > 0 && Number.isFinite(z))) throw new RangeError(`confidence.z must be a positive number: ${z}`);
}

/** "95%", "99.8%". */
export function confidenceLabel(confidence: ConfidenceLevel): string {
  return `${Number((confidence.level * 100).toPrecision(12))}%`;
}

/** A count of events: a whole number, 0 or more. */
export function assertCount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${field} must be a whole number, 0 or more: ${value}`);
}

/** A population at risk: a finite number above 0 (mid-year estimates are whole, but need not be). */
export function assertPopulation(value: number, field: string): void {
  if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`${field} must be a number above 0: ${value}`);
}
