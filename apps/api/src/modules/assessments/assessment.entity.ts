import type { ApplicationSection, AssessmentOutcomeKind, AssessmentStage, ConveyanceMode, NotCompletedReason, ScreeningDecision } from '@amhp/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ReferralEntity } from '../referrals/referral.entity';
import { AmhpEntity } from './amhps/amhp.entity';

const instant = { type: 'timestamptz', nullable: true } as const;

/**
 * One assessment per referral. Its truth is its timeline (assessment_events, replayed by the
 * domain); the columns below are a projection of the replayed state, rewritten with every
 * change, so that the board and later statistics (outcomes by section, waits, out-of-area
 * admissions) are plain SQL. `version` is the optimistic-concurrency token.
 */
@Entity({ name: 'assessments' })
@Unique('assessments_referral_uq', ['referralId'])
@Index('assessments_open_stage_idx', ['stage'], { where: `"stage" <> 'closed'` })
@Index('assessments_outcome_idx', ['outcomeKind', 'applicationSection'])
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assessments_pk' })
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  // Many-to-one in TypeORM's terms; assessments_referral_uq makes it one per referral.
  @ManyToOne(() => ReferralEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'assessments_referral_fk' })
  referral?: ReferralEntity;

  @Column({ type: 'varchar', length: 30 })
  stage!: AssessmentStage;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** The referral is the nearest relative's request under s13(4). */
  @Column({ name: 'nearest_relative_request', type: 'boolean', default: false })
  nearestRelativeRequest!: boolean;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'screening_decision', type: 'varchar', length: 30, nullable: true })
  screeningDecision!: ScreeningDecision | null;

  @Column({ name: 'screened_at', ...instant })
  screenedAt!: Date | null;

  @Column({ name: 'amhp_id', type: 'uuid', nullable: true })
  amhpId!: string | null;

  @ManyToOne(() => AmhpEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'amhp_id', foreignKeyConstraintName: 'assessments_amhp_fk' })
  amhp?: AmhpEntity | null;

  @Column({ name: 'amhp_allocated_at', ...instant })
  amhpAllocatedAt!: Date | null;

  /** s11(5) / s4(5): when the allocated AMHP last personally saw the person. */
  @Column({ name: 'amhp_last_saw_person_at', ...instant })
  amhpLastSawPersonAt!: Date | null;

  @Column({ name: 'scheduled_at', ...instant })
  scheduledAt!: Date | null;

  @Column({ name: 'started_at', ...instant })
  startedAt!: Date | null;

  @Column({ name: 'outcome_kind', type: 'varchar', length: 30, nullable: true })
  outcomeKind!: AssessmentOutcomeKind | null;

  @Column({ name: 'outcome_at', ...instant })
  outcomeAt!: Date | null;

  @Column({ name: 'not_completed_reason', type: 'varchar', length: 40, nullable: true })
  notCompletedReason!: NotCompletedReason | null;

  @Column({ name: 'application_section', type: 'varchar', length: 2, nullable: true })
  applicationSection!: ApplicationSection | null;

  @Column({ name: 'application_made_at', ...instant })
  applicationMadeAt!: Date | null;

  /** s6(1): the admission window counts from the last medical examination. */
  @Column({ name: 'last_medical_examination_at', ...instant })
  lastMedicalExaminationAt!: Date | null;

  @Column({ name: 'bed_sought_at', ...instant })
  bedSoughtAt!: Date | null;

  @Column({ name: 'bed_identified_at', ...instant })
  bedIdentifiedAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  hospital!: string | null;

  @Column({ name: 'out_of_area', type: 'boolean', nullable: true })
  outOfArea!: boolean | null;

  @Column({ name: 'conveyance_mode', type: 'varchar', length: 30, nullable: true })
  conveyanceMode!: ConveyanceMode | null;

  @Column({ name: 'conveyance_arranged_at', ...instant })
  conveyanceArrangedAt!: Date | null;

  @Column({ name: 'admitted_at', ...instant })
  admittedAt!: Date | null;

  @Column({ name: 'written_reasons_sent_at', ...instant })
  writtenReasonsSentAt!: Date | null;

  @Column({ name: 'withdrawn_at', ...instant })
  withdrawnAt!: Date | null;

  @Column({ name: 'closed_at', ...instant })
  closedAt!: Date | null;
}
