import type { CreateReferralInput } from '@amhp/contracts';
import { BOARD_ROW_BASE_FIELDS, BOARD_ROW_DETAILS } from '@amhp/contracts';
import { s136Referral } from './referral-fixtures';

/**
 * A fictional person whose every detail is distinctive, so that any response or socket event
 * that carries one of them is caught by a plain text search (leaksOf).
 */
export const MARKED = {
  givenName: 'Oriel',
  familyName: 'Quillfeather',
  dateOfBirth: '1979-02-03',
  nhsNumber: '4010232137',
  address: '7 Leakcheck Lane, Exampletown',
  postcode: 'LK1 7QQ',
  currentLocation: 'Ward Zeta-9, Example Hospital',
  reason: 'Marker reason: voices since Tuesday',
  riskNotes: 'Marker risk note',
  referrerName: 'PC Markerfield',
  referrerContact: '01632 969696',
  placeOfSafety: 'Markerton place of safety',
} as const;

/** An s136 referral (so it has a running clock) of the marked person. */
export function markedReferral(hoursAgo = 2): CreateReferralInput {
  return s136Referral(hoursAgo, {
    person: {
      givenName: MARKED.givenName,
      familyName: MARKED.familyName,
      dateOfBirth: MARKED.dateOfBirth,
      nhsNumber: MARKED.nhsNumber,
      sex: 'female',
      ethnicCategory: 'M',
      address: MARKED.address,
      postcode: MARKED.postcode,
      council: 'Example Borough Council',
    },
    source: { kind: 'police', referrerName: MARKED.referrerName, referrerContact: MARKED.referrerContact },
    legal: { situation: 's136', clockStartedAt: new Date(Date.now() - hoursAgo * 3600_000).toISOString(), placeOfSafety: MARKED.placeOfSafety },
    currentLocation: MARKED.currentLocation,
    reason: MARKED.reason,
    risks: { violence: true, weapons: false, childrenOrVulnerableAdults: false, substanceUse: false, medicalNeeds: false, notes: MARKED.riskNotes },
  });
}

/** The marked person's details found anywhere in a response body or event payload. */
export function leaksOf(payload: unknown): string[] {
  const text = JSON.stringify(payload) ?? '';
  return Object.entries(MARKED)
    .filter(([, value]) => text.includes(value))
    .map(([key]) => key);
}

/** The fields of a board row, sorted: without the person's details, and with all of them. */
export const ROW_FIELDS = {
  bare: [...BOARD_ROW_BASE_FIELDS].sort(),
  full: [...BOARD_ROW_BASE_FIELDS, ...BOARD_ROW_DETAILS].sort(),
};

export const fieldsOf = (value: object): string[] => Object.keys(value).sort();
