import { formatNhsNumber, isValidNhsNumber, normaliseNhsNumber } from './nhs-number';

describe('NHS number check digit (NHS Data Dictionary, modulus 11)', () => {
  it.each([
    ['9434765919', 'check digit 9'],
    ['943 476 5919', 'written 3-3-4 with spaces'],
    ['943-476-5919', 'written with hyphens'],
    ['4010232137', 'check digit 7'],
    ['4857773457', 'another check digit 7'],
    ['9434765900', 'remainder 0: 11 becomes check digit 0'],
  ])('accepts %s (%s)', (input) => {
    expect(isValidNhsNumber(input)).toBe(true);
  });

  it.each([
    ['9434765918', 'wrong check digit (should be 9)'],
    ['9434765910', 'wrong check digit 0'],
    ['9434765901', 'remainder 0 requires check digit 0, not 1'],
    ...Array.from({ length: 10 }, (_, d) => [`943476596${d}`, 'check digit computes to 10: never issued'] as [string, string]),
    ['943476591', 'nine digits'],
    ['94347659190', 'eleven digits'],
    ['943476591X', 'a letter'],
    ['', 'empty'],
    ['94.3476.5919', 'other separators'],
  ])('refuses %p (%s)', (input) => {
    expect(isValidNhsNumber(input)).toBe(false);
  });

  it('catches any single mistyped digit of a valid number', () => {
    const valid = '9434765919';
    for (let position = 0; position < 10; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        if (String(digit) === valid[position]) continue;
        const typo = valid.slice(0, position) + digit + valid.slice(position + 1);
        expect(isValidNhsNumber(typo)).toBe(false);
      }
    }
  });

  it.each([
    ['943 476 5919', '9434765919'],
    ['943-476-5919', '9434765919'],
    [' 9434765919 ', '9434765919'],
  ])('normalises %p to %s', (input, digits) => {
    expect(normaliseNhsNumber(input)).toBe(digits);
  });

  it.each([
    ['9434765919', '943 476 5919'],
    ['943-476-5919', '943 476 5919'],
    ['12345', '12345'],
  ])('formats %p as %p', (input, shown) => {
    expect(formatNhsNumber(input)).toBe(shown);
  });
});
