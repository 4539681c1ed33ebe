import { CONFIDENCE_99_8 } from './confidence';
import { crudeRate } from './crude-rate';
import { formatRate } from './rounding';

/*
 * Expected values worked out independently (Python, SciPy 1.17) from the formulas of the OHID
 * Fingertips "Public health technical guidance: Rates": rate = O/n × 100,000; limits = the
 * count's limits (exact χ² below 10 events, Byar's with z = 1.96 from 10) divided by n.
 */
describe('crude rate per 100,000 with its 95% confidence interval', () => {
  it.each([
    [656, 250_000, 262.4, 242.70106463128087, 283.2718681790033, 'byar'],
    [658, 1_000_000, 65.8, 60.86761858632918, 71.0256088987368, 'byar'],
    [10, 40_000, 25, 11.968450538834004, 45.9790671851263, 'byar'],
    [5, 12_345, 40.50222762251924, 13.15096306292767, 94.51868837037401, 'exact_poisson'],
    [0, 40_000, 0, 0, 9.222198635284839, 'exact_poisson'],
  ])('%d events in %d people: %f (%f to %f) by %s', (events, population, rate, lower, upper, method) => {
    const result = crudeRate(events, population);
    expect(result.rate).toBeCloseTo(rate, 9);
    expect(result.lower).toBeCloseTo(lower, 9);
    expect(result.upper).toBeCloseTo(upper, 9);
    expect(result.intervalMethod).toBe(method);
    expect(result.per).toBe(100_000);
    expect(result.confidence).toBe(0.95);
  });

  it('states the method beside the figure', () => {
    expect(crudeRate(656, 250_000).method).toBe(
      "Crude rate: events ÷ population × 100,000. 95% confidence interval by Byar's method (10 or more events), as in the OHID public health technical guidance.",
    );
    expect(crudeRate(3, 250_000).method).toMatch(/exact Poisson \(χ²\) method \(fewer than 10 events\)/);
    expect(crudeRate(30, 250_000, { confidence: CONFIDENCE_99_8 }).method).toMatch(/^Crude rate.*99\.8% confidence interval/);
  });

  it('can be per another base (per 1,000 for a proportion of referrals)', () => {
    const result = crudeRate(30, 12_000, { per: 1000 });
    expect(result.rate).toBe(2.5);
    expect(result.method).toMatch(/× 1,000\./);
  });

  it('reproduces the method of NHS England’s 2024-25 figures: Black or Black British 262.4, White 65.8 per 100,000', () => {
    // Mental Health Act Statistics, Annual Figures 2024-25: detentions in the year ÷ the group's
    // population × 100,000. A council-sized example with the same rates.
    expect(formatRate(crudeRate(656, 250_000).rate)).toBe('262.4');
    expect(formatRate(crudeRate(658, 1_000_000).rate)).toBe('65.8');
  });

  it.each([
    [-1, 1000, /events must be a whole number/],
    [1.5, 1000, /events must be a whole number/],
    [5, 0, /population must be a number above 0/],
    [5, -10, /population must be a number above 0/],
    [5, Number.POSITIVE_INFINITY, /population must be a number above 0/],
  ])('refuses %p events in %p people', (events, population, message) => {
    expect(() => crudeRate(events, population)).toThrow(message);
  });
});
