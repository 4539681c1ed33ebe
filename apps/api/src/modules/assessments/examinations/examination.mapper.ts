import type { ExaminationView } from '@amhp/contracts';
import { MedicalRecommendation } from '@amhp/domain';
import { DoctorEntity } from '../../doctors/doctor.entity';
import { toDoctorView } from '../../doctors/doctor.mapper';
import { ExaminationEntity } from './examination.entity';

export type ExaminationWithDoctor = ExaminationEntity & { doctor: DoctorEntity };

/** Team names compared as the Conflicts of Interest Regulations need: the same team, however typed. */
export const teamKey = (team: string | null | undefined) => (team?.trim() ? team.trim().toLowerCase() : null);

/** A signed recommendation as the domain's rules read it (the doctor, the examination, the signing). */
export function toMedicalRecommendation(e: ExaminationWithDoctor): MedicalRecommendation {
  if (!e.signedAt) throw new Error(`Examination ${e.id} has no signed recommendation`);
  return {
    doctor: {
      id: e.doctorId,
      s12Approved: e.doctor.s12Approved,
      approvedClinician: e.doctor.approvedClinician,
      previousAcquaintance: e.previousAcquaintance,
      conflicts: { relativeOfPatient: e.relativeOfPatient, financialInterestInOutcome: e.financialInterestInOutcome, teamId: teamKey(e.doctor.team) },
    },
    examinedAt: e.examinedAt,
    signedAt: e.signedAt,
    statesAppropriateTreatmentAvailable: e.statesAppropriateTreatment ?? undefined,
  };
}

export function toExaminationView(e: ExaminationWithDoctor): ExaminationView {
  return {
    id: e.id,
    doctor: toDoctorView(e.doctor),
    examinedAt: e.examinedAt.toISOString(),
    previousAcquaintance: e.previousAcquaintance,
    conflicts: { relativeOfPatient: e.relativeOfPatient, financialInterestInOutcome: e.financialInterestInOutcome },
    recommendation:
      e.recommendationSection && e.signedAt
        ? { section: e.recommendationSection, signedAt: e.signedAt.toISOString(), statesAppropriateTreatmentAvailable: e.statesAppropriateTreatment }
        : null,
    recordedAt: e.recordedAt.toISOString(),
  };
}
