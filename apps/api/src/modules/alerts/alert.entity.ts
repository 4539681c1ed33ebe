import type { AlertKind, AlertSeverity } from '@amhp/contracts';
import type { ClockKind } from '@amhp/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ClockEntity } from '../clocks/clock.entity';
import { ReferralEntity } from '../referrals/referral.entity';

/**
 * Something the board must show until someone acknowledges it. A clock alert is unique per
 * clock, point and due instant, so a timer job that runs twice (a retry, a duplicate after a
 * rebuild, two workers) cannot raise the same alert twice.
 */
@Entity({ name: 'alerts' })
@Unique('alerts_clock_point_due_uq', ['clockId', 'point', 'dueAt'])
@Index('alerts_unacknowledged_idx', ['raisedAt'], { where: '"acknowledged_at" IS NULL' })
export class AlertEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'alerts_pk' })
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: AlertKind;

  @Column({ type: 'varchar', length: 10 })
  severity!: AlertSeverity;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

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
