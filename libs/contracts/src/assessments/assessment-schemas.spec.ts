import { toFieldIssues } from '../errors/validation-error';
import { assessmentCommandUrl, makeApplicationSchema, screenReferralSchema, withdrawAssessmentSchema, arrangeAssessmentSchema } from './assessment-command.schema';
import { createAmhpSchema, recordExaminationSchema, recordRelativesSchema } from './assessment-record.schema';
import { extendDetentionSchema } from './detention-extension.schema';
import { z } from 'zod';

const fieldsRefused = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error).map((i) => i.field).sort();
};

const uuid = '3f1e2d4c-5b6a-4789-9abc-def012345678';
const HOUR = 3600_000;

describe('assessment command schemas', () => {
  it('every command needs the version the user saw', () => {
    expect(fieldsRefused(withdrawAssessmentSchema, { reason: 'Duplicate' })).toEqual(['version']);
    expect(fieldsRefused(withdrawAssessmentSchema, { reason: 'Duplicate', version: 0 })).toEqual(['version']);
    expect(fieldsRefused(withdrawAssessmentSchema, { reason: 'Duplicate', version: 3 })).toEqual([]);
  });

  it('screening: a redirection names the service; blank optional text becomes null', () => {
    expect(fieldsRefused(screenReferralSchema, { version: 1, decision: 'redirected', reason: 'Needs housing support', redirectedTo: ' ' })).toEqual(['redirectedTo']);
    expect(screenReferralSchema.parse({ version: 1, decision: 'accepted', reason: ' Risk ', redirectedTo: '' })).toEqual({ version: 1, decision: 'accepted', reason: 'Risk', redirectedTo: null });
    const issues = toFieldIssues(screenReferralSchema.safeParse({ version: 1, decision: 'maybe', reason: '' }).error!);
    expect(issues).toEqual([
      { field: 'decision', message: 'Choose a screening decision: accepted, redirected or no further action' },
      { field: 'reason', message: 'Reason for the screening decision is required' },
    ]);
  });

  it('an application names its section and one or two distinct recommendations, and is not dated in the future', () => {
    expect(fieldsRefused(makeApplicationSchema, { version: 1, section: 's5', recommendationIds: [] })).toEqual(['recommendationIds', 'section']);
    expect(fieldsRefused(makeApplicationSchema, { version: 1, section: 's2', recommendationIds: [uuid, uuid] })).toEqual(['recommendationIds']);
    expect(fieldsRefused(makeApplicationSchema, { version: 1, section: 's2', recommendationIds: [uuid], madeAt: new Date(Date.now() + HOUR).toISOString() })).toEqual(['madeAt']);
    expect(fieldsRefused(makeApplicationSchema, { version: 1, section: 's4', recommendationIds: [uuid], urgentNecessityStatement: 'Serious risk tonight' })).toEqual([]);
  });

  it('arranging needs at least one doctor, each once', () => {
    const base = { version: 1, scheduledAt: '2026-11-25T14:30:00Z', place: 'Home' };
    expect(fieldsRefused(arrangeAssessmentSchema, { ...base, doctorIds: [] })).toEqual(['doctorIds']);
    expect(fieldsRefused(arrangeAssessmentSchema, { ...base, doctorIds: [uuid, uuid] })).toEqual(['doctorIds']);
    expect(fieldsRefused(arrangeAssessmentSchema, { ...base, scheduledAt: '25/11/2026', doctorIds: [uuid] })).toEqual(['scheduledAt']);
  });

  it('command URLs use the kebab-case of the domain command', () => {
    expect(assessmentCommandUrl(uuid, 'send_written_reasons_to_nearest_relative')).toBe(`/api/assessments/${uuid}/commands/send-written-reasons-to-nearest-relative`);
  });
});

describe('record schemas', () => {
  const examinedAt = new Date(Date.now() - 2 * HOUR).toISOString();

  it('s3(2)(d): an s3 recommendation says whether appropriate treatment is available; signing follows the examination', () => {
    expect(fieldsRefused(recordExaminationSchema, { version: 1, doctorId: uuid, examinedAt, previousAcquaintance: false, recommendation: { section: 's3', signedAt: examinedAt } })).toEqual([
      'recommendation.statesAppropriateTreatmentAvailable',
    ]);
    const before = new Date(Date.now() - 3 * HOUR).toISOString();
    expect(fieldsRefused(recordExaminationSchema, { version: 1, doctorId: uuid, examinedAt, previousAcquaintance: true, recommendation: { section: 's2', signedAt: before } })).toEqual([
      'recommendation.signedAt',
    ]);
  });

  it('s26(6), s26(7): a partner or housemate gives the date they started living with the person', () => {
    const relative = { name: 'Partner', relationship: 'cohabiting_partner', livesWithOrCaresForPatient: true, ordinarilyResidentInUk: true };
    expect(fieldsRefused(recordRelativesSchema, { version: 1, patientOrdinarilyResidentInUk: true, relatives: [relative] })).toEqual(['relatives.0.livingWithPatientSince']);
    expect(fieldsRefused(recordRelativesSchema, { version: 1, patientOrdinarilyResidentInUk: true, relatives: [{ ...relative, livingWithPatientSince: '2025-01-01' }] })).toEqual([]);
  });

  it('an AMHP’s approval cannot expire before it starts', () => {
    expect(fieldsRefused(createAmhpSchema, { name: 'A', approvedOn: '2026-01-01', expiresOn: '2025-12-31' })).toEqual(['expiresOn']);
  });
});

describe('s136B extension schema', () => {
  const valid = { version: 3, authorisedAt: '2026-11-25T10:00:00Z', hours: 6, reason: 'intoxication', doctorId: uuid };

  it('accepts a doctor from the register or by name, and leaves more than 12 hours to the domain (s136B(1))', () => {
    expect(fieldsRefused(extendDetentionSchema, valid)).toEqual([]);
    expect(fieldsRefused(extendDetentionSchema, { ...valid, doctorId: undefined, doctorName: 'Dr Khan' })).toEqual([]);
    expect(fieldsRefused(extendDetentionSchema, { ...valid, hours: 13 })).toEqual([]);
  });

  it('names each bad field: no doctor, hours under 1, an unknown reason, a time without a zone', () => {
    expect(fieldsRefused(extendDetentionSchema, { ...valid, doctorId: undefined })).toEqual(['doctorId']);
    expect(fieldsRefused(extendDetentionSchema, { ...valid, hours: 0, reason: 'lunch', authorisedAt: '2026-11-25 10:00' })).toEqual(['authorisedAt', 'hours', 'reason']);
    expect(fieldsRefused(extendDetentionSchema, { ...valid, version: undefined })).toEqual(['version']);
  });
});
