import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity';

export type NearestRelativeIdentification = 'identified' | 'undetermined' | 'none' | 'not_recorded';

/**
 * What the AMHP knows and has done about the nearest relative on one assessment: who was
 * identified under s26 and why (libs/domain identifyNearestRelative, kept as found on the day),
 * and the duties of s11(3) (inform, for s2/s4) and s11(4) (consult, for s3; an objection blocks).
 */
@Entity({ name: 'nearest_relative_records' })
export class NearestRelativeRecordEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid', primaryKeyConstraintName: 'nearest_relative_records_pk' })
  assessmentId!: string;

  @OneToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'nearest_relative_records_assessment_fk' })
  assessment?: AssessmentEntity;

  /** s26(5)(a). Null until the relatives are listed. */
  @Column({ name: 'patient_ordinarily_resident_in_uk', type: 'boolean', nullable: true })
  patientOrdinarilyResidentInUk!: boolean | null;

  @Column({ type: 'varchar', length: 20, default: 'not_recorded' })
  identification!: NearestRelativeIdentification;

  /** The relative identified (or, where the records could not decide, the one the AMHP chose). */
  @Column({ name: 'nearest_relative_id', type: 'uuid', nullable: true })
  nearestRelativeId!: string | null;

  @Column({ name: 'identification_reason', type: 'text', nullable: true })
  identificationReason!: string | null;

  @Column({ name: 'identification_notes', type: 'jsonb', default: () => `'[]'` })
  identificationNotes!: string[];

  @Column({ name: 'passed_over', type: 'jsonb', default: () => `'[]'` })
  passedOver!: Array<{ relativeId: string; reason: string }>;

  @Column({ name: 'chosen_by_amhp', type: 'boolean', default: false })
  chosenByAmhp!: boolean;

  @Column({ name: 'identified_at', type: 'timestamptz', nullable: true })
  identifiedAt!: Date | null;

  /** When no nearest relative can be identified: the steps taken. */
  @Column({ name: 'not_known_reason', type: 'text', nullable: true })
  notKnownReason!: string | null;

  @Column({ name: 'informed_at', type: 'timestamptz', nullable: true })
  informedAt!: Date | null;

  @Column({ name: 'to_be_informed_after_application', type: 'boolean', default: false })
  toBeInformedAfterApplication!: boolean;

  @Column({ name: 'consulted_at', type: 'timestamptz', nullable: true })
  consultedAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  objects!: boolean;

  @Column({ name: 'not_reasonably_practicable_reason', type: 'text', nullable: true })
  notReasonablyPracticableReason!: string | null;

  @Column({ name: 'displaced_by_county_court', type: 'boolean', default: false })
  displacedByCountyCourt!: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
