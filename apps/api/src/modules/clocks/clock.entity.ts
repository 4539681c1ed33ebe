import type { ClockKind, ClockStatus } from '@amhp/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ReferralEntity } from '../referrals/referral.entity';

const instant = { type: 'timestamptz' } as const;

/** The s136B extension as stored (instants as ISO strings). */
export interface StoredExtension {
  authorisedAt: string;
  authorisedByDoctorId: string;
  hours: number;
  reason: string;
  originalExpiresAt: string;
}

/**
 * One legal clock of an assessment, as libs/domain `legalClocks(facts)` computed it when the
 * facts last changed (ClockService.syncClocks). At most one clock of each kind per assessment,
 * so a clock keeps its row (and its alerts) while the facts change around it.
 *
 * PostgreSQL is the record of every timer: Redis only holds the delayed jobs derived from these
 * rows, and the worker rebuilds them from here after a restart or a flush.
 */
@Entity({ name: 'clocks' })
@Unique('clocks_assessment_kind_uq', ['assessmentId', 'kind'])
@Check('clocks_status_ck', `"status" IN ('running', 'extended', 'ended') AND ("status" = 'ended') = ("ended_at" IS NOT NULL)`)
@Index('clocks_running_idx', ['expiresAt'], { where: `"status" <> 'ended'` })
@Index('clocks_referral_idx', ['referralId'])
export class ClockEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'clocks_pk' })
  id!: string;

  /**
   * The assessment (one per referral). No foreign key of its own: the clock goes with its
   * referral (below), as the assessment does, and the clocks' migration need not wait for theirs.
   */
  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  /** The assessment's referral, kept here so that a firing needs no join to name it on the board. */
  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => ReferralEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'clocks_referral_fk' })
  referral?: ReferralEntity;

  @Column({ type: 'varchar', length: 10 })
  kind!: ClockKind;

  @Column({ type: 'varchar', length: 100 })
  label!: string;

  /** The section that fixes the period, e.g. "s136(2A)". */
  @Column({ type: 'varchar', length: 20 })
  section!: string;

  @Column({ name: 'starts_at', ...instant })
  startsAt!: Date;

  @Column({ name: 'expires_at', ...instant })
  expiresAt!: Date;

  @Column({ type: 'varchar', length: 10 })
  status!: ClockStatus;

  /** An s136B extension is applied (s136 and s135(1) only). */
  @Column({ type: 'boolean', default: false })
  extended!: boolean;

  @Column({ type: 'jsonb', nullable: true })
  extension!: StoredExtension | null;

  @Column({ name: 'ended_at', ...instant, nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'ended_reason', type: 'text', nullable: true })
  endedReason!: string | null;

  /** Fractions of the period that warn (CLOCK_WARNING_POINTS when the clock last changed). */
  @Column({ name: 'warning_fractions', type: 'double precision', array: true })
  warningFractions!: number[];

  /** Goes up whenever anything about the clock changes; a firing checks it has not moved. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  /**
   * When the clock's period was last recorded or changed. A warning point that was already past
   * then is not alerted (the board showed it on arrival); an expiry always is.
   */
  @Column({ name: 'timing_changed_at', ...instant })
  timingChangedAt!: Date;

  /** The BullMQ job ids last asked of Redis for this clock, so that a change can remove them. */
  @Column({ name: 'scheduled_job_ids', type: 'text', array: true, default: () => `'{}'` })
  scheduledJobIds!: string[];

  @Column({ name: 'created_at', ...instant })
  createdAt!: Date;

  @Column({ name: 'updated_at', ...instant })
  updatedAt!: Date;
}
