import { emptyReferralForm, ReferralFormValues } from '../features/referrals/referral-form-model';

/** A complete, fictional s136 referral as typed into the form (arrival in BST). */
export function validForm(overrides: Partial<ReferralFormValues['text']> = {}): ReferralFormValues {
  const form = emptyReferralForm();
  Object.assign(form.text, {
    'person.givenName': 'Sam',
    'person.familyName': 'Fictional',
    'person.dateOfBirth': '1990-05-17',
    'person.nhsNumber': '943 476 5919',
    'person.sex': 'female',
    'person.ethnicCategory': 'M',
    'person.address': '2 Imaginary Road, Exampletown',
    'person.postcode': 'ex1 1aa',
    'person.council': 'Example Council',
    'source.kind': 'police',
    'source.referrerName': 'PC Example',
    'source.referrerContact': '0100 000 0001',
    'legal.situation': 's136',
    'legal.clockStartedAt': '2026-07-01T14:30',
    'legal.placeOfSafety': 'Example Hospital place of safety suite',
    'legal.atPoliceStation': 'no',
    currentLocation: 'Place of safety suite',
    reason: 'Fictional: found distressed on a bridge',
    urgency: 'emergency',
    ...overrides,
  });
  return form;
}
