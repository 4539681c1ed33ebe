import { assertConfidenceLevel, assertCount, assertPopulation, CONFIDENCE_95, ConfidenceLevel, confidenceLabel } from './confidence';
import { countLimits, CountIntervalMethod } from './poisson-limits';

/** Rates are per 100,000 population unless a table says otherwise. */
export const PER_100_000 = 100_000;

export interface RateOptions {
  confidence?: ConfidenceLevel;
  /** The rate is per this many people (100,000 unless stated). */
  per?: number;
}

/** A crude rate with its confidence interval, and the method in words to print beside it. */
export interface CrudeRate {
  events: number;
  population: number;
  per: number;
  rate: number;
  lower: number;
  upper: number;
  confidence: number;
  intervalMethod: CountIntervalMethod;
  method: string;
}

/**
 * Crude rate = events ÷ population × 100,000 (NHS England's Mental Health Act Statistics publish
 * detention rates by ethnic group this way). The interval is that of the count divided by the
 * same population: exact Poisson below 10 events, Byar's from 10 (see poisson-limits.ts).
 * Zero events give a rate of 0 with an upper limit of 3.689 events' worth.
 */
export function crudeRate(events: number, population: number, options: RateOptions = {}): CrudeRate {
  const confidence = options.confidence ?? CONFIDENCE_95;
  const per = options.per ?? PER_100_000;
  assertCount(events, 'events');
  assertPopulation(population, 'population');
  assertConfidenceLevel(confidence);
  assertPopulation(per, 'per');
  const limits = countLimits(events, confidence);
  return {
    events,
    population,
    per,
    rate: (events / population) * per,
    lower: (limits.lower / population) * per,
    upper: (limits.upper / population) * per,
    confidence: confidence.level,
    intervalMethod: limits.method,
    method: crudeRateMethod(limits.method, confidence, per),
  };
}

export function crudeRateMethod(intervalMethod: CountIntervalMethod, confidence: ConfidenceLevel, per: number): string {
  const interval =
    intervalMethod === 'byar'
      ? "Byar's method (10 or more events)"
      : 'the exact Poisson (χ²) method (fewer than 10 events)';
  return (
    `Crude rate: events ÷ population × ${per.toLocaleString('en-GB')}. ` +
    `${confidenceLabel(confidence)} confidence interval by ${interval}, as in the OHID public health technical guidance.`
  );
}
