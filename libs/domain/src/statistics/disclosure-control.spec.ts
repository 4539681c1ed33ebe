import { describeDisclosureRule, isSmallCount, NHS_DISCLOSURE_RULE, protectCount, roundToNearest } from './disclosure-control';

describe('disclosure control of single counts (NHS England: 1–7 shown as *, others to the nearest 5)', () => {
  it.each([
    [0, '0'],
    [1, '*'],
    [7, '*'],
    [8, '10'],
    [12, '10'],
    [13, '15'],
    [17, '15'],
    [18, '20'],
    [52_458, '52460'],
  ])('%d is shown as %s', (count, text) => {
    expect(protectCount(count).text).toBe(text);
  });

  it('a suppressed count carries no value', () => {
    expect(protectCount(3)).toEqual({ suppressed: true, value: null, text: '*', reason: 'small_count' });
    expect(protectCount(13)).toEqual({ suppressed: false, value: 15, text: '15' });
  });

  it('threshold, rounding base, zero and symbol are settings', () => {
    const rule = { suppressUpTo: 9, roundTo: 10, suppressZero: true, symbol: '[c]' };
    expect(protectCount(0, rule).text).toBe('[c]');
    expect(protectCount(9, rule).text).toBe('[c]');
    expect(protectCount(15, rule).text).toBe('20');
    expect(protectCount(14, rule).text).toBe('10');
    expect(protectCount(8, { ...NHS_DISCLOSURE_RULE, suppressUpTo: 0, roundTo: 1 }).text).toBe('8');
  });

  it('rounds exactly, half-way up for an even base', () => {
    expect(roundToNearest(25, 10)).toBe(30);
    expect(roundToNearest(24, 10)).toBe(20);
    expect(roundToNearest(2 ** 52 + 3, 5)).toBe(2 ** 52 + 4); // 2^52 ≡ 1 (mod 5)
    expect(isSmallCount(0)).toBe(false);
    expect(() => roundToNearest(-5, 5)).toThrow(/whole number/);
    expect(() => protectCount(3, { ...NHS_DISCLOSURE_RULE, roundTo: 0 })).toThrow(/roundTo/);
  });

  it('describes the rule for the footnote of every export', () => {
    expect(describeDisclosureRule(NHS_DISCLOSURE_RULE, { secondary: true })).toBe(
      'Counts of 1 to 7 are shown as *; other counts are rounded to the nearest 5 (0 is shown as 0). ' +
        'Totals are worked out before rounding, so rounded counts may not add up to the totals shown. ' +
        'Where a suppressed count could be worked out from the totals and the other counts shown, the next smallest count is suppressed too (secondary suppression). ' +
        'Rates are not given where the count is suppressed.',
    );
    expect(describeDisclosureRule({ suppressUpTo: 9, roundTo: 1, suppressZero: true, symbol: '[c]' })).toBe(
      'Counts of 0 to 9 are shown as [c]; other counts are shown as they are. Rates are not given where the count is suppressed.',
    );
  });
});
