import type { RecordExamination, RecordRecommendation } from '@amhp/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { ValidationException } from '../../../infra/http/validation.exception';
import { DoctorEntity } from '../../doctors/doctor.entity';
import { DoctorsService } from '../../doctors/doctors.service';
import { AssessmentStore } from '../store/assessment-store.service';
import { currentActorId } from '../store/current-actor';
import { ExaminationEntity } from './examination.entity';
import { ExaminationWithDoctor } from './examination.mapper';

/** Doctors' examinations and medical recommendations on an assessment. */
@Injectable()
export class ExaminationsService {
  constructor(
    @InjectRepository(ExaminationEntity) private readonly examinations: Repository<ExaminationEntity>,
    private readonly doctors: DoctorsService,
    private readonly store: AssessmentStore,
  ) {}

  /** The examinations of an assessment with their doctors, in the order they took place. */
  async of(assessmentId: string): Promise<ExaminationWithDoctor[]> {
    const rows = await this.examinations.find({ where: { assessmentId }, relations: { doctor: true }, order: { examinedAt: 'ASC', recordedAt: 'ASC' } });
    return rows as ExaminationWithDoctor[];
  }

  async record(assessmentId: string, body: RecordExamination, now = new Date()): Promise<void> {
    const doctor = (await this.doctors.findByIds([body.doctorId])).get(body.doctorId);
    if (!doctor) throw new ValidationException([{ field: 'doctorId', message: 'No doctor with this id: record the doctor first' }]);
    if (body.recommendation) assertMayRecommend(doctor, 'doctorId');
    const id = randomUUID();
    const by = currentActorId();
    await this.store.recordOnOpenCase(assessmentId, body.version, {
      events: [
        {
          type: 'examination_recorded',
          at: now,
          by,
          data: {
            examinationId: id,
            doctorId: doctor.id,
            examinedAt: body.examinedAt,
            previousAcquaintance: body.previousAcquaintance,
            recommendation: body.recommendation ? { section: body.recommendation.section, signedAt: body.recommendation.signedAt } : null,
          },
        },
      ],
      write: async (manager) => {
        await manager.insert(ExaminationEntity, {
          id,
          assessmentId,
          doctorId: doctor.id,
          examinedAt: new Date(body.examinedAt),
          previousAcquaintance: body.previousAcquaintance,
          relativeOfPatient: body.conflicts?.relativeOfPatient ?? false,
          financialInterestInOutcome: body.conflicts?.financialInterestInOutcome ?? false,
          recommendationSection: body.recommendation?.section ?? null,
          signedAt: body.recommendation ? new Date(body.recommendation.signedAt) : null,
          statesAppropriateTreatment: body.recommendation?.statesAppropriateTreatmentAvailable ?? null,
          recordedAt: now,
          recordedBy: by,
        });
      },
    }, now);
  }

  /** The doctor signs their recommendation after the examination was recorded. */
  async recordRecommendation(assessmentId: string, examinationId: string, body: RecordRecommendation, now = new Date()): Promise<void> {
    const examination = await this.examinations.findOne({ where: { id: examinationId, assessmentId }, relations: { doctor: true } });
    if (!examination?.doctor) throw new NotFoundException(`No examination with id ${examinationId} on this assessment`);
    assertMayRecommend(examination.doctor, 'examinationId');
    if (new Date(body.signedAt) < examination.examinedAt) {
      throw new ValidationException([{ field: 'signedAt', message: 'A recommendation is signed after the examination, not before' }]);
    }
    const by = currentActorId();
    await this.store.recordOnOpenCase(assessmentId, body.version, {
      events: [{ type: 'recommendation_recorded', at: now, by, data: { examinationId, doctorId: examination.doctorId, section: body.section, signedAt: body.signedAt } }],
      write: async (manager) => {
        await manager.update(
          ExaminationEntity,
          { id: examinationId },
          { recommendationSection: body.section, signedAt: new Date(body.signedAt), statesAppropriateTreatment: body.statesAppropriateTreatmentAvailable ?? null },
        );
      },
    }, now);
  }
}

/** s2(3), s3(3), s4(3): a medical recommendation is given by a registered medical practitioner. */
function assertMayRecommend(doctor: DoctorEntity, field: string): void {
  if (!doctor.registered) {
    throw new ValidationException([
      { field, message: 'This doctor is not recorded as a registered medical practitioner: only a registered medical practitioner can give a medical recommendation (s2(3), s3(3), s4(3))' },
    ]);
  }
}
