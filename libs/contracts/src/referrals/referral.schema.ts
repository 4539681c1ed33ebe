import {
  checkReferralFacts,
  ETHNIC_CATEGORY_CODES,
  LOCATION_KIND_CODES,
  LocationKind,
  EthnicCategoryCode,
  isValidNhsNumber,
  LEGAL_SITUATION_CODES,
  LegalSituation,
  normaliseNhsNumber,
  REFERRAL_SOURCE_CODES,
  ReferralSource,
  situationHasStart,
  Urgency,
  URGENCY_CODES,
} from '@amhp/domain';
import { z } from 'zod';
import { teamIdField } from '../rota/fields';

const text = (label: string, max = 200) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be at most ${max} characters` });

const optionalText = (label: string, max = 2000) =>
  z.string().trim().max(max, { error: `${label} must be at most ${max} characters` }).optional();

/** UK postcode, loosely: outward code, space optional, inward code (e.g. "SW1A 1AA", "m1 1ae"). */
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;

const isoInstant = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label} must be a date and time with a time zone, e.g. 2026-11-25T14:30:00Z` });

export const SEXES = ['female', 'male', 'indeterminate', 'not_known'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Record<Sex, string> = {
  female: 'Female',
  male: 'Male',
  indeterminate: 'Indeterminate',
  not_known: 'Not known',
};

export const personSchema = z.object({
  givenName: text('Given name', 100),
  familyName: text('Family name', 100),
  dateOfBirth: z.iso
    .date({ error: 'Date of birth must be a date, e.g. 1984-03-21' })
    .refine((d) => d <= new Date().toISOString().slice(0, 10), { error: 'Date of birth cannot be in the future' })
    .refine((d) => d >= '1900-01-01', { error: 'Date of birth must be after 1900' }),
  nhsNumber: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : normaliseNhsNumber(v)))
    .refine((v) => v === undefined || /^\d{10}$/.test(v), { error: 'NHS number must be 10 digits' })
    .refine((v) => v === undefined || !/^\d{10}$/.test(v) || isValidNhsNumber(v), {
      error: 'NHS number fails the check digit: check it has been copied correctly',
    })
    .optional(),
  sex: z.enum(SEXES, { error: 'Choose the person’s sex (or “Not known”)' }),
  ethnicCategory: z.enum(ETHNIC_CATEGORY_CODES as [EthnicCategoryCode, ...EthnicCategoryCode[]], {
    error: 'Choose an ethnic category (NHS Data Dictionary code A–S, or Z if not stated)',
  }),
  address: text('Address', 300),
  postcode: z
    .string({ error: 'Postcode is required' })
    .trim()
    .regex(POSTCODE, { error: 'Postcode must be a UK postcode, e.g. SW1A 1AA' })
    .transform((v) => v.toUpperCase().replace(/\s*(\d[A-Z]{2})$/, ' $1')),
  council: text('Responsible council', 120),
});

export const referralSourceSchema = z.object({
  kind: z.enum(REFERRAL_SOURCE_CODES as [ReferralSource, ...ReferralSource[]], {
    error: 'Choose who made the referral',
  }),
  referrerName: text('Referrer name', 120),
  referrerContact: text('Referrer contact', 200),
});

const yes = (label: string) => z.boolean({ error: `${label} must be yes or no` });

/** Regulation 2 of the Places of Safety Regulations 2017, and the inspector's authorisation (s136A(2)). */
export const policeStationSchema = z.object({
  imminentRiskOfSeriousInjuryOrDeath: yes('The person’s behaviour poses an imminent risk of serious injury or death'),
  noOtherPlaceOfSafetyReasonablyAvailable: yes('No other place of safety can reasonably be used'),
  healthcareProfessionalAvailable: yes('A healthcare professional is available to the person'),
  inspectorAuthorised: yes('An inspector or above authorised it'),
  /** The authorising officer's name and rank. */
  authorisedBy: optionalText('Authorising officer', 120),
});

export const legalOnReferralSchema = z
  .object({
    situation: z.enum(LEGAL_SITUATION_CODES as [LegalSituation, ...LegalSituation[]], {
      error: 'Choose the person’s legal situation on referral',
    }),
    /** s136/s135(1): arrival at the place of safety; s5(2)/s5(4): when the holding power began. */
    clockStartedAt: isoInstant('Start of the holding power').optional(),
    placeOfSafety: optionalText('Place of safety', 200),
    details: optionalText('Legal details', 1000),
    /** The start is long enough ago that the power would have lapsed, and the AMHP confirms it is right. */
    clockStartConfirmed: z.boolean({ error: 'Confirming the start time must be yes or no' }).optional(),
    /** s136/s135(1): the place of safety is a police station (s136A). */
    atPoliceStation: z.boolean({ error: 'Whether the place of safety is a police station must be yes or no' }).optional(),
    /** The conditions for holding an adult at a police station (Mental Health Act 1983 (Places of Safety) Regulations 2017). */
    policeStation: policeStationSchema.optional(),
  })
  .superRefine((legal, ctx) => {
    if (situationHasStart(legal.situation) && !legal.clockStartedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['clockStartedAt'],
        message:
          legal.situation === 's136' || legal.situation === 's135_1'
            ? 'Time of arrival at the place of safety is required: the 24-hour clock runs from it'
            : legal.situation === 's2_detained'
              ? 'Time of admission under s2 is required: its 28 days run from it (s2(4))'
              : 'Time the holding power began is required: its clock runs from it',
      });
    }
    if (!situationHasStart(legal.situation) && legal.clockStartedAt) {
      ctx.addIssue({ code: 'custom', path: ['clockStartedAt'], message: 'Only s136, s135(1), s5(2), s5(4) and a detention under s2 have a start time' });
    }
    if ((legal.atPoliceStation !== undefined || legal.policeStation) && legal.situation !== 's136' && legal.situation !== 's135_1') {
      ctx.addIssue({ code: 'custom', path: ['atPoliceStation'], message: 'A place of safety is recorded for s136 and s135(1) only' });
    }
    if ((legal.situation === 's136' || legal.situation === 's135_1') && !legal.placeOfSafety) {
      ctx.addIssue({ code: 'custom', path: ['placeOfSafety'], message: 'Place of safety is required for s136 and s135(1)' });
    }
    if (legal.situation === 'other' && !legal.details) {
      ctx.addIssue({ code: 'custom', path: ['details'], message: 'Describe the legal situation when it is "other"' });
    }
  });

export const risksSchema = z.object({
  violence: z.boolean({ error: 'Violence must be yes or no' }),
  weapons: z.boolean({ error: 'Weapons must be yes or no' }),
  childrenOrVulnerableAdults: z.boolean({ error: 'Children or vulnerable adults present must be yes or no' }),
  substanceUse: z.boolean({ error: 'Substance use must be yes or no' }),
  medicalNeeds: z.boolean({ error: 'Medical needs must be yes or no' }),
  notes: optionalText('Risk notes', 2000),
});

export const createReferralSchema = z.object({
  person: personSchema,
  source: referralSourceSchema,
  legal: legalOnReferralSchema,
  currentLocation: text('Where the person is now', 300),
  reason: text('Reason for referral', 4000),
  risks: risksSchema,
  urgency: z.enum(URGENCY_CODES as [Urgency, ...Urgency[]], { error: 'Choose how urgent the referral is' }),
  /** Where the person is now, in the terms the rules need: s5(2) and s5(4) hold in-patients only. */
  locationKind: z.enum(LOCATION_KIND_CODES as [LocationKind, ...LocationKind[]], { error: 'Choose where the person is now' }).optional(),
  /** The day team whose area the person is in; the first day team when left out. */
  teamId: teamIdField('Team').optional(),
})
  .superRefine((referral, ctx) => {
    // The facts checked against each other (libs/domain checkReferralFacts), with the section quoted.
    const issues = checkReferralFacts(
      {
        situation: referral.legal.situation,
        source: referral.source.kind,
        dateOfBirth: referral.person.dateOfBirth,
        locationKind: referral.locationKind ?? null,
        clockStartedAt: referral.legal.clockStartedAt ? new Date(referral.legal.clockStartedAt) : null,
        clockStartConfirmed: referral.legal.clockStartConfirmed ?? false,
        atPoliceStation: referral.legal.atPoliceStation,
        placeOfSafety: referral.legal.placeOfSafety ?? null,
        policeStation: referral.legal.policeStation ?? null,
      },
      new Date(),
    );
    for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.field.split('.'), message: issue.message });
  }, {
    // Checked beside the other fields' problems (the form names them all at once), but only on facts that parsed.
    when: (payload) => !payload.issues.some((issue) => touchesFacts((issue.path ?? []).map(String).join('.'))),
  });

/** The fields checkReferralFacts reads: it runs only when each of them is well formed. */
const FACT_FIELDS = ['legal.situation', 'legal.clockStartedAt', 'legal.atPoliceStation', 'legal.policeStation', 'legal.clockStartConfirmed', 'person.dateOfBirth', 'source.kind', 'locationKind'];

function touchesFacts(path: string): boolean {
  return path === '' || FACT_FIELDS.some((field) => field === path || field.startsWith(`${path}.`) || path.startsWith(`${field}.`));
}

/** What a client sends. */
export type CreateReferralInput = z.input<typeof createReferralSchema>;
/** What the API keeps after validation and normalisation. */
export type CreateReferral = z.output<typeof createReferralSchema>;

export const closeReferralSchema = z.object({
  reason: text('Reason for closing', 1000),
  version: z.number({ error: 'Version is required' }).int().nonnegative(),
});
export type CloseReferral = z.infer<typeof closeReferralSchema>;
