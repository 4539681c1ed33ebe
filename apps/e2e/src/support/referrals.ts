import { CreateReferralInput, ReferralView } from '@amhp/contracts';
import { ApiSession, apiSignIn } from './auth';

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
    locationKind: situation === 's136' ? 'place_of_safety' : 'hospital_ward',
    reason: 'Browser test referral.',
    risks: { violence: false, weapons: false, childrenOrVulnerableAdults: false, substanceUse: false, medicalNeeds: false },
    urgency: 'urgent',
  };
}

const amhpSessions = new Map<string, Promise<ApiSession>>();

/** Posts a referral as the demo AMHP (signed in once per stack), or as `session`. */
export async function postReferral(baseUrl: string, input: CreateReferralInput, session?: ApiSession): Promise<ReferralView> {
  if (!session && !amhpSessions.has(baseUrl)) amhpSessions.set(baseUrl, apiSignIn(baseUrl, 'amhp'));
  const as = session ?? (await amhpSessions.get(baseUrl)!);
  const response = await fetch(`${baseUrl}/api/referrals`, {
    method: 'POST',
    headers: as.headers(),
    body: JSON.stringify(input),
  });
  if (response.status !== 201) throw new Error(`POST /api/referrals gave ${response.status}: ${await response.text()}`);
  return (await response.json()) as ReferralView;
}

export { HOUR };
