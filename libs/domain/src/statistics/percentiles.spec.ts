import fc from 'fast-check';
import { percentileCont, summariseWaits } from './percentiles';

/*
 * Expected values are PostgreSQL 15's own answers, from
 *   select percentile_cont(array[...]) within group (order by v) from unnest(array[...]::float8[]) v;
 * compared with toBe: the SQL and this function must agree to the last bit.
 */
describe('percentiles as PostgreSQL percentile_cont', () => {
  it.each([
    [[3, 1, 4, 1, 5, 9, 2, 6], 0.5, 3.5],
    [[3, 1, 4, 1, 5, 9, 2, 6], 0.9, 6.8999999999999995],
    [[3, 1, 4, 1, 5, 9, 2, 6], 0.25, 1.75],
    [[10], 0.9, 10],
    [[0.1, 0.2, 0.7], 0.9, 0.6],
    [[1, 2], 0.5, 1.5],
    [[12.5, 7.25, 3.1], 0.9, 11.45],
    [[0.1, 0.7, 0.2, 0.3, 1.9], 0, 0.1],
    [[0.1, 0.7, 0.2, 0.3, 1.9], 1, 1.9],
    [[0.1, 0.7, 0.2, 0.3, 1.9], 0.1, 0.14],
    [[0.1, 0.7, 0.2, 0.3, 1.9], 0.35, 0.24],
  ])('%j at %f is %f', (values, fraction, expected) => {
    expect(percentileCont(values, fraction)).toBe(expected);
  });

  it('no values: null, as SQL gives NULL', () => {
    expect(percentileCont([], 0.5)).toBeNull();
  });

  it('refuses a fraction outside 0 to 1 and values that are not finite numbers', () => {
    expect(() => percentileCont([1, 2], 90)).toThrow(/fraction must be between 0 and 1/);
    expect(() => percentileCont([1, Number.NaN], 0.5)).toThrow(/values\[1\] must be a finite number/);
  });

  it('lies between the smallest and largest value and rises with the fraction; order of input does not matter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const p = percentileCont(values, low)!;
          expect(p).toBeGreaterThanOrEqual(Math.min(...values));
          expect(p).toBeLessThanOrEqual(Math.max(...values));
          expect(percentileCont(values, high)!).toBeGreaterThanOrEqual(p);
          expect(percentileCont([...values].reverse(), low)).toBe(p);
        },
      ),
    );
  });
});

describe('summary of waits: count, median, 90th percentile, longest', () => {
  it('waits for a bed, in minutes (PostgreSQL: median 75, 90th percentile 840)', () => {
    expect(summariseWaits([90, 30, 45, 240, 60, 1440])).toEqual({
      count: 6,
      median: 75,
      p90: 840,
      longest: 1440,
      method: 'Median and 90th percentile by linear interpolation between the nearest waits (PostgreSQL percentile_cont); longest is the maximum.',
    });
  });

  it('two waits (100, 200): median 150, 90th percentile 190', () => {
    expect(summariseWaits([200, 100])).toMatchObject({ count: 2, median: 150, p90: 190, longest: 200 });
  });

  it('no waits: a count of 0 and no figures', () => {
    expect(summariseWaits([])).toMatchObject({ count: 0, median: null, p90: null, longest: null });
  });
});
