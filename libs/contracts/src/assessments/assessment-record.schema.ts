import { APPLICATION_SECTIONS, londonDateOf, S26_RELATIONSHIP_CODES, S26Relationship } from '@amhp/domain';
import { z } from 'zod';
import { isoDate, isoInstant, optionalText, requiredText, uuidOf, versionField, yesNo } from './fields';

/**
 * Request bodies of the record endpoints: the people and facts an application is assembled
 * from. Writes to an assessment carry `version` like the commands and add to its timeline.
 */

const notInFuture = (value: string | null | undefined) => !value || Date.parse(value) <= Date.now() + 5 * 60 * 1000;

/** POST /api/doctors: a registered medical practitioner AMHPs call on. */
export const createDoctorSchema = z.object({
  name: requiredText('Doctor’s name', 120),
  gmcNumber: z
    .string({ error: 'GMC number is required' })
    .trim()
    .regex(/^\d{7}$/, { error: 'GMC number must be 7 digits' }),
  s12Approved: yesNo('Approved under s12'),
  approvedClinician: yesNo('Approved clinician'),
  /** Only a registered medical practitioner can give a medical recommendation. */
  registered: yesNo('Registered with the GMC'),
  organisation: optionalText('Organisation', 200),
  /** The clinical team they routinely work in (Conflicts of Interest Regulations 2008). */
  team: optionalText('Team', 120),
  phone: optionalText('Phone', 40),
});
export type CreateDoctor = z.output<typeof createDoctorSchema>;
export type CreateDoctorInput = z.input<typeof createDoctorSchema>;

/** PATCH /api/doctors/:id: correct or update a doctor (s12 approval lapsing, a new team...); audited with before and after. */
export const updateDoctorSchema = createDoctorSchema
  .partial()
  .refine((body) => Object.values(body).some((v) => v !== undefined), { error: 'Change at least one field of the doctor' });
export type UpdateDoctor = z.output<typeof updateDoctorSchema>;
export type UpdateDoctorInput = z.input<typeof updateDoctorSchema>;

/** POST /api/amhps: the minimal AMHP record the rules need (the rota issue extends it). */
export const createAmhpSchema = z
  .object({
    name: requiredText('AMHP’s name', 120),
    approvingCouncil: optionalText('Approving council', 120),
    approvedOn: isoDate('Date approved'),
    expiresOn: isoDate('Date approval expires'),
    suspendedFrom: isoDate('Date approval suspended').nullish(),
    team: optionalText('Team', 120),
  })
  .superRefine((body, ctx) => {
    if (body.expiresOn < body.approvedOn) {
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'Approval cannot expire before it starts' });
    }
  });
export type CreateAmhp = z.output<typeof createAmhpSchema>;
export type CreateAmhpInput = z.input<typeof createAmhpSchema>;

const recommendationFields = {
  section: z.enum(APPLICATION_SECTIONS, { error: 'Choose the section the recommendation is for: s2, s3 or s4' }),
  signedAt: isoInstant('Time the recommendation was signed').refine(notInFuture, { error: 'A recommendation cannot be signed in the future' }),
  /** s3 only: the recommendation states that appropriate medical treatment is available (s3(2)(d)). */
  statesAppropriateTreatmentAvailable: yesNo('States appropriate treatment is available').optional(),
};

const recommendationSchema = z.object(recommendationFields).superRefine((rec, ctx) => {
  if (rec.section === 's3' && rec.statesAppropriateTreatmentAvailable === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['statesAppropriateTreatmentAvailable'],
      message: 'Say whether the s3 recommendation states that appropriate medical treatment is available (s3(2)(d))',
    });
  }
});

/** POST /api/assessments/:id/examinations: a doctor's examination and, if they recommend, their recommendation. */
export const recordExaminationSchema = z
  .object({
    version: versionField,
    doctorId: uuidOf('Doctor'),
    examinedAt: isoInstant('Time of the examination').refine(notInFuture, { error: 'An examination cannot be in the future' }),
    /** Knew the person before the assessment (s12(2)). */
    previousAcquaintance: yesNo('Previous acquaintance with the person'),
    conflicts: z
      .object({
        relativeOfPatient: yesNo('Relative of the person').optional(),
        financialInterestInOutcome: yesNo('Financial interest in the outcome').optional(),
      })
      .optional(),
    recommendation: recommendationSchema.nullish(),
  })
  .superRefine((body, ctx) => {
    if (body.recommendation && Date.parse(body.recommendation.signedAt) < Date.parse(body.examinedAt)) {
      ctx.addIssue({ code: 'custom', path: ['recommendation', 'signedAt'], message: 'A recommendation is signed after the examination, not before' });
    }
  });
export type RecordExamination = z.output<typeof recordExaminationSchema>;
export type RecordExaminationInput = z.input<typeof recordExaminationSchema>;

/** POST /api/assessments/:id/examinations/:examinationId/recommendation: the doctor signs later. */
export const recordRecommendationSchema = recommendationSchema.and(z.object({ version: versionField }));
export type RecordRecommendation = z.output<typeof recordRecommendationSchema>;
export type RecordRecommendationInput = z.input<typeof recordRecommendationSchema>;

export const relativeSchema = z
  .object({
    name: requiredText('Relative’s name', 120),
    relationship: z.enum(S26_RELATIONSHIP_CODES as [S26Relationship, ...S26Relationship[]], {
      error: 'Choose how they are related to the person (s26)',
    }),
    dateOfBirth: isoDate('Date of birth')
      .refine((d) => d <= londonDateOf(new Date()), { error: 'Date of birth cannot be in the future' })
      .nullish(),
    halfBlood: yesNo('Half blood').optional(),
    livesWithOrCaresForPatient: yesNo('Lives with or cares for the person'),
    ordinarilyResidentInUk: yesNo('Ordinarily resident in the UK'),
    permanentlySeparatedOrDeserted: yesNo('Permanently separated or deserted').optional(),
    livingWithPatientSince: isoDate('Living with the person since').nullish(),
    livingWithPatientUntil: isoDate('Living with the person until').nullish(),
    throughFatherWithoutParentalResponsibility: yesNo('Related through a father without parental responsibility').optional(),
    excludedReason: optionalText('Reason they cannot be the nearest relative', 500),
    contact: optionalText('How to contact them', 200),
  })
  .superRefine((r, ctx) => {
    if ((r.relationship === 'cohabiting_partner' || r.relationship === 'lives_with_patient') && !r.livingWithPatientSince) {
      ctx.addIssue({ code: 'custom', path: ['livingWithPatientSince'], message: 'Give the date they started living with the person (s26(6), s26(7))' });
    }
  });

/**
 * PUT /api/assessments/:id/nearest-relative/relatives: everyone the AMHP knows of; the API
 * identifies the nearest relative by s26 (libs/domain identifyNearestRelative) and keeps the
 * reason. Where the records cannot decide (twins, unknown ages), the AMHP names who appears to
 * be the nearest relative by their position in the list, with the reason.
 */
export const recordRelativesSchema = z.object({
  version: versionField,
  /** s26(5)(a): if the person lives in the UK, relatives who do not are passed over. */
  patientOrdinarilyResidentInUk: yesNo('The person is ordinarily resident in the UK'),
  relatives: z.array(relativeSchema, { error: 'List the relatives (an empty list if there are none)' }).max(30, { error: 'At most 30 relatives' }),
  appearingNearestRelative: z
    .object({
      index: z.number({ error: 'Choose a relative from the list' }).int().nonnegative(),
      reason: requiredText('Why they appear to be the nearest relative', 1000),
    })
    .nullish(),
});
export type RecordRelatives = z.output<typeof recordRelativesSchema>;
export type RecordRelativesInput = z.input<typeof recordRelativesSchema>;

/** PUT /api/assessments/:id/nearest-relative/contact: what the AMHP has done about the nearest relative (s11(3), s11(4)). */
export const recordNearestRelativeContactSchema = z.object({
  version: versionField,
  /** When no nearest relative can be identified: the steps taken to find out. */
  notKnownReason: optionalText('Steps taken to identify the nearest relative', 2000),
  /** s11(3): informed that an application is to be or has been made, and of the power to discharge. */
  informedAt: isoInstant('Time the nearest relative was informed').refine(notInFuture, { error: 'Cannot be in the future' }).nullish(),
  toBeInformedAfterApplication: yesNo('Will be informed after the application').optional(),
  /** s11(4): consulted before an s3 application. */
  consultedAt: isoInstant('Time the nearest relative was consulted').refine(notInFuture, { error: 'Cannot be in the future' }).nullish(),
  /** s11(4)(a): they object to an s3 application. */
  objects: yesNo('The nearest relative objects').optional(),
  /** Why informing or consulting is not (reasonably) practicable or would involve unreasonable delay. */
  notReasonablyPracticableReason: optionalText('Why it is not reasonably practicable', 2000),
  /** s29: displaced by a county court order. */
  displacedByCountyCourt: yesNo('Displaced by the county court (s29)').optional(),
});
export type RecordNearestRelativeContact = z.output<typeof recordNearestRelativeContactSchema>;
export type RecordNearestRelativeContactInput = z.input<typeof recordNearestRelativeContactSchema>;

/** POST /api/assessments/:id/amhp-seen-person: s11(5) / s4(5), when the allocated AMHP personally saw the person. */
export const recordAmhpSeenPersonSchema = z.object({
  version: versionField,
  seenAt: isoInstant('Time the AMHP saw the person').refine(notInFuture, { error: 'Cannot be in the future' }),
});
export type RecordAmhpSeenPerson = z.output<typeof recordAmhpSeenPersonSchema>;
export type RecordAmhpSeenPersonInput = z.input<typeof recordAmhpSeenPersonSchema>;
