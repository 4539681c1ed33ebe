import { ConflictOfInterestFacts } from '../conflicts/conflict-facts';

/** A registered medical practitioner giving a medical recommendation. */
export interface RecommendingDoctor {
  id: string;
  /** Approved under s12 as having special experience in the diagnosis or treatment of mental disorder. */
  s12Approved: boolean;
  /** An approved clinician is treated as s12-approved (s12(2A)). */
  approvedClinician?: boolean;
  /** Knew the person before the assessment (often the GP or treating psychiatrist). */
  previousAcquaintance: boolean;
  conflicts?: ConflictOfInterestFacts;
}

/** A medical recommendation (forms A3/A4, A7/A8, A11 in England). */
export interface MedicalRecommendation {
  doctor: RecommendingDoctor;
  /** When the doctor personally examined the person. Doctors examining together share the time. */
  examinedAt: Date;
  signedAt: Date;
  /** s3 only: the recommendation states that appropriate medical treatment is available (s3(2)(d), s3(3)). */
  statesAppropriateTreatmentAvailable?: boolean;
}

/** s12(2), s12(2A): s12-approved, or an approved clinician. */
export function isS12ApprovedOrAc(doctor: RecommendingDoctor): boolean {
  return doctor.s12Approved || doctor.approvedClinician === true;
}

/** The later examination of those the application relies on: s6(1)(a) counts from its day. */
export function lastMedicalExaminationAt(recommendations: readonly MedicalRecommendation[]): Date | null {
  return recommendations.reduce<Date | null>((last, r) => (!last || r.examinedAt > last ? r.examinedAt : last), null);
}
