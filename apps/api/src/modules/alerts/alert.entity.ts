import type { AlertKind, AlertSeverity } from '@amhp/contracts';
import type { ClockKind } from '@amhp/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ClockEntity } from '../clocks/clock.entity';
import { HandoverEntity } from '../handovers/handover.entity';
import { ReferralEntity } from '../referrals/referral.entity';

/**
 * Something the board must show until someone acknowledges it. A clock alert is unique per
 * clock, point and due instant, so a timer job that runs twice (a retry, a duplicate after a
 * rebuild, two workers) cannot raise the same alert twice; a handover alert (issue 5) is unique
 * per handover and kind, for the same reason. An alert is about a case or a handover.
 */
@Entity({ name: 'alerts' })
@Unique('alerts_clock_point_due_uq', ['clockId', 'point', 'dueAt'])
@Unique('alerts_handover_kind_uq', ['handoverId', 'kind'])
@Check('alerts_subject_ck', `"referral_id" IS NOT NULL OR "handover_id" IS NOT NULL`)
@Index('alerts_unacknowledged_idx', ['raisedAt'], { where: '"acknowledged_at" IS NULL' })
export class AlertEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'alerts_pk' })
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: AlertKind;

  @Column({ type: 'varchar', length: 10 })
  severity!: AlertSeverity;

  /** Null on a handover alert, which concerns every case handed over. */
  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId!: string | null;

  @ManyToOne(() => ReferralEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'alerts_referral_fk' })
  referral?: ReferralEntity;

  /** The clock that raised it; null on issue-2 alerts and once the clock was removed by a correction. */
  @Column({ name: 'clock_id', type: 'uuid', nullable: true })
  clockId!: string | null;

  @ManyToOne(() => ClockEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'clock_id', foreignKeyConstraintName: 'alerts_clock_fk' })
  clock?: ClockEntity;

  /** Copied from the clock so that the alert still reads after the clock is gone. */
  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId!: string | null;

  @Column({ name: 'clock_kind', type: 'varchar', length: 10, nullable: true })
  clockKind!: ClockKind | null;

  /** The handover not acknowledged in time ('handover.unacknowledged'); null on clock alerts. */
  @Column({ name: 'handover_id', type: 'uuid', nullable: true })
  handoverId!: string | null;

  @ManyToOne(() => HandoverEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'handover_id', foreignKeyConstraintName: 'alerts_handover_fk' })
  handover?: HandoverEntity;

  /** "50", "75", "90"... or "expiry" (clockPointKey in contracts). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  point!: string | null;

  @Column({ type: 'text' })
  message!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'raised_at', type: 'timestamptz', default: () => 'now()' })
  raisedAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;
}
