import {
  AmhpView,
  ASSESSOR_RELATIONSHIPS_PATH,
  AssessmentCommandInputs,
  assessmentCommandUrl,
  AssessmentView,
  CONVERT_S4_TO_S2_PATH,
  ConvertS4ToS2Input,
  CreateDoctorInput,
  END_HOLDING_POWER_PATH,
  EndHoldingPowerInput,
  RECORD_S5_2_REPORT_PATH,
  RecordS5_2ReportInput,
  DoctorView,
  EXTEND_DETENTION_PATH,
  ExtendDetentionInput,
  RecordAmhpSeenPersonInput,
  RecordAssessorRelationshipsInput,
  RecordExaminationInput,
  RecordNearestRelativeContactInput,
  RecordRecommendationInput,
  RecordRelativesInput,
} from '@amhp/contracts';
import { AssessmentCommandType } from '@amhp/domain';
import { apiRequest } from '../../lib/api-client';

/**
 * The assessment endpoints (apps/api/src/modules/assessments). Every write carries the
 * `version` the user saw: a stale one is refused with ConflictError (409) and changes nothing;
 * a command the rules refuse comes back as CommandRefusedError (422) with the rules broken.
 * A write answers with the assessment as it now stands, when the API sends it back.
 */
const base = (id: string) => `/api/assessments/${encodeURIComponent(id)}`;

export function fetchAssessment(id: string, signal?: AbortSignal): Promise<AssessmentView> {
  return apiRequest<AssessmentView>(base(id), { signal });
}

export function runCommand<C extends AssessmentCommandType>(id: string, command: C, body: AssessmentCommandInputs[C]): Promise<AssessmentView | undefined> {
  return apiRequest<AssessmentView | undefined>(assessmentCommandUrl(encodeURIComponent(id), command), { method: 'POST', body });
}

export function recordExamination(id: string, body: RecordExaminationInput): Promise<AssessmentView | undefined> {
  return apiRequest(`${base(id)}/examinations`, { method: 'POST', body });
}

export function recordRecommendation(id: string, examinationId: string, body: RecordRecommendationInput): Promise<AssessmentView | undefined> {
  return apiRequest(`${base(id)}/examinations/${encodeURIComponent(examinationId)}/recommendation`, { method: 'POST', body });
}

export function recordRelatives(id: string, body: RecordRelativesInput): Promise<AssessmentView | undefined> {
  return apiRequest(`${base(id)}/nearest-relative/relatives`, { method: 'PUT', body });
}

export function recordNearestRelativeContact(id: string, body: RecordNearestRelativeContactInput): Promise<AssessmentView | undefined> {
  return apiRequest(`${base(id)}/nearest-relative/contact`, { method: 'PUT', body });
}

export function recordAmhpSeenPerson(id: string, body: RecordAmhpSeenPersonInput): Promise<AssessmentView | undefined> {
  return apiRequest(`${base(id)}/amhp-seen-person`, { method: 'POST', body });
}

export function fetchDoctors(signal?: AbortSignal): Promise<DoctorView[]> {
  return apiRequest<DoctorView[]>('/api/doctors', { signal });
}

export function createDoctor(body: CreateDoctorInput): Promise<DoctorView> {
  return apiRequest<DoctorView>('/api/doctors', { method: 'POST', body });
}

export function fetchAmhps(signal?: AbortSignal): Promise<AmhpView[]> {
  return apiRequest<AmhpView[]>('/api/amhps', { signal });
}

/** A write's answer is the fresh assessment when it looks like one (id and version). */
export function isAssessmentView(value: unknown): value is AssessmentView {
  return typeof value === 'object' && value !== null && typeof (value as AssessmentView).id === 'string' && typeof (value as AssessmentView).version === 'number';
}

/** s136B: the extension of an s136 or s135(1) detention (422 quoting s136B when the Act does not allow it). */
export function extendDetention(id: string, body: ExtendDetentionInput): Promise<AssessmentView | undefined> {
  return apiRequest(`${base(id)}/commands/${EXTEND_DETENTION_PATH}`, { method: 'POST', body });
}

/** s4(4): the second medical recommendation converting an s4 admission to s2 (422 quoting s4(4) when the Act does not allow it). */
export function convertS4ToS2(id: string, body: ConvertS4ToS2Input): Promise<AssessmentView | undefined> {
  return apiRequest(`${base(id)}/commands/${CONVERT_S4_TO_S2_PATH}`, { method: 'POST', body });
}

/** Conflicts of Interest Regulations 2008: the relationships between the AMHP and the doctors (replaces the list). */
export function recordAssessorRelationships(id: string, body: RecordAssessorRelationshipsInput): Promise<AssessmentView | undefined> {
  return apiRequest(`${base(id)}/${ASSESSOR_RELATIONSHIPS_PATH}`, { method: 'PUT', body });
}

/** s5(2): the doctor's report on an in-patient, often after an s5(4) (422 quoting s5(2) when the Act does not allow it). */
export function recordS5_2Report(id: string, body: RecordS5_2ReportInput): Promise<AssessmentView | undefined> {
  return apiRequest(`${base(id)}/commands/${RECORD_S5_2_REPORT_PATH}`, { method: 'POST', body });
}

/** s5(4) or s5(2): the holding power ended without an application. */
export function endHoldingPower(id: string, body: EndHoldingPowerInput): Promise<AssessmentView | undefined> {
  return apiRequest(`${base(id)}/commands/${END_HOLDING_POWER_PATH}`, { method: 'POST', body });
}
