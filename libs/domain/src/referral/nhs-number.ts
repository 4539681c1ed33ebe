/**
 * The NHS number check digit (NHS Data Dictionary, "NHS NUMBER"): modulus 11 over the first
 * nine digits weighted 10 down to 2; 11 - remainder is the check digit, where 11 means 0 and
 * 10 means the number is invalid and was never issued.
 */
export function isValidNhsNumber(input: string): boolean {
  const digits = normaliseNhsNumber(input);
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** People write NHS numbers as "943 476 5919" or "943-476-5919"; store the ten digits. */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** The conventional 3-3-4 display form. */
export function formatNhsNumber(digits: string): string {
  const d = normaliseNhsNumber(digits);
  return d.length === 10 ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : d;
}
