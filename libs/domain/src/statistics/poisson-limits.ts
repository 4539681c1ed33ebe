import { assertConfidenceLevel, assertCount, CONFIDENCE_95, ConfidenceLevel } from './confidence';

/**
 * Confidence limits for an observed count O of independent events (a Poisson count), as the
 * public health technical guidance for England does it (OHID Fingertips "Public health technical
 * guidance: Rates"; PHE "Technical Guide: Confidence Intervals", 2018):
 * - O of 10 or more: Byar's approximation (Breslow & Day 1987);
 * - O below 10: the χ² exact method, O_lower = χ²(α/2; 2O)/2 and O_upper = χ²(1 − α/2; 2O + 2)/2
 *   (Armitage & Berry 2002). For O = 0 the lower limit is 0 and the upper −ln(α/2) (3.689 at 95%).
 */
export type CountIntervalMethod = 'byar' | 'exact_poisson';

export interface CountLimits {
  lower: number;
  upper: number;
  method: CountIntervalMethod;
}

/** The guidance switches from the exact method to Byar's at this count. */
export const BYAR_FROM_COUNT = 10;

/** Byar's approximation: O(1 − 1/(9O) − z/(3√O))³ and (O+1)(1 − 1/(9(O+1)) + z/(3√(O+1)))³. */
export function byarLimits(observed: number, confidence: ConfidenceLevel = CONFIDENCE_95): CountLimits {
  assertCount(observed, 'observed');
  assertConfidenceLevel(confidence);
  const { z } = confidence;
  // O = 0 has no Byar lower limit (the formula divides by O), and for tiny counts at high
  // confidence the formula goes below 0: both give 0. `countLimits` uses the exact method there.
  const lower = observed === 0 ? 0 : Math.max(0, observed * (1 - 1 / (9 * observed) - z / (3 * Math.sqrt(observed))) ** 3);
  const next = observed + 1;
  const upper = next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3;
  return { lower, upper, method: 'byar' };
}

/**
 * The exact (χ²) limits: the means μ at which P(X ≥ O | μ) = α/2 and P(X ≤ O | μ) = α/2,
 * which are the χ² quantiles above halved. Solved by bisection on the incomplete gamma function
 * below, good to about 14 significant figures for any count.
 */
export function exactPoissonLimits(observed: number, confidence: ConfidenceLevel = CONFIDENCE_95): CountLimits {
  assertCount(observed, 'observed');
  assertConfidenceLevel(confidence);
  const tail = (1 - confidence.level) / 2;
  // P(X ≥ O | μ) = P(O, μ), the regularised lower incomplete gamma; rises with μ.
  const lower = observed === 0 ? 0 : solveIncreasing((mu) => regularisedGammaP(observed, mu), tail, observed);
  // P(X ≤ O | μ) = Q(O + 1, μ); falls with μ, so solve P(O + 1, μ) = 1 − α/2 through Q for accuracy.
  const upper = solveIncreasing((mu) => -regularisedGammaQ(observed + 1, mu), -tail, observed + 1);
  return { lower, upper, method: 'exact_poisson' };
}

/** The guidance's choice: exact below 10 events, Byar's from 10. */
export function countLimits(observed: number, confidence: ConfidenceLevel = CONFIDENCE_95): CountLimits {
  return observed < BYAR_FROM_COUNT ? exactPoissonLimits(observed, confidence) : byarLimits(observed, confidence);
}

/** The μ where an increasing f(μ) reaches target, searching upwards from around `guess`. */
function solveIncreasing(f: (mu: number) => number, target: number, guess: number): number {
  let lo = 0;
  let hi = Math.max(1, guess);
  while (f(hi) < target) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > Number.EPSILON * hi; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(a) for a > 0 (Lanczos, g = 7): about 15 significant digits. */
function lnGamma(a: number): number {
  const x = a - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (x + i);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** P(a, x) = γ(a, x)/Γ(a); for whole a, the probability of a or more Poisson events at mean x. */
export function regularisedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Q(a, x) = 1 − P(a, x); for whole a, the probability of fewer than a Poisson events at mean x. */
export function regularisedGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 10_000; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
}

/** Q(a, x) by Lentz's continued fraction (Numerical Recipes, gcf). */
function gammaContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= Number.EPSILON) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
}
