import { AgeBand, ageBandLabel } from './age-bands';
import { assertConfidenceLevel, assertCount, CONFIDENCE_95, ConfidenceLevel, confidenceLabel } from './confidence';
import { PER_100_000, RateOptions } from './crude-rate';
import { byarLimits, BYAR_FROM_COUNT } from './poisson-limits';
import { EUROPEAN_STANDARD_POPULATION_2013, StandardPopulation } from './standard-population';

/** Events and population in one age band of the group being standardised. */
export interface AgeBandCount {
  band: AgeBand;
  events: number;
  population: number;
}

/**
 * A band of the calculation: one of the caller's bands matched to one or more whole standard
 * bands (85+ against ESP 85–89 and 90+), or several of the caller's bands gathered into one
 * standard band (single years 0, 1, …, 4 against ESP 0–4).
 */
export interface StandardisationBand {
  band: AgeBand;
  events: number;
  population: number;
  weight: number;
  standardBands: AgeBand[];
}

export type StandardisedRate =
  | {
      calculated: true;
      events: number;
      population: number;
      per: number;
      rate: number;
      lower: number;
      upper: number;
      /** var(DSR) in the same units as the rate squared, for ratios of standardised rates. */
      variance: number;
      confidence: number;
      standard: string;
      bands: StandardisationBand[];
      method: string;
    }
  | { calculated: false; events: number; population: number; reason: string; standard: string; bands: StandardisationBand[]; method: string };

export interface StandardisationOptions extends RateOptions {
  standard?: StandardPopulation;
}

/**
 * Directly age-standardised rate (DSR) with Dobson's confidence interval, as the OHID public
 * health technical guidance does it:
 *   DSR = Σ wᵢ·Oᵢ/nᵢ ÷ Σ wᵢ × 100,000, var(DSR) = Σ wᵢ²·Oᵢ/nᵢ² ÷ (Σ wᵢ)² × 100,000²,
 *   limits = DSR + √(var(DSR)/O) × (O_limit − O), O = Σ Oᵢ and O_limit by Byar's method
 * (Dobson et al., Stat Med 1991;10:457-62). With fewer than 10 events in all the DSR is not
 * calculated (OHID guidance; Morris et al., Popul Health Metr 2018;16:9).
 *
 * Bands: the caller's bands must be contiguous, without overlap, and cover whole standard bands;
 * the standard is cut to the ages covered (an 18+ table is standardised to the standard's 18+
 * weights, so 18 must be one of its band boundaries). Where the caller's and the standard's
 * bands differ, each is merged as far as the other's boundaries require, in one direction
 * only: a caller's 85+ takes the weights of ESP 85–89 and 90+ together; single years 0–4 are
 * summed into ESP 0–4. Bands that cut across each other (0–17 against 15–19) are refused,
 * since the weights would have to be split by guesswork.
 */
export function directlyStandardisedRate(rows: readonly AgeBandCount[], options: StandardisationOptions = {}): StandardisedRate {
  const standard = options.standard ?? EUROPEAN_STANDARD_POPULATION_2013;
  const confidence = options.confidence ?? CONFIDENCE_95;
  const per = options.per ?? PER_100_000;
  assertConfidenceLevel(confidence);
  rows.forEach((row, i) => {
    assertCount(row.events, `rows[${i}].events`);
    if (!(Number.isFinite(row.population) && row.population >= 0)) throw new RangeError(`rows[${i}].population must be a number, 0 or more: ${row.population}`);
  });
  const bands = matchToStandard(rows, standard);
  const events = sum(bands.map((b) => b.events));
  const population = sum(bands.map((b) => b.population));
  const method = standardisedRateMethod(standard, confidence, per, bands);
  const notCalculated = (reason: string): StandardisedRate => ({ calculated: false, events, population, reason, standard: standard.name, bands, method });

  const empty = bands.find((b) => b.population === 0);
  if (empty) return notCalculated(`No population in the ${ageBandLabel(empty.band)} band: a standardised rate needs people in every band (use a wider band).`);
  if (events < BYAR_FROM_COUNT) return notCalculated(`Fewer than ${BYAR_FROM_COUNT} events: a directly standardised rate is not calculated.`);

  const totalWeight = sum(bands.map((b) => b.weight));
  const rate = (sum(bands.map((b) => (b.weight * b.events) / b.population)) / totalWeight) * per;
  const variance = (sum(bands.map((b) => (b.weight ** 2 * b.events) / b.population ** 2)) / totalWeight ** 2) * per ** 2;
  const limits = byarLimits(events, confidence);
  const scale = Math.sqrt(variance / events);
  return {
    calculated: true,
    events,
    population,
    per,
    rate,
    lower: rate + scale * (limits.lower - events),
    upper: rate + scale * (limits.upper - events),
    variance,
    confidence: confidence.level,
    standard: standard.name,
    bands,
    method,
  };
}

function standardisedRateMethod(standard: StandardPopulation, confidence: ConfidenceLevel, per: number, bands: StandardisationBand[]): string {
  const merged = bands.filter((b) => b.standardBands.length > 1);
  const note = merged.length
    ? ` Standard bands combined: ${merged.map((b) => `${ageBandLabel(b.band)} (${b.standardBands.map(ageBandLabel).join(' and ')})`).join('; ')}.`
    : '';
  return (
    `Directly age-standardised rate per ${per.toLocaleString('en-GB')} to the ${standard.name}, ` +
    `${agesCovered(bands)}. ` +
    `${confidenceLabel(confidence)} confidence interval by Dobson's method with Byar's limits for the total count; ` +
    `not calculated for fewer than ${BYAR_FROM_COUNT} events, as in the OHID public health technical guidance.${note}`
  );
}

function agesCovered(bands: StandardisationBand[]): string {
  const from = bands[0].band.minAge;
  const to = bands[bands.length - 1].band.maxAge;
  return from === 0 && to === null ? 'all ages' : `ages ${ageBandLabel({ minAge: from, maxAge: to })}`;
}

/** Lines the caller's bands up against the standard's (see directlyStandardisedRate). */
export function matchToStandard(rows: readonly AgeBandCount[], standard: StandardPopulation): StandardisationBand[] {
  if (rows.length === 0) throw new RangeError('rows must hold at least one age band');
  const sorted = [...rows].sort((a, b) => a.band.minAge - b.band.minAge);
  sorted.forEach((row, i) => {
    const { minAge, maxAge } = row.band;
    if (!Number.isInteger(minAge) || minAge < 0 || (maxAge !== null && (!Number.isInteger(maxAge) || maxAge < minAge))) {
      throw new RangeError(`Not an age band: ${JSON.stringify(row.band)}`);
    }
    const next = sorted[i + 1];
    if (!next) return;
    if (maxAge === null || next.band.minAge <= maxAge) throw new RangeError(`Age bands ${ageBandLabel(row.band)} and ${ageBandLabel(next.band)} overlap`);
    if (next.band.minAge > maxAge + 1) throw new RangeError(`No age band covers ages ${maxAge + 1}–${next.band.minAge - 1}`);
  });
  const from = sorted[0].band.minAge;
  const to = sorted[sorted.length - 1].band.maxAge;
  const covered = standard.bands.filter((s) => s.band.minAge >= from && (to === null || (s.band.maxAge !== null && s.band.maxAge <= to)));
  const range = ageBandLabel({ minAge: from, maxAge: to });
  if (covered.length === 0 || covered[0].band.minAge !== from || covered[covered.length - 1].band.maxAge !== to) {
    throw new RangeError(`The age bands cover ${range}, which does not begin and end on the ${standard.name}'s band boundaries`);
  }
  const ownBounds = new Set(sorted.map((r) => r.band.minAge));
  const common = covered.map((s) => s.band.minAge).filter((age) => ownBounds.has(age));
  return common.map((minAge, i) => {
    const nextBound = common[i + 1];
    const inBlock = (band: AgeBand) => band.minAge >= minAge && (nextBound === undefined || band.minAge < nextBound);
    const own = sorted.filter((r) => inBlock(r.band));
    const std = covered.filter((s) => inBlock(s.band));
    const band: AgeBand = { minAge, maxAge: nextBound === undefined ? to : nextBound - 1 };
    if (own.length > 1 && std.length > 1) {
      throw new RangeError(
        `The age bands ${own.map((r) => ageBandLabel(r.band)).join(', ')} cut across the ${standard.name}'s bands ` +
          `${std.map((s) => ageBandLabel(s.band)).join(', ')}: give the population and events in bands that line up with them`,
      );
    }
    return {
      band,
      events: sum(own.map((r) => r.events)),
      population: sum(own.map((r) => r.population)),
      weight: sum(std.map((s) => s.weight)),
      standardBands: std.map((s) => s.band),
    };
  });
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
