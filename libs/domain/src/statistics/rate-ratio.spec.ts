import { compareGroupRates, crudeRateRatio, standardisedRateRatio } from './rate-ratio';
import { roundForDisplay } from './rounding';

/*
 * Expected intervals worked out independently in Python: exp(ln RR ± 1.96 √(1/O₁ + 1/O₂)) for
 * crude rates, exp(ln RR ± 1.96 √(var₁/DSR₁² + var₂/DSR₂²)) for standardised rates.
 */
describe('rate ratio against a reference group', () => {
  it('Black or Black British against White, 2024-25 rates: ratio 3.99 (NHS England: "nearly four times")', () => {
    const ratio = crudeRateRatio({ events: 656, population: 250_000 }, { events: 658, population: 1_000_000 });
    expect(ratio.calculated).toBe(true);
    if (!ratio.calculated) return;
    expect(ratio.ratio).toBeCloseTo(3.9878419452887544, 12);
    expect(roundForDisplay(ratio.ratio, 2)).toBe(3.99);
    expect(ratio.lower).toBeCloseTo(3.5790936239733986, 10);
    expect(ratio.upper).toBeCloseTo(4.443271132692391, 10);
    expect(ratio.method).toMatch(/log-normal approximation exp\(ln RR ± z√\(1\/O₁ \+ 1\/O₂\)\)\. 95% interval\./);
  });

  it('small counts give a wide interval that spans 1', () => {
    const ratio = crudeRateRatio({ events: 12, population: 20_000 }, { events: 40, population: 100_000 });
    if (!ratio.calculated) throw new Error('expected a ratio');
    expect(ratio.ratio).toBeCloseTo(1.5, 12);
    expect(ratio.lower).toBeCloseTo(0.7869033323059164, 10);
    expect(ratio.upper).toBeCloseTo(2.8593092793325336, 10);
  });

  it('no events in the group: ratio 0 without an interval', () => {
    const ratio = crudeRateRatio({ events: 0, population: 20_000 }, { events: 40, population: 100_000 });
    expect(ratio).toMatchObject({ calculated: false, ratio: 0, reason: expect.stringMatching(/no events/) });
  });

  it('no events in the reference group: no ratio', () => {
    const ratio = crudeRateRatio({ events: 3, population: 20_000 }, { events: 0, population: 100_000 });
    expect(ratio).toMatchObject({ calculated: false, ratio: null, reason: expect.stringMatching(/reference group has no events/) });
  });

  it('ratio of directly standardised rates uses their variances', () => {
    const ratio = standardisedRateRatio(
      { rate: 126.52526201868308, variance: 759.8351409267968 },
      { rate: 80.8295114731694, variance: 83.99687389099768 },
    );
    if (!ratio.calculated) throw new Error('expected a ratio');
    expect(ratio.ratio).toBeCloseTo(1.5653349836301058, 12);
    expect(ratio.lower).toBeCloseTo(0.9672667247109429, 10);
    expect(ratio.upper).toBeCloseTo(2.5331933254589125, 10);
    expect(ratio.method).toMatch(/^Ratio of directly standardised rates/);
    expect(() => standardisedRateRatio({ rate: -1, variance: 1 }, { rate: 1, variance: 1 })).toThrow(/group.rate/);
  });

  it('compares every group with the reference, the reference itself having no ratio', () => {
    const rows = compareGroupRates(
      [
        { group: 'White', events: 658, population: 1_000_000 },
        { group: 'Black', events: 656, population: 250_000 },
        { group: 'Mixed', events: 0, population: 30_000 },
      ],
      'White',
    );
    expect(rows.map((r) => r.group)).toEqual(['White', 'Black', 'Mixed']);
    expect(rows[0].ratioToReference).toBeNull();
    expect(rows[1].rate.rate).toBeCloseTo(262.4, 10);
    expect(rows[1].ratioToReference).toMatchObject({ calculated: true });
    expect(rows[2].ratioToReference).toMatchObject({ calculated: false, ratio: 0 });
  });

  it('refuses a missing reference group or a group given twice', () => {
    expect(() => compareGroupRates([{ group: 'Black', events: 1, population: 10 }], 'White')).toThrow(/reference group White/);
    expect(() =>
      compareGroupRates(
        [
          { group: 'White', events: 1, population: 10 },
          { group: 'White', events: 2, population: 10 },
        ],
        'White',
      ),
    ).toThrow(/given twice/);
  });
});
