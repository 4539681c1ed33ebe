import { identifyNearestRelative } from './identify-nearest-relative';
import { PatientForNearestRelative, Relative } from './relative';

const patient: PatientForNearestRelative = { ordinarilyResidentInUk: true, on: '2026-06-01' };
const r = (id: string, relationship: Relative['relationship'], over: Partial<Relative> = {}): Relative => ({
  id,
  relationship,
  dateOfBirth: '1970-01-01',
  livesWithOrCaresForPatient: false,
  ordinarilyResidentInUk: true,
  ...over,
});
const nr = (relatives: Relative[], p: PatientForNearestRelative = patient) => {
  const finding = identifyNearestRelative(relatives, p);
  return finding.outcome === 'identified' ? finding.nearestRelative.id : finding.outcome;
};

describe('s26: identifying the nearest relative', () => {
  it.each<[string, Relative[], string]>([
    ['s26(1)(a) husband, wife or civil partner comes first', [r('mother', 'father_or_mother'), r('wife', 'spouse_or_civil_partner'), r('son', 'son_or_daughter')], 'wife'],
    ['s26(1)(b) then son or daughter', [r('mother', 'father_or_mother'), r('daughter', 'son_or_daughter', { dateOfBirth: '1995-01-01' })], 'daughter'],
    ['s26(1)(c) then father or mother', [r('brother', 'brother_or_sister'), r('father', 'father_or_mother')], 'father'],
    ['s26(1)(d) then brother or sister', [r('grandmother', 'grandparent'), r('sister', 'brother_or_sister')], 'sister'],
    ['s26(1)(e) then grandparent', [r('grandson', 'grandchild', { dateOfBirth: '2000-01-01' }), r('grandfather', 'grandparent')], 'grandfather'],
    ['s26(1)(f) then grandchild', [r('uncle', 'uncle_or_aunt'), r('granddaughter', 'grandchild', { dateOfBirth: '2000-01-01' })], 'granddaughter'],
    ['s26(1)(g) then uncle or aunt', [r('niece', 'nephew_or_niece'), r('aunt', 'uncle_or_aunt')], 'aunt'],
    ['s26(1)(h) then nephew or niece', [r('friend', 'not_a_relative'), r('nephew', 'nephew_or_niece')], 'nephew'],
    ['s26(3) the elder of two children, regardless of sex', [r('son', 'son_or_daughter', { dateOfBirth: '1992-03-01' }), r('daughter', 'son_or_daughter', { dateOfBirth: '1990-07-15' })], 'daughter'],
    ['s26(3) the elder parent, regardless of sex', [r('mother', 'father_or_mother', { dateOfBirth: '1960-05-01' }), r('father', 'father_or_mother', { dateOfBirth: '1962-02-01' })], 'mother'],
    ['s26(3) whole blood before half blood, even when the half-sister is older', [r('half-sister', 'brother_or_sister', { halfBlood: true, dateOfBirth: '1980-01-01' }), r('brother', 'brother_or_sister', { dateOfBirth: '1990-01-01' })], 'brother'],
    ['s26(2) a half-blood relative counts when there is no whole-blood one', [r('half-brother', 'brother_or_sister', { halfBlood: true }), r('grandmother', 'grandparent')], 'half-brother'],
    ['s26(4) a relative the patient lives with comes before all others (brother over mother)', [r('mother', 'father_or_mother'), r('brother', 'brother_or_sister', { livesWithOrCaresForPatient: true })], 'brother'],
    ['s26(4) a carer comes before a spouse who does not care for the patient', [r('wife', 'spouse_or_civil_partner'), r('niece', 'nephew_or_niece', { livesWithOrCaresForPatient: true, dateOfBirth: '1999-01-01' })], 'niece'],
    ['s26(4) between two relatives the patient lives with, the s26(1) list decides', [r('sister', 'brother_or_sister', { livesWithOrCaresForPatient: true }), r('father', 'father_or_mother', { livesWithOrCaresForPatient: true })], 'father'],
    ['s26(4) then s26(3): the elder of two carers in one paragraph', [r('son', 'son_or_daughter', { livesWithOrCaresForPatient: true, dateOfBirth: '1995-01-01' }), r('daughter', 'son_or_daughter', { livesWithOrCaresForPatient: true, dateOfBirth: '1993-01-01' }), r('wife', 'spouse_or_civil_partner', { permanentlySeparatedOrDeserted: true })], 'daughter'],
    ['s26(5)(a) a relative abroad is passed over while the patient lives here', [r('husband', 'spouse_or_civil_partner', { ordinarilyResidentInUk: false }), r('mother', 'father_or_mother')], 'mother'],
    ['s26(5)(a) does not apply when the patient is not ordinarily resident here either', [r('husband', 'spouse_or_civil_partner', { ordinarilyResidentInUk: false }), r('mother', 'father_or_mother')], 'husband'],
    ['s26(5)(b) a permanently separated spouse is passed over', [r('husband', 'spouse_or_civil_partner', { permanentlySeparatedOrDeserted: true }), r('son', 'son_or_daughter')], 'son'],
    ['s26(5)(c) a son under 18 is passed over', [r('son', 'son_or_daughter', { dateOfBirth: '2010-01-01' }), r('mother', 'father_or_mother')], 'mother'],
    ['s26(5)(c) a son who turns 18 that day qualifies', [r('son', 'son_or_daughter', { dateOfBirth: '2008-06-01' }), r('mother', 'father_or_mother')], 'son'],
    ['s26(5)(c) a spouse under 18 still qualifies', [r('wife', 'spouse_or_civil_partner', { dateOfBirth: '2009-01-01' }), r('mother', 'father_or_mother')], 'wife'],
    ['s26(5)(c) a parent under 18 still qualifies', [r('mother', 'father_or_mother', { dateOfBirth: '2009-01-01' }), r('aunt', 'uncle_or_aunt')], 'mother'],
    ['s26(6) a partner of six months or more counts as a spouse', [r('partner', 'cohabiting_partner', { livingWithPatientSince: '2025-12-01', livesWithOrCaresForPatient: true }), r('mother', 'father_or_mother')], 'partner'],
    ['s26(6) a partner of less than six months does not', [r('partner', 'cohabiting_partner', { livingWithPatientSince: '2025-12-02' }), r('mother', 'father_or_mother')], 'mother'],
    ['s26(6) six months are counted to the admission for an in-patient', [r('partner', 'cohabiting_partner', { livingWithPatientSince: '2025-10-01', livingWithPatientUntil: '2026-03-15' }), r('mother', 'father_or_mother')], 'mother'],
    ['s26(6) not while the patient has a spouse who is not permanently separated', [r('partner', 'cohabiting_partner', { livingWithPatientSince: '2020-01-01', livesWithOrCaresForPatient: true }), r('wife', 'spouse_or_civil_partner', { ordinarilyResidentInUk: false }), r('mother', 'father_or_mother')], 'mother'],
    ['s26(6) yes when the spouse is permanently separated', [r('partner', 'cohabiting_partner', { livingWithPatientSince: '2020-01-01' }), r('wife', 'spouse_or_civil_partner', { permanentlySeparatedOrDeserted: true }), r('mother', 'father_or_mother')], 'partner'],
    ['s26(7) a non-relative of five years or more counts, and as they live with the patient s26(4) prefers them', [r('friend', 'lives_with_patient', { livingWithPatientSince: '2021-06-01' }), r('mother', 'father_or_mother')], 'friend'],
    ['s26(7) but comes last among relatives who also live with the patient', [r('friend', 'lives_with_patient', { livingWithPatientSince: '2001-01-01' }), r('nephew', 'nephew_or_niece', { livesWithOrCaresForPatient: true })], 'nephew'],
    ['s26(7) less than five years does not count', [r('friend', 'lives_with_patient', { livingWithPatientSince: '2021-06-02' }), r('aunt', 'uncle_or_aunt')], 'aunt'],
    ['s26(7)(b) not for a married patient', [r('friend', 'lives_with_patient', { livingWithPatientSince: '2001-01-01' }), r('husband', 'spouse_or_civil_partner')], 'husband'],
    ['s26(2)(b) a father without parental responsibility is not a relative', [r('father', 'father_or_mother', { throughFatherWithoutParentalResponsibility: true }), r('sister', 'brother_or_sister')], 'sister'],
    ['s29 a displaced nearest relative is passed over', [r('mother', 'father_or_mother', { excludedReason: 'Displaced by county court order (s29)' }), r('brother', 'brother_or_sister')], 'brother'],
    ['step-relatives are not relatives', [r('stepmother', 'not_a_relative'), r('cousin', 'not_a_relative')], 'none'],
    ['no relatives at all', [], 'none'],
    ['s26(3) two children of unknown age cannot be decided by the records', [r('son', 'son_or_daughter', { dateOfBirth: null }), r('daughter', 'son_or_daughter', { dateOfBirth: '1990-01-01' })], 'undetermined'],
    ['s26(3) twins cannot be decided by the records', [r('twin-a', 'brother_or_sister', { dateOfBirth: '1990-01-01' }), r('twin-b', 'brother_or_sister', { dateOfBirth: '1990-01-01' })], 'undetermined'],
  ])('%s', (name, relatives, expected) => {
    const p = name.startsWith('s26(5)(a) does not apply') ? { ...patient, ordinarilyResidentInUk: false } : patient;
    expect(nr(relatives, p)).toBe(expected);
  });

  it('explains the choice in words, citing the subsections', () => {
    const finding = identifyNearestRelative(
      [r('mother', 'father_or_mother'), r('son', 'son_or_daughter', { livesWithOrCaresForPatient: true, dateOfBirth: '1996-01-01' }), r('daughter', 'son_or_daughter', { livesWithOrCaresForPatient: true, dateOfBirth: '1994-01-01' })],
      patient,
    );
    expect(finding.outcome).toBe('identified');
    expect(finding.reason).toBe(
      'The patient lives with or is cared for by them, so they are preferred over every other relative (s26(4)); of those, the first in the s26 list: son or daughter (s26(1)(b)); the eldest of 2, regardless of sex (s26(3)).',
    );
  });

  it('says who was passed over and why', () => {
    const finding = identifyNearestRelative([r('husband', 'spouse_or_civil_partner', { permanentlySeparatedOrDeserted: true }), r('son', 'son_or_daughter', { dateOfBirth: '2012-01-01' }), r('sister', 'brother_or_sister')], patient);
    expect(finding.passedOver).toEqual([
      { relativeId: 'husband', reason: 'Permanently separated from the patient, or desertion (s26(5)(b)).' },
      { relativeId: 'son', reason: 'Under 18, and not a husband, wife, civil partner or parent (s26(5)(c)).' },
    ]);
    expect(finding.reason).toBe('Of those who qualify, the first in the s26 list: brother or sister (s26(1)(d)).');
  });

  it('notes an unrecorded age instead of guessing', () => {
    const finding = identifyNearestRelative([r('nephew', 'nephew_or_niece', { dateOfBirth: null })], patient);
    expect(finding.outcome).toBe('identified');
    expect(finding.notes).toEqual(['Age of a nephew or niece is not recorded: confirm they are 18 or over (s26(5)(c)).']);
  });

  it('lists the candidates when the records cannot decide', () => {
    const finding = identifyNearestRelative([r('twin-a', 'brother_or_sister'), r('twin-b', 'brother_or_sister'), r('aunt', 'uncle_or_aunt')], patient);
    expect(finding.outcome).toBe('undetermined');
    if (finding.outcome !== 'undetermined') return;
    expect(finding.candidates.map((c) => c.id)).toEqual(['twin-a', 'twin-b']);
    expect(finding.reason).toMatch(/the elder is the nearest relative \(s26\(3\)\)/);
  });

  it('counts ages on the day given as an instant in London time', () => {
    // 23:30 UTC on 31 May 2026 is 1 June in London (BST): the son turns 18 that day.
    expect(nr([r('son', 'son_or_daughter', { dateOfBirth: '2008-06-01' }), r('mother', 'father_or_mother')], { ordinarilyResidentInUk: true, on: new Date('2026-05-31T23:30:00Z') })).toBe('son');
  });
});
