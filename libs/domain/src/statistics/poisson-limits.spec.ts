import fc from 'fast-check';
import { CONFIDENCE_95, CONFIDENCE_99_8 } from './confidence';
import { byarLimits, countLimits, exactPoissonLimits, regularisedGammaP, regularisedGammaQ } from './poisson-limits';

/*
 * Sources:
 * - OHID, Fingertips "Public health technical guidance: Rates" (counts of 10 or more: Byar's
 *   method; fewer than 10: the χ² exact method) and PHE "Technical Guide: Confidence Intervals"
 *   (Public Health Data Science, 25 May 2018), which says Byar's method is within 0.2% of the
 *   exact value for numerators of 10 or more at 95%.
 * - The exact limits below are the χ² quantiles halved, χ²(0.025; 2O)/2 and χ²(0.975; 2O+2)/2,
 *   worked out independently with SciPy 1.17 (scipy.stats.chi2.ppf); for O = 0 the upper limit is
 *   the 3.689 quoted for an exact Poisson interval by R's epitools (pois.exact documentation).
 * - Byar's limits are the guidance's formula worked out independently in Python with z = 1.96.
 */

describe('exact Poisson (χ²) limits for fewer than 10 events', () => {
  it.each([
    [0, 0, 3.6888794541139354],
    [1, 0.025317807984289876, 5.571643390938898],
    [2, 0.24220927854396496, 7.22468766772396],
    [5, 1.6234863901184207, 11.66833207932267],
    [9, 4.115373097378334, 17.084803451419166],
  ])('O = %d: %f to %f', (observed, lower, upper) => {
    const limits = exactPoissonLimits(observed);
    expect(limits.lower).toBeCloseTo(lower, 10);
    expect(limits.upper).toBeCloseTo(upper, 10);
    expect(limits.method).toBe('exact_poisson');
  });

  it('O = 0 has upper limit −ln(0.025) = 3.689 (epitools pois.exact)', () => {
    expect(exactPoissonLimits(0).upper).toBeCloseTo(-Math.log(0.025), 12);
    expect(exactPoissonLimits(0).upper.toFixed(3)).toBe('3.689');
  });

  it.each([
    [1, 0.001000500333583534, 9.233413476451585],
    [5, 0.7393717319178323, 16.454745203680105],
  ])('99.8%%: O = %d gives %f to %f', (observed, lower, upper) => {
    const limits = exactPoissonLimits(observed, CONFIDENCE_99_8);
    expect(limits.lower).toBeCloseTo(lower, 10);
    expect(limits.upper).toBeCloseTo(upper, 10);
  });

  it('works for large counts too (used to check Byar’s method)', () => {
    expect(exactPoissonLimits(740).lower).toBeCloseTo(687.6365959331885, 8);
    expect(exactPoissonLimits(100000).upper).toBeCloseTo(100621.74473974388, 6);
  });
});

describe("Byar's limits for 10 or more events", () => {
  it.each([
    [10, 4.787380215533601, 18.39162687405052],
    [65, 50.16294340896773, 82.84947902538806],
    [740, 687.6350519919235, 795.295080989871],
    [1045, 982.5920843818035, 1110.3324250775302],
  ])('O = %d: %f to %f', (observed, lower, upper) => {
    const limits = byarLimits(observed);
    expect(limits.lower).toBeCloseTo(lower, 9);
    expect(limits.upper).toBeCloseTo(upper, 9);
  });

  it('99.8% limits use z = 3.0902 (O = 65: 42.880 to 94.000)', () => {
    const limits = byarLimits(65, CONFIDENCE_99_8);
    expect(limits.lower).toBeCloseTo(42.8802614714802, 9);
    expect(limits.upper).toBeCloseTo(94.000290844318, 9);
  });

  it('is within 0.2% of the exact limits from 10 events up, as the Technical Guide says', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 5000 }), (observed) => {
        const byar = byarLimits(observed);
        const exact = exactPoissonLimits(observed);
        expect(Math.abs(byar.lower - exact.lower) / exact.lower).toBeLessThan(0.002);
        expect(Math.abs(byar.upper - exact.upper) / exact.upper).toBeLessThan(0.002);
      }),
    );
  });
});

describe('the guidance’s choice of method', () => {
  it.each([
    [0, 'exact_poisson'],
    [9, 'exact_poisson'],
    [10, 'byar'],
    [500, 'byar'],
  ])('O = %d uses %s', (observed, method) => {
    expect(countLimits(observed).method).toBe(method);
  });

  it('the limits always contain the count and widen with confidence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (observed) => {
        const ci95 = countLimits(observed, CONFIDENCE_95);
        const ci998 = countLimits(observed, CONFIDENCE_99_8);
        expect(ci95.lower).toBeLessThanOrEqual(observed);
        expect(ci95.upper).toBeGreaterThan(observed);
        expect(ci998.lower).toBeLessThanOrEqual(ci95.lower);
        expect(ci998.upper).toBeGreaterThan(ci95.upper);
      }),
    );
  });

  it.each([[-1], [2.5], [Number.NaN]])('refuses a count of %p', (observed) => {
    expect(() => countLimits(observed)).toThrow(/observed must be a whole number/);
  });

  it('refuses a confidence level outside 0 to 1', () => {
    expect(() => countLimits(5, { level: 95, z: 1.96 })).toThrow(/confidence.level/);
  });
});

describe('the incomplete gamma function behind the exact limits', () => {
  it('P and Q add up to 1 and give Poisson tail probabilities', () => {
    // P(X ≤ 2 | μ = 3) = e^-3 (1 + 3 + 4.5)
    expect(regularisedGammaQ(3, 3)).toBeCloseTo(Math.exp(-3) * 8.5, 14);
    expect(regularisedGammaP(3, 3) + regularisedGammaQ(3, 3)).toBeCloseTo(1, 14);
    expect(regularisedGammaP(4, 0)).toBe(0);
    expect(regularisedGammaQ(4, 0)).toBe(1);
  });
});
