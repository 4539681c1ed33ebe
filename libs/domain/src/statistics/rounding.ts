/**
 * Rounding a figure for display. Rates and limits are worked out in binary floating point
 * (about 15 significant digits, far more than any count justifies) and rounded only when
 * shown. This rounds the value's 15-significant-digit decimal form half away from zero, as
 * PostgreSQL's round(numeric, n) does, so that 262.45 shows as 262.5 here and in SQL (binary
 * arithmetic on 262.45, which is stored as 262.4499999…, would give 262.4).
 */
export function roundForDisplay(value: number, decimals = 1): number {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) throw new RangeError(`decimals must be a whole number from 0 to 10: ${decimals}`);
  const [significand, exponent] = Math.abs(value).toExponential(14).split('e');
  const digits = significand.replace('.', '');
  // |value| × 10^decimals = digits × 10^shift
  const shift = Number(exponent) - 14 + decimals;
  let scaled: number;
  if (shift >= 0) {
    scaled = Number(digits) * 10 ** shift;
  } else {
    const keep = digits.length + shift;
    const kept = keep > 0 ? Number(digits.slice(0, keep)) : 0;
    const next = keep >= 0 && keep < digits.length ? Number(digits[keep]) : 0;
    scaled = next >= 5 ? kept + 1 : kept;
  }
  if (scaled === 0) return 0;
  return (value < 0 ? -scaled : scaled) / 10 ** decimals;
}

/** "262.4", "1,045.0": a rate as a table prints it, with a fixed number of decimals. */
export function formatRate(value: number, decimals = 1): string {
  return roundForDisplay(value, decimals).toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
