import { DOCTOR_SPECIALISM_CODES, isValidGmcNumber, normaliseGmcNumber, normaliseLanguage } from './doctor-directory';
import { districtCovers, isValidPostcode, normalisePostcode, parsePostcode, parsePostcodeDistrict, postcodeDistrictOf } from './postcode';

describe('GMC reference numbers: seven digits', () => {
  it.each([
    ['1234567', '1234567'],
    [' 7654321 ', '7654321'],
    ['GMC 1234567', '1234567'],
    ['gmc:123 4567', '1234567'],
    ['123-4567', '1234567'],
  ])('%p is %p', (input, stored) => {
    expect(normaliseGmcNumber(input)).toBe(stored);
    expect(isValidGmcNumber(input)).toBe(true);
  });

  it.each(['123456', '12345678', '12345a7', '', 'GMC', '１２３４５６７'])('refuses %p', (input) => {
    expect(normaliseGmcNumber(input)).toBeNull();
    expect(isValidGmcNumber(input)).toBe(false);
  });
});

describe('the directory vocabulary', () => {
  it('has the six specialisms', () => {
    expect(DOCTOR_SPECIALISM_CODES).toEqual(['general_adult', 'children_and_young_people', 'older_adults', 'learning_disability', 'forensic', 'eating_disorders']);
  });
  it('compares languages without case or spaces', () => {
    expect(normaliseLanguage(' Polish ')).toBe(normaliseLanguage('POLISH'));
  });
});

describe('UK postcodes', () => {
  it.each([
    ['SW1A 1AA', 'SW1A 1AA', 'SW1A', 'SW'],
    ['sw1a1aa', 'SW1A 1AA', 'SW1A', 'SW'],
    ['M1 1AE', 'M1 1AE', 'M1', 'M'],
    ['m11ae', 'M1 1AE', 'M1', 'M'],
    ['B33 8TH', 'B33 8TH', 'B33', 'B'],
    ['CR2 6XH', 'CR2 6XH', 'CR2', 'CR'],
    ['DN55 1PT', 'DN55 1PT', 'DN55', 'DN'],
    ['W1A 1HQ', 'W1A 1HQ', 'W1A', 'W'],
    ['EC1A 1BB', 'EC1A 1BB', 'EC1A', 'EC'],
    ['  ex1  1aa ', 'EX1 1AA', 'EX1', 'EX'],
    ['GIR 0AA', 'GIR 0AA', 'GIR', 'GIR'],
  ])('%p → %p, district %p, area %p', (input, postcode, district, area) => {
    expect(parsePostcode(input)).toEqual(expect.objectContaining({ postcode, district, area }));
    expect(normalisePostcode(input)).toBe(postcode);
    expect(postcodeDistrictOf(input)).toBe(district);
  });

  it.each([
    ['', 'empty'],
    ['SW1A', 'no inward code'],
    ['SW1A 1A', 'short inward code'],
    ['QA1 1AA', 'Q never starts a postcode'],
    ['AI1 1AA', 'I never second'],
    ['SW1A 1CA', 'C is not an inward letter'],
    ['W1I 1AA', 'I never follows a single-letter area digit'],
    ['EC1C 1BB', 'C never follows a two-letter area digit'],
    ['SW1A 1AAA', 'too long'],
    ['12345', 'digits only'],
  ])('refuses %p (%s)', (input) => {
    expect(isValidPostcode(input)).toBe(false);
    expect(normalisePostcode(input)).toBeNull();
  });

  it('reads bare districts', () => {
    expect(postcodeDistrictOf('sw1a')).toBe('SW1A');
    expect(postcodeDistrictOf('m1')).toBe('M1');
    expect(postcodeDistrictOf('not a postcode')).toBeNull();
    expect(parsePostcodeDistrict('SW1A')).toEqual({ district: 'SW1A', area: 'SW', number: '1', subDistrict: 'A' });
    expect(parsePostcodeDistrict('M10')).toEqual({ district: 'M10', area: 'M', number: '10', subDistrict: null });
  });

  it.each([
    ['M1', 'M1', true],
    ['M1', 'M1 1AE', true],
    ['M1', 'M10', false],
    ['M10', 'M1', false],
    ['SW1', 'SW1A', true],
    ['SW1', 'SW1A 1AA', true],
    ['SW1A', 'SW1E', false],
    ['SW1A', 'SW1', false],
    ['M', 'M1', false],
    ['nonsense', 'M1', false],
  ])('a doctor covering %p covers a place in %p: %p', (covered, place, expected) => {
    expect(districtCovers(covered, place)).toBe(expected);
  });
});
