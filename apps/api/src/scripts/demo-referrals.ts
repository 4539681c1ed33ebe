import type { CreateReferralInput } from '@amhp/contracts';
import { isValidNhsNumber } from '@amhp/domain';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/**
 * A fictional NHS number: the 999 range is never issued to patients; the check digit is
 * computed as the NHS Data Dictionary sets out (modulus 11, weights 10..2).
 */
export function fictionalNhsNumber(seed: number): string {
  for (let n = seed; ; n++) {
    const base = `999${String(n % 1_000_000).padStart(6, '0')}`;
    const sum = [...base].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) continue; // such numbers are never issued
    const candidate = `${base}${check}`;
    if (isValidNhsNumber(candidate)) return candidate;
  }
}

export interface DemoReferral {
  /** How long ago the AMHP service received it. */
  receivedAgoMs: number;
  input: CreateReferralInput;
}

const COUNCIL = 'Northbridge City Council (demo)';
const noRisks = { violence: false, weapons: false, childrenOrVulnerableAdults: false, substanceUse: false, medicalNeeds: false };

/**
 * About a dozen fictional referrals: a mix of sources, legal situations, ethnic categories and
 * urgencies, with s136 clocks near expiry. Times are relative to `now` so the board always
 * looks live. Every person, address and number here is invented.
 */
export function demoReferrals(now: Date): DemoReferral[] {
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const person = (p: Partial<CreateReferralInput['person']> & Pick<CreateReferralInput['person'], 'givenName' | 'familyName'>, seed: number) => ({
    dateOfBirth: '1990-01-01',
    nhsNumber: fictionalNhsNumber(seed),
    sex: 'not_known' as const,
    ethnicCategory: 'Z' as const,
    address: `${seed % 90 + 1} Demo Street, Northbridge`,
    postcode: 'NB1 1AA',
    council: COUNCIL,
    ...p,
  });
  return [
    {
      receivedAgoMs: 23 * HOUR,
      input: {
        person: person({ givenName: 'Marcus', familyName: 'Demo-Campbell', dateOfBirth: '1998-07-14', sex: 'male', ethnicCategory: 'M', postcode: 'NB2 4QT' }, 101),
        source: { kind: 'police', referrerName: 'PC 4471 Harding (demo)', referrerContact: 'Northbridge Police control room, 0300 000 0001' },
        legal: { situation: 's136', clockStartedAt: ago(23 * HOUR + 20 * MINUTE), placeOfSafety: 'Riverside Hospital health-based place of safety' },
        currentLocation: 'Riverside Hospital health-based place of safety',
        reason: 'Found on the railway bridge expressing intent to jump; calmer since arrival but still distressed.',
        risks: { ...noRisks, violence: true },
        urgency: 'emergency',
      },
    },
    {
      receivedAgoMs: 20 * HOUR + 30 * MINUTE,
      input: {
        person: person({ givenName: 'Sophie', familyName: 'Examplewood', dateOfBirth: '1987-02-03', sex: 'female', ethnicCategory: 'A', postcode: 'NB5 2HX' }, 202),
        source: { kind: 'police', referrerName: 'PS 1189 Okoro (demo)', referrerContact: 'Custody liaison, 0300 000 0002' },
        legal: { situation: 's136', clockStartedAt: ago(21 * HOUR), placeOfSafety: 'Northbridge General A&E' },
        currentLocation: 'Northbridge General A&E, cubicle 4',
        reason: 'Detained in a shopping centre after shouting at strangers; believes she is being followed. Intoxicated on arrival.',
        risks: { ...noRisks, substanceUse: true, medicalNeeds: true, notes: 'Medically cleared at 02:00 after observation.' },
        urgency: 'urgent',
      },
    },
    {
      receivedAgoMs: 2 * HOUR + 40 * MINUTE,
      input: {
        person: person({ givenName: 'Grace', familyName: 'Demo-Mensah', dateOfBirth: '2001-11-22', sex: 'female', ethnicCategory: 'N', postcode: 'NB3 7LP' }, 303),
        source: { kind: 'police', referrerName: 'PC 2290 Lewis (demo)', referrerContact: 'Street triage car, 0300 000 0003' },
        legal: { situation: 's136', clockStartedAt: ago(3 * HOUR), placeOfSafety: 'Riverside Hospital health-based place of safety' },
        currentLocation: 'Riverside Hospital health-based place of safety',
        reason: 'Found walking on the ring road at night, not responding to questions; no known history.',
        risks: noRisks,
        urgency: 'urgent',
      },
    },
    {
      receivedAgoMs: 3 * HOUR + 50 * MINUTE,
      input: {
        person: person({ givenName: 'Arjun', familyName: 'Samplekar', dateOfBirth: '1979-05-09', sex: 'male', ethnicCategory: 'H', postcode: 'NB4 1DF' }, 404),
        source: { kind: 'ward', referrerName: 'Charge nurse T. Reyes (demo)', referrerContact: 'Willow Ward, ext 5512' },
        legal: { situation: 's5_4', clockStartedAt: ago(4 * HOUR) },
        currentLocation: 'Willow Ward, Riverside Hospital',
        locationKind: 'hospital_ward',
        reason: 'Informal patient trying to leave, saying he must stop "the broadcast"; duty doctor on the way.',
        risks: { ...noRisks, violence: true },
        urgency: 'emergency',
      },
    },
    {
      receivedAgoMs: 29 * HOUR,
      input: {
        person: person({ givenName: 'Katarzyna', familyName: 'Przykładowa', dateOfBirth: '1965-09-30', sex: 'female', ethnicCategory: 'C', postcode: 'NB6 3RS' }, 505),
        source: { kind: 'ward', referrerName: 'Dr F. Amadi, ST4 (demo)', referrerContact: 'Oak Ward, ext 5530' },
        legal: { situation: 's5_2', clockStartedAt: ago(30 * HOUR) },
        currentLocation: 'Oak Ward, Riverside Hospital',
        locationKind: 'hospital_ward',
        reason: 'Informal in-patient with severe depression now refusing food and fluids and asking to go home.',
        risks: { ...noRisks, medicalNeeds: true },
        urgency: 'urgent',
      },
    },
    {
      receivedAgoMs: 6 * HOUR + 30 * MINUTE,
      input: {
        person: person({ givenName: 'Thomas', familyName: 'Placeholder', dateOfBirth: '1958-12-01', sex: 'male', ethnicCategory: 'B', postcode: 'NB7 9AB' }, 606),
        source: { kind: 'cmht', referrerName: 'J. Whitfield, care coordinator (demo)', referrerContact: 'North CMHT, 0300 000 0006' },
        legal: { situation: 's135_1', clockStartedAt: ago(6 * HOUR), placeOfSafety: 'Riverside Hospital health-based place of safety', details: 'Warrant granted by Northbridge Magistrates (demo)' },
        currentLocation: 'Riverside Hospital health-based place of safety',
        reason: 'Not seen for three weeks, refusing entry, neighbours report shouting at night; warrant executed this morning.',
        risks: { ...noRisks, weapons: true, notes: 'Knives reported in the flat: police present.' },
        urgency: 'emergency',
      },
    },
    {
      receivedAgoMs: 26 * HOUR,
      input: {
        person: person({ givenName: 'Robin', familyName: 'Testerton', dateOfBirth: '1992-04-17', sex: 'indeterminate', ethnicCategory: 'Z', postcode: 'NB8 2CD' }, 707),
        source: { kind: 'gp', referrerName: 'Dr L. Chen, Harbour Surgery (demo)', referrerContact: '0300 000 0007' },
        legal: { situation: 'none' },
        currentLocation: 'At home',
        reason: 'Increasingly withdrawn, stopped medication, family worried about self-neglect.',
        risks: noRisks,
        urgency: 'routine',
      },
    },
    {
      receivedAgoMs: 5 * HOUR,
      input: {
        person: person({ givenName: 'Declan', familyName: 'Exampleton', dateOfBirth: '1983-06-25', sex: 'male', ethnicCategory: 'B', postcode: 'NB1 5EF' }, 808),
        source: { kind: 'nearest_relative', referrerName: 'Mother (nearest relative, demo)', referrerContact: '07700 900008' },
        legal: { situation: 'none' },
        currentLocation: 'At his mother’s address',
        reason: 'Nearest relative requests an assessment under s13(4): not sleeping, grandiose spending, threatening neighbours.',
        risks: { ...noRisks, violence: true, childrenOrVulnerableAdults: true },
        urgency: 'urgent',
      },
    },
    {
      receivedAgoMs: 1 * HOUR + 15 * MINUTE,
      input: {
        person: person({ givenName: 'Leah', familyName: 'Demo-Brown', dateOfBirth: '2004-03-08', sex: 'female', ethnicCategory: 'D', postcode: 'NB2 8GH' }, 909),
        source: { kind: 'crisis_team', referrerName: 'M. Patel, crisis team (demo)', referrerContact: 'Crisis line, 0300 000 0009' },
        legal: { situation: 'none' },
        currentLocation: 'Crisis house, Mill Lane',
        reason: 'Home treatment not holding: hearing voices telling her to harm herself; asked the team for help.',
        risks: { ...noRisks, substanceUse: true },
        urgency: 'emergency',
      },
    },
    {
      receivedAgoMs: 50 * HOUR,
      input: {
        person: person({ givenName: 'Imran', familyName: 'Sampleton', dateOfBirth: '1971-10-12', sex: 'male', ethnicCategory: 'J', postcode: 'NB9 1JK' }, 1010),
        source: { kind: 'ward', referrerName: 'Dr S. Idowu, consultant (demo)', referrerContact: 'Cedar Ward, ext 5544' },
        legal: { situation: 's2_detained', clockStartedAt: ago(22 * 24 * HOUR + 3 * HOUR), details: 'Team considering s3 before the s2 ends' },
        currentLocation: 'Cedar Ward, Riverside Hospital',
        locationKind: 'hospital_ward',
        reason: 'Detained under s2; responsible clinician asks for an AMHP assessment for s3 before it ends.',
        risks: noRisks,
        urgency: 'routine',
      },
    },
    {
      receivedAgoMs: 2 * HOUR,
      input: {
        person: person({ givenName: 'Mei', familyName: 'Exampleford', dateOfBirth: '1995-08-19', sex: 'female', ethnicCategory: 'R', postcode: 'NB3 2LM' }, 1111),
        source: { kind: 'emergency_department', referrerName: 'Liaison nurse K. Evans (demo)', referrerContact: 'Psychiatric liaison, ext 4400' },
        legal: { situation: 'none' },
        currentLocation: 'Northbridge General A&E',
        locationKind: 'emergency_department',
        reason: 'Attended after an overdose; medically fit but wants to leave and will not engage with liaison.',
        risks: { ...noRisks, medicalNeeds: true },
        urgency: 'urgent',
      },
    },
    {
      receivedAgoMs: 74 * HOUR,
      input: {
        person: person({ givenName: 'Yusuf', familyName: 'Demo-Ali', dateOfBirth: '1988-01-29', sex: 'male', ethnicCategory: 'S', postcode: 'NB6 6NP' }, 1212),
        source: { kind: 'other', referrerName: 'Housing officer (demo)', referrerContact: '0300 000 0012' },
        legal: { situation: 'other', details: 'On a community treatment order; recall being considered by the responsible clinician' },
        currentLocation: 'Temporary accommodation, Quay Road',
        reason: 'Tenancy at risk: barricading the door and not letting support staff in.',
        risks: noRisks,
        urgency: 'routine',
      },
    },
  ];
}
