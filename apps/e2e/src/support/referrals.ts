import { CreateReferralInput, ReferralView } from '@amhp/contracts';

const HOUR = 3600_000;

/** A fictional referral; `clockStartedAgoMs` sets how long ago the holding power began. */
export function referralInput(
  situation: 's136' | 's5_4' | 'none',
  clockStartedAgoMs: number,
  familyName: string,
): CreateReferralInput {
  return {
    person: {
      givenName: 'Robin',
      familyName,
      dateOfBirth: '1990-06-15',
      nhsNumber: '943 476 5919',
      sex: 'not_known',
      ethnicCategory: 'N',
      address: '12 Fictional Road, Exampletown',
      postcode: 'EX1 2AB',
      council: 'Exampleshire County Council',
    },
    source: { kind: situation === 's136' ? 'police' : 'ward', referrerName: 'Test Referrer', referrerContact: '01234 000000' },
    legal:
      situation === 'none'
        ? { situation }
        : {
            situation,
            clockStartedAt: new Date(Date.now() - clockStartedAgoMs).toISOString(),
            placeOfSafety: situation === 's136' ? 'Exampletown Hospital place of safety' : undefined,
          },
    currentLocation: situation === 's136' ? 'Exampletown Hospital place of safety' : 'Ward 4, Exampletown Hospital',
    reason: 'Browser test referral.',
    risks: { violence: false, weapons: false, childrenOrVulnerableAdults: false, substanceUse: false, medicalNeeds: false },
    urgency: 'urgent',
  };
}

export async function postReferral(baseUrl: string, input: CreateReferralInput): Promise<ReferralView> {
  const response = await fetch(`${baseUrl}/api/referrals`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (response.status !== 201) throw new Error(`POST /api/referrals gave ${response.status}: ${await response.text()}`);
  return (await response.json()) as ReferralView;
}

export { HOUR };
