import { assertConfidenceLevel, CONFIDENCE_95, ConfidenceLevel, confidenceLabel } from './confidence';
import { crudeRate, CrudeRate, RateOptions } from './crude-rate';

/**
 * The ratio of two rates with a confidence interval by the log-normal approximation:
 * ln(RR) ± z·SE, exp'd back. For crude rates SE² = 1/O₁ + 1/O₂ (each count Poisson, the
 * populations taken as fixed; Kirkwood & Sterne, Essential Medical Statistics, 2nd ed. 2003, on
 * comparing rates);
 * for directly standardised rates SE² = var(DSR₁)/DSR₁² + var(DSR₂)/DSR₂² (the delta method).
 * The approximation needs events in both groups: with none in either, no ratio or interval is
 * given. NHS England's publications quote the ratio alone (e.g. 262.4 ÷ 65.8 ≈ 4.0 in 2024-25).
 */
export type RateRatio =
  | { calculated: true; ratio: number; lower: number; upper: number; confidence: number; method: string }
  | { calculated: false; ratio: number | null; reason: string; method: string };

const CRUDE_METHOD =
  'Rate ratio: the group’s rate ÷ the reference group’s rate; confidence interval by the log-normal ' +
  'approximation exp(ln RR ± z√(1/O₁ + 1/O₂)).';
const STANDARDISED_METHOD =
  'Ratio of directly standardised rates; confidence interval by the log-normal approximation ' +
  'exp(ln RR ± z√(var₁/DSR₁² + var₂/DSR₂²)).';

export interface CountAndPopulation {
  events: number;
  population: number;
}

export function crudeRateRatio(
  group: CountAndPopulation,
  reference: CountAndPopulation,
  confidence: ConfidenceLevel = CONFIDENCE_95,
): RateRatio {
  const a = crudeRate(group.events, group.population);
  const b = crudeRate(reference.events, reference.population);
  assertConfidenceLevel(confidence);
  const method = `${CRUDE_METHOD} ${confidenceLabel(confidence)} interval.`;
  if (a.events === 0 || b.events === 0) return notCalculated(a.rate, b.rate, method);
  const se = Math.sqrt(1 / a.events + 1 / b.events);
  return logNormalRatio(a.rate / b.rate, se, confidence, method);
}

/** A standardised rate as the ratio needs it: the value and its variance, in the same units. */
export interface StandardisedRateForRatio {
  rate: number;
  variance: number;
}

export function standardisedRateRatio(
  group: StandardisedRateForRatio,
  reference: StandardisedRateForRatio,
  confidence: ConfidenceLevel = CONFIDENCE_95,
): RateRatio {
  assertConfidenceLevel(confidence);
  for (const [field, value] of [['group.rate', group.rate], ['group.variance', group.variance], ['reference.rate', reference.rate], ['reference.variance', reference.variance]] as const) {
    if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`${field} must be a number, 0 or more: ${value}`);
  }
  const method = `${STANDARDISED_METHOD} ${confidenceLabel(confidence)} interval.`;
  if (group.rate === 0 || reference.rate === 0) return notCalculated(group.rate, reference.rate, method);
  const se = Math.sqrt(group.variance / group.rate ** 2 + reference.variance / reference.rate ** 2);
  return logNormalRatio(group.rate / reference.rate, se, confidence, method);
}

function logNormalRatio(ratio: number, se: number, confidence: ConfidenceLevel, method: string): RateRatio {
  const log = Math.log(ratio);
  return {
    calculated: true,
    ratio,
    lower: Math.exp(log - confidence.z * se),
    upper: Math.exp(log + confidence.z * se),
    confidence: confidence.level,
    method,
  };
}

function notCalculated(groupRate: number, referenceRate: number, method: string): RateRatio {
  if (referenceRate === 0) {
    return { calculated: false, ratio: null, reason: 'The reference group has no events, so there is no ratio to it.', method };
  }
  return { calculated: false, ratio: groupRate / referenceRate, reason: 'The group has no events: the ratio is 0 and has no log-normal interval.', method };
}

/** One group's crude rate and its ratio to the reference group's. */
export interface GroupRateComparison<G extends string> {
  group: G;
  rate: CrudeRate;
  /** Null for the reference group itself. */
  ratioToReference: RateRatio | null;
}

/**
 * Crude rates for every group and each one's ratio to a reference group (the White group in
 * NHS England's detention rates by ethnicity), in the order given.
 */
export function compareGroupRates<G extends string>(
  groups: ReadonlyArray<{ group: G } & CountAndPopulation>,
  reference: G,
  options: RateOptions = {},
): GroupRateComparison<G>[] {
  const seen = new Set<G>();
  for (const g of groups) {
    if (seen.has(g.group)) throw new RangeError(`The group ${g.group} is given twice`);
    seen.add(g.group);
  }
  const ref = groups.find((g) => g.group === reference);
  if (!ref) throw new RangeError(`The reference group ${reference} is not among the groups given`);
  const confidence = options.confidence ?? CONFIDENCE_95;
  return groups.map((g) => ({
    group: g.group,
    rate: crudeRate(g.events, g.population, options),
    ratioToReference: g.group === reference ? null : crudeRateRatio(g, ref, confidence),
  }));
}
