import type { S26Relationship } from '@amhp/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity';

/** A relative (or someone close) listed for identifying the nearest relative under s26. */
@Entity({ name: 'relatives' })
@Index('relatives_assessment_idx', ['assessmentId', 'position'])
export class RelativeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'relatives_pk' })
  id!: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'relatives_assessment_fk' })
  assessment?: AssessmentEntity;

  /** Order as the AMHP listed them. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 30 })
  relationship!: S26Relationship;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ name: 'half_blood', type: 'boolean', default: false })
  halfBlood!: boolean;

  @Column({ name: 'lives_with_or_cares_for_patient', type: 'boolean' })
  livesWithOrCaresForPatient!: boolean;

  @Column({ name: 'ordinarily_resident_in_uk', type: 'boolean' })
  ordinarilyResidentInUk!: boolean;

  @Column({ name: 'permanently_separated_or_deserted', type: 'boolean', default: false })
  permanentlySeparatedOrDeserted!: boolean;

  @Column({ name: 'living_with_patient_since', type: 'date', nullable: true })
  livingWithPatientSince!: string | null;

  @Column({ name: 'living_with_patient_until', type: 'date', nullable: true })
  livingWithPatientUntil!: string | null;

  @Column({ name: 'through_father_without_pr', type: 'boolean', default: false })
  throughFatherWithoutParentalResponsibility!: boolean;

  @Column({ name: 'excluded_reason', type: 'text', nullable: true })
  excludedReason!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  contact!: string | null;
}
