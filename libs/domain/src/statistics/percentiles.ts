/**
 * Percentiles of waits, defined as PostgreSQL's `percentile_cont` so that a figure worked out
 * here and one worked out in SQL agree to the last bit: sort the n values, take the position
 * p × (n − 1) counting from 0, and interpolate linearly between the values either side:
 *   lo + (hi − lo) × (p·(n − 1) − floor(p·(n − 1)))
 * written in that order of operations, as PostgreSQL's float8 code does. The median is
 * p = 0.5. (This is also Hyndman & Fan's definition 7, the default of R and NumPy.)
 *
 * Feed both sides the same unit (e.g. minutes as float8 from `extract(epoch from …) / 60`):
 * interpolating milliseconds and dividing afterwards can differ in the last bit.
 */
export function percentileCont(values: readonly number[], fraction: number): number | null {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`fraction must be between 0 and 1: ${fraction}`);
  const sorted = sortedFinite(values);
  return percentileOfSorted(sorted, fraction);
}

export interface WaitSummary {
  count: number;
  /** percentile_cont(0.5); null when there are no waits. */
  median: number | null;
  /** percentile_cont(0.9); null when there are no waits. */
  p90: number | null;
  longest: number | null;
  method: string;
}

export const WAIT_SUMMARY_METHOD =
  'Median and 90th percentile by linear interpolation between the nearest waits (PostgreSQL percentile_cont); longest is the maximum.';

/** Count, median, 90th percentile and longest of a list of waits (in one unit, e.g. minutes). */
export function summariseWaits(waits: readonly number[]): WaitSummary {
  const sorted = sortedFinite(waits);
  return {
    count: sorted.length,
    median: percentileOfSorted(sorted, 0.5),
    p90: percentileOfSorted(sorted, 0.9),
    longest: sorted.length ? sorted[sorted.length - 1] : null,
    method: WAIT_SUMMARY_METHOD,
  };
}

function sortedFinite(values: readonly number[]): number[] {
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`values[${i}] must be a finite number: ${v}`);
  });
  return [...values].sort((a, b) => a - b);
}

function percentileOfSorted(sorted: readonly number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const position = fraction * (sorted.length - 1);
  const first = Math.floor(position);
  const second = Math.ceil(position);
  const lo = sorted[first];
  if (first === second) return lo;
  return lo + (sorted[second] - lo) * (position - first);
}
