import fc from 'fast-check';
import { formatRate, roundForDisplay } from './rounding';

describe('rounding for display, half away from zero on the decimal figure (as PostgreSQL round(numeric, n))', () => {
  it.each([
    [262.45, 1, 262.5],
    [262.44999, 1, 262.4],
    [65.8, 1, 65.8],
    [1.005, 2, 1.01],
    [-0.05, 1, -0.1],
    [-0.04, 1, 0],
    [3.9878419452887544, 2, 3.99],
    [0.000001, 1, 0],
    [123456789.95, 1, 123456790],
    [1e21, 0, 1e21],
  ])('%f to %d places is %f', (value, decimals, expected) => {
    expect(roundForDisplay(value, decimals)).toBe(expected);
  });

  it('formats a rate with a fixed number of decimals', () => {
    expect(formatRate(262.4)).toBe('262.4');
    expect(formatRate(1045)).toBe('1,045.0');
    expect(formatRate(0)).toBe('0.0');
  });

  it('is never more than half a unit in the last place away', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        expect(Math.abs(roundForDisplay(value, decimals) - value)).toBeLessThanOrEqual(0.5 / 10 ** decimals + 1e-9);
      }),
    );
  });

  it('refuses what is not a finite number', () => {
    expect(() => roundForDisplay(Number.NaN)).toThrow(/finite/);
    expect(() => roundForDisplay(1, -1)).toThrow(/decimals/);
  });
});
