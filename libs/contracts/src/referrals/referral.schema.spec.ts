import { createReferralSchema, CreateReferralInput } from './referral.schema';
import { toFieldIssues } from '../errors/validation-error';

const HOUR = 3600_000;

function validReferral(overrides: Partial<CreateReferralInput> = {}): CreateReferralInput {
  return {
    person: {
      givenName: 'Alex',
      familyName: 'Example',
      dateOfBirth: '1984-03-21',
      nhsNumber: '943 476 5919',
      sex: 'male',
      ethnicCategory: 'M',
      address: '1 Test Street, Exampletown',
      postcode: 'sw1a1aa',
      council: 'Exampleshire County Council',
    },
    source: { kind: 'police', referrerName: 'PC Test', referrerContact: '01234 567890' },
    legal: {
      situation: 's136',
      clockStartedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
      placeOfSafety: 'Example Hospital health-based place of safety',
    },
    currentLocation: 'Example Hospital s136 suite',
    reason: 'Found on a bridge parapet; police used s136.',
    risks: { violence: false, weapons: false, childrenOrVulnerableAdults: false, substanceUse: true, medicalNeeds: false },
    urgency: 'emergency',
    ...overrides,
  };
}

function fieldsRefused(input: unknown): string[] {
  const result = createReferralSchema.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error).map((i) => i.field);
}

describe('createReferralSchema', () => {
  it('accepts a complete s136 referral and normalises the NHS number and postcode', () => {
    const parsed = createReferralSchema.parse(validReferral());
    expect(parsed.person.nhsNumber).toBe('9434765919');
    expect(parsed.person.postcode).toBe('SW1A 1AA');
  });

  it('treats an empty NHS number as not given (it is optional)', () => {
    const input = validReferral();
    input.person.nhsNumber = '';
    expect(createReferralSchema.parse(input).person.nhsNumber).toBeUndefined();
  });

  it('refuses an NHS number whose check digit is wrong', () => {
    const input = validReferral();
    input.person.nhsNumber = '9434765918';
    const result = createReferralSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(toFieldIssues(result.error!)).toEqual([
      { field: 'person.nhsNumber', message: expect.stringMatching(/check digit/) },
    ]);
  });

  it('refuses an NHS number that is not ten digits', () => {
    const input = validReferral();
    input.person.nhsNumber = '12345';
    expect(fieldsRefused(input)).toEqual(['person.nhsNumber']);
  });

  it('s136(2A): refuses an s136 referral without the time of arrival at the place of safety', () => {
    const input = validReferral({ legal: { situation: 's136', placeOfSafety: 'A&E' } });
    expect(fieldsRefused(input)).toEqual(['legal.clockStartedAt']);
  });

  it('s5(2): refuses a holding power without the time it began', () => {
    expect(fieldsRefused(validReferral({ legal: { situation: 's5_2' } }))).toEqual(['legal.clockStartedAt']);
  });

  it('s2(4): a person already detained under s2 needs the time of admission, from which the 28 days run', () => {
    expect(fieldsRefused(validReferral({ legal: { situation: 's2_detained' } }))).toEqual(['legal.clockStartedAt']);
    expect(fieldsRefused(validReferral({ legal: { situation: 's2_detained', clockStartedAt: new Date(Date.now() - 240 * HOUR).toISOString() } }))).toEqual([]);
  });

  it('refuses a start time for a situation without a clock', () => {
    expect(fieldsRefused(validReferral({ legal: { situation: 'none', clockStartedAt: new Date(Date.now() - HOUR).toISOString() } }))).toEqual(['legal.clockStartedAt']);
  });

  it('refuses a start time in the future', () => {
    const input = validReferral({
      legal: { situation: 's5_4', clockStartedAt: new Date(Date.now() + 2 * HOUR).toISOString() },
      locationKind: 'hospital_ward',
    });
    expect(fieldsRefused(input)).toEqual(['legal.clockStartedAt']);
  });

  it('refuses a start time for a situation that has no clock', () => {
    const input = validReferral({ legal: { situation: 'none', clockStartedAt: new Date().toISOString() } });
    expect(fieldsRefused(input)).toEqual(['legal.clockStartedAt']);
  });

  it('refuses a start time without a time zone', () => {
    const input = validReferral({ legal: { situation: 's5_4', clockStartedAt: '2026-11-25T10:00' } });
    expect(fieldsRefused(input)).toEqual(['legal.clockStartedAt']);
  });

  it('requires the details when the legal situation is "other"', () => {
    expect(fieldsRefused(validReferral({ legal: { situation: 'other' } }))).toEqual(['legal.details']);
  });

  it('names every bad field at once, not just the first', () => {
    const input = validReferral();
    input.person.givenName = ' ';
    input.person.dateOfBirth = '2999-01-01';
    input.person.ethnicCategory = 'Q' as never;
    input.person.postcode = 'not a postcode';
    input.urgency = 'whenever' as never;
    expect(fieldsRefused(input).sort()).toEqual(
      ['person.dateOfBirth', 'person.ethnicCategory', 'person.givenName', 'person.postcode', 'urgency'].sort(),
    );
  });

  it('refuses a body that is missing whole sections', () => {
    expect(fieldsRefused({}).sort()).toEqual(['currentLocation', 'legal', 'person', 'reason', 'risks', 'source', 'urgency']);
  });

  describe('facts checked against each other (libs/domain checkReferralFacts), with the section quoted', () => {
    const issuesOf = (input: unknown) => {
      const result = createReferralSchema.safeParse(input);
      return result.success ? [] : toFieldIssues(result.error);
    };
    const allMet = { imminentRiskOfSeriousInjuryOrDeath: true, noOtherPlaceOfSafetyReasonablyAvailable: true, healthcareProfessionalAvailable: true, inspectorAuthorised: true };

    it('s136A(1): a child at a police station is refused', () => {
      const input = validReferral();
      input.person.dateOfBirth = `${new Date().getUTCFullYear() - 15}-01-01`;
      input.legal = { ...input.legal, placeOfSafety: 'Northbridge police station', atPoliceStation: true, policeStation: allMet };
      expect(issuesOf(input)).toEqual([{ field: 'legal.atPoliceStation', message: 's136A(1): A police station may never be used as a place of safety for a person under 18.' }]);
    });

    it('s136A(2): an adult at a police station with the conditions met and an inspector’s authorisation is accepted', () => {
      const input = validReferral();
      input.legal = { ...input.legal, placeOfSafety: 'Northbridge police station', atPoliceStation: true, policeStation: { ...allMet, authorisedBy: 'Insp. Example' } };
      expect(issuesOf(input)).toEqual([]);
    });

    it('s136A: a place of safety named as a police station must say whether it is one', () => {
      const input = validReferral();
      input.legal = { ...input.legal, placeOfSafety: 'Northbridge police station' };
      expect(issuesOf(input).map((i) => i.field)).toEqual(['legal.atPoliceStation']);
    });

    it('s5(2): someone in the emergency department is not an in-patient', () => {
      const input = validReferral({ source: { kind: 'emergency_department', referrerName: 'Liaison nurse', referrerContact: 'ext 1' }, locationKind: 'emergency_department' });
      input.legal = { situation: 's5_2', clockStartedAt: new Date(Date.now() - HOUR).toISOString() };
      expect(issuesOf(input)).toEqual([{ field: 'locationKind', message: expect.stringMatching(/^s5\(2\): the holding power applies only to a hospital in-patient, not to someone in the emergency department/) }]);
    });

    it('a clock started in 1970 is refused, confirmed or not', () => {
      const input = validReferral();
      input.legal = { ...input.legal, clockStartedAt: '1970-01-01T00:00:00Z', clockStartConfirmed: true };
      expect(issuesOf(input).map((i) => i.field)).toEqual(['legal.clockStartedAt']);
    });

    it('s136(2A): a start longer ago than the power can run is refused unless confirmed', () => {
      const input = validReferral();
      input.legal = { ...input.legal, clockStartedAt: new Date(Date.now() - 40 * HOUR).toISOString() };
      expect(issuesOf(input)).toEqual([{ field: 'legal.clockStartedAt', message: expect.stringContaining('confirm them') }]);
      input.legal.clockStartConfirmed = true;
      expect(issuesOf(input)).toEqual([]);
    });

    it('still names the other fields’ problems beside a fact problem', () => {
      const input = validReferral();
      input.reason = ' ';
      input.legal = { ...input.legal, clockStartedAt: new Date(Date.now() - 40 * HOUR).toISOString() };
      expect(issuesOf(input).map((i) => i.field).sort()).toEqual(['legal.clockStartedAt', 'reason']);
    });
  });
});
