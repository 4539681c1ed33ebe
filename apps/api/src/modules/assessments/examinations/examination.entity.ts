import type { ApplicationSection } from '@amhp/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DoctorEntity } from '../../doctors/doctor.entity';
import { AssessmentEntity } from '../assessment.entity';

/**
 * A doctor's personal examination of the person and, when they recommend admission, their
 * medical recommendation (forms A3/A4, A7/A8, A11): the section, when it was signed and, for
 * s3, the statement that appropriate treatment is available (s3(2)(d)).
 */
@Entity({ name: 'medical_examinations' })
@Index('medical_examinations_assessment_idx', ['assessmentId'])
@Check('medical_examinations_recommendation_ck', `("recommendation_section" IS NULL) = ("signed_at" IS NULL)`)
export class ExaminationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'medical_examinations_pk' })
  id!: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'medical_examinations_assessment_fk' })
  assessment?: AssessmentEntity;

  @Column({ name: 'doctor_id', type: 'uuid' })
  doctorId!: string;

  @ManyToOne(() => DoctorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'doctor_id', foreignKeyConstraintName: 'medical_examinations_doctor_fk' })
  doctor?: DoctorEntity;

  @Column({ name: 'examined_at', type: 'timestamptz' })
  examinedAt!: Date;

  /** s12(2): the doctor knew the person before the assessment. */
  @Column({ name: 'previous_acquaintance', type: 'boolean' })
  previousAcquaintance!: boolean;

  /** Conflicts of Interest Regulations 2008, the facts only this assessment knows. */
  @Column({ name: 'relative_of_patient', type: 'boolean', default: false })
  relativeOfPatient!: boolean;

  @Column({ name: 'financial_interest_in_outcome', type: 'boolean', default: false })
  financialInterestInOutcome!: boolean;

  @Column({ name: 'recommendation_section', type: 'varchar', length: 2, nullable: true })
  recommendationSection!: ApplicationSection | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @Column({ name: 'states_appropriate_treatment', type: 'boolean', nullable: true })
  statesAppropriateTreatment!: boolean | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'varchar', length: 100 })
  recordedBy!: string;
}
