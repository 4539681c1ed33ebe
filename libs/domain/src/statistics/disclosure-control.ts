/**
 * Statistical disclosure control for published counts. NHS England's Mental Health Act and
 * MHSDS publications show counts of 1 to 7 as "*" and round every other count to the nearest 5;
 * a true 0 reveals nobody and is shown as 0. All three are settings here. Tables with totals
 * also need secondary suppression (secondary-suppression.ts), or a suppressed count could be
 * worked out from a total.
 */
export interface DisclosureRule {
  /** Counts from 1 up to this are suppressed (7 in NHS England's rule). */
  suppressUpTo: number;
  /** Other counts are rounded to the nearest multiple of this (5); 1 shows them as they are. */
  roundTo: number;
  /** Whether 0 is suppressed too (NHS England shows it). */
  suppressZero: boolean;
  /** What a suppressed count is shown as. */
  symbol: string;
}

export const NHS_DISCLOSURE_RULE: DisclosureRule = Object.freeze({ suppressUpTo: 7, roundTo: 5, suppressZero: false, symbol: '*' });

/** How a count appears in an export. */
export type ShownCount =
  | { suppressed: false; value: number; text: string }
  | {
      suppressed: true;
      value: null;
      text: string;
      /** small_count: primary suppression; secondary: would give a suppressed count away; not_shown: a margin the table leaves out. */
      reason: 'small_count' | 'secondary' | 'not_shown';
    };

export function assertDisclosureRule(rule: DisclosureRule): void {
  if (!Number.isInteger(rule.suppressUpTo) || rule.suppressUpTo < 0) throw new RangeError(`suppressUpTo must be a whole number, 0 or more: ${rule.suppressUpTo}`);
  if (!Number.isInteger(rule.roundTo) || rule.roundTo < 1) throw new RangeError(`roundTo must be a whole number, 1 or more: ${rule.roundTo}`);
  if (typeof rule.symbol !== 'string' || rule.symbol.length === 0) throw new RangeError('symbol must not be empty');
}

/** Whether a count is suppressed in its own right (primary suppression). */
export function isSmallCount(count: number, rule: DisclosureRule = NHS_DISCLOSURE_RULE): boolean {
  assertWholeCount(count);
  return count === 0 ? rule.suppressZero : count <= rule.suppressUpTo;
}

/**
 * Rounds to the nearest multiple of `base`; a count exactly half-way (only possible for an even
 * base) goes up. Integer arithmetic, so exact for any count a table can hold.
 */
export function roundToNearest(count: number, base: number): number {
  assertWholeCount(count);
  if (!Number.isInteger(base) || base < 1) throw new RangeError(`base must be a whole number, 1 or more: ${base}`);
  const below = count - (count % base);
  return 2 * (count - below) >= base ? below + base : below;
}

/** A count shown on its own (no table around it): suppressed, or rounded. */
export function protectCount(count: number, rule: DisclosureRule = NHS_DISCLOSURE_RULE): ShownCount {
  assertDisclosureRule(rule);
  return isSmallCount(count, rule) ? suppressedCount(rule, 'small_count') : shownCount(count, rule);
}

export function shownCount(count: number, rule: DisclosureRule): ShownCount {
  const value = roundToNearest(count, rule.roundTo);
  return { suppressed: false, value, text: String(value) };
}

export function suppressedCount(rule: DisclosureRule, reason: 'small_count' | 'secondary' | 'not_shown'): ShownCount {
  return { suppressed: true, value: null, text: reason === 'not_shown' ? '' : rule.symbol, reason };
}

/**
 * The rule in words, for the footnote of every export. Totals are worked out from the
 * unrounded counts and then rounded, so shown counts need not add up to shown totals.
 */
export function describeDisclosureRule(rule: DisclosureRule = NHS_DISCLOSURE_RULE, options: { secondary?: boolean } = {}): string {
  assertDisclosureRule(rule);
  const from = rule.suppressZero ? 0 : 1;
  const small =
    rule.suppressUpTo >= from ? `Counts of ${from} to ${rule.suppressUpTo} are shown as ${rule.symbol}` : 'No count is suppressed for being small';
  const others = rule.roundTo > 1 ? `other counts are rounded to the nearest ${rule.roundTo}` : 'other counts are shown as they are';
  const zero = rule.suppressZero ? '' : ' (0 is shown as 0)';
  const parts = [`${small}; ${others}${zero}.`];
  if (rule.roundTo > 1) parts.push('Totals are worked out before rounding, so rounded counts may not add up to the totals shown.');
  if (options.secondary) {
    parts.push(
      'Where a suppressed count could be worked out from the totals and the other counts shown, ' +
        'the next smallest count is suppressed too (secondary suppression).',
    );
  }
  parts.push('Rates are not given where the count is suppressed.');
  return parts.join(' ');
}

function assertWholeCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`A count must be a whole number, 0 or more: ${count}`);
}
