import type { CreateReferralInput } from '@amhp/contracts';

/** A valid referral with no legal clock; override what a test is about. */
export function communityReferral(overrides: Partial<CreateReferralInput> = {}): CreateReferralInput {
  return {
    person: {
      givenName: 'Test',
      familyName: 'Person',
      dateOfBirth: '1984-03-21',
      nhsNumber: '943 476 5919', // a valid check digit (NHS Data Dictionary example)
      sex: 'female',
      ethnicCategory: 'A',
      address: '1 Example Street, Exampletown',
      postcode: 'ex1 1aa',
      council: 'Example Borough Council',
    },
    source: { kind: 'gp', referrerName: 'Dr Example', referrerContact: '01632 960000' },
    legal: { situation: 'none' },
    currentLocation: 'At home',
    reason: 'Deteriorating mental state; family concerned.',
    risks: { violence: false, weapons: false, childrenOrVulnerableAdults: false, substanceUse: false, medicalNeeds: false },
    urgency: 'routine',
    ...overrides,
  };
}

const HOUR = 3600 * 1000;

/** s136: arrival at the place of safety `hoursAgo` hours ago (s136(2A): 24 h from arrival). */
export function s136Referral(hoursAgo: number, overrides: Partial<CreateReferralInput> = {}): CreateReferralInput {
  return communityReferral({
    source: { kind: 'police', referrerName: 'PC Example', referrerContact: '101 ext 1234' },
    legal: { situation: 's136', clockStartedAt: new Date(Date.now() - hoursAgo * HOUR).toISOString(), placeOfSafety: 'Example Hospital health-based place of safety' },
    currentLocation: 'Health-based place of safety',
    urgency: 'emergency',
    ...overrides,
  });
}

/** s5(4): the nurse's holding power began at `startedAt` (6 h). */
export function s5_4Referral(startedAt: Date, overrides: Partial<CreateReferralInput> = {}): CreateReferralInput {
  return communityReferral({
    source: { kind: 'ward', referrerName: 'Nurse Example', referrerContact: 'Ward 7, ext 4321' },
    legal: { situation: 's5_4', clockStartedAt: startedAt.toISOString() },
    currentLocation: 'Ward 7, Example Hospital',
    locationKind: 'hospital_ward',
    urgency: 'emergency',
    ...overrides,
  });
}
