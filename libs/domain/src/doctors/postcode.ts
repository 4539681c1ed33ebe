/**
 * UK postcodes (Royal Mail / BS 7666 formats): an outward code (area letters, district number,
 * sometimes a sub-district letter) and an inward code (sector digit, unit letters). Doctors say
 * which postcode districts they cover, and an assessment's place is matched by its district.
 *
 *   A9 9AA   M1 1AE      A99 9AA  B33 8TH     AA9 9AA  CR2 6XH
 *   AA99 9AA DN55 1PT    A9A 9AA  W1A 1HQ     AA9A 9AA EC1A 1BB
 */
export interface Postcode {
  /** "SW1A 1AA": upper case, one space before the inward code. */
  postcode: string;
  /** The outward code, which is the postcode district: "SW1A", "M1". */
  district: string;
  /** The inward code: "1AA". */
  inward: string;
  /** The postcode area, the leading letters: "SW", "M". */
  area: string;
}

export interface PostcodeDistrict {
  /** "SW1A", "M1", "SW1". */
  district: string;
  area: string;
  /** The district number: "1" in SW1A. */
  number: string;
  /** The sub-district letter of central London districts: "A" in SW1A; null elsewhere. */
  subDistrict: string | null;
}

// First letter never Q, V or X; second letter never I, J or Z; a letter after a single-letter
// area's digit is one of ABCDEFGHJKPSTUW, after a two-letter area's digit one of ABEHMNPRVWXY.
const OUTWARD = /^(?:([A-PR-UWYZ])(\d)([A-HJKPSTUW])|([A-PR-UWYZ][A-HK-Y])(\d)([ABEHMNPRVWXY])|([A-PR-UWYZ])(\d{1,2})|([A-PR-UWYZ][A-HK-Y])(\d{1,2}))$/;
const INWARD = /^\d[ABD-HJLNP-UW-Z]{2}$/;

const compact = (input: string) => input.replace(/\s+/g, '').toUpperCase();

/** The parts of a postcode district ("sw1a" → SW / 1 / A), or null when it is not one. */
export function parsePostcodeDistrict(input: string): PostcodeDistrict | null {
  const outward = compact(input);
  if (outward === 'GIR') return { district: 'GIR', area: 'GIR', number: '', subDistrict: null };
  const m = OUTWARD.exec(outward);
  if (!m) return null;
  const [area, number, subDistrict] = m[1]
    ? [m[1], m[2], m[3]]
    : m[4]
      ? [m[4], m[5], m[6]]
      : m[7]
        ? [m[7], m[8], null]
        : [m[9], m[10], null];
  return { district: outward, area, number, subDistrict };
}

/** "sw1a 1aa", "SW1A1AA" → { postcode: "SW1A 1AA", district: "SW1A", ... }; null when it is not a UK postcode. */
export function parsePostcode(input: string): Postcode | null {
  const text = compact(input);
  if (text === 'GIR0AA') return { postcode: 'GIR 0AA', district: 'GIR', inward: '0AA', area: 'GIR' };
  if (text.length < 5 || text.length > 7) return null;
  const [outward, inward] = [text.slice(0, -3), text.slice(-3)];
  const district = parsePostcodeDistrict(outward);
  if (!district || !INWARD.test(inward)) return null;
  return { postcode: `${outward} ${inward}`, district: outward, inward, area: district.area };
}

export function isValidPostcode(input: string): boolean {
  return parsePostcode(input) !== null;
}

/** The stored form, "SW1A 1AA", or null when the input is not a postcode. */
export function normalisePostcode(input: string): string | null {
  return parsePostcode(input)?.postcode ?? null;
}

/** The district of a full postcode or of a bare district: "M1 1AE" → "M1", "sw1a" → "SW1A"; null otherwise. */
export function postcodeDistrictOf(input: string): string | null {
  return parsePostcode(input)?.district ?? parsePostcodeDistrict(input)?.district ?? null;
}

/**
 * Whether a district a doctor covers takes in the place's district. Doctors may write a
 * district ("M1", "SW1A") or a London district without its sub-district letter ("SW1" takes in
 * SW1A, SW1E, ...). "M1" does not take in "M10". A bare area ("M") is not accepted: too vague.
 */
export function districtCovers(covered: string, placeDistrict: string): boolean {
  const [c, p] = [parsePostcodeDistrict(covered), parsePostcodeDistrict(postcodeDistrictOf(placeDistrict) ?? '')];
  if (!c || !p) return false;
  if (c.area !== p.area || c.number !== p.number) return false;
  return c.subDistrict === null || c.subDistrict === p.subDistrict;
}
