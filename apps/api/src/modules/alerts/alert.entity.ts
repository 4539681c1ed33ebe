import type { AlertKind, AlertSeverity } from '@amhp/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ReferralEntity } from '../referrals/referral.entity';

/**
 * Something the board must show until someone acknowledges it. Unique per referral, kind and
 * moment, so a timer job that runs twice cannot raise the same alert twice.
 */
@Entity({ name: 'alerts' })
@Unique('alerts_referral_kind_due_uq', ['referralId', 'kind', 'dueAt'])
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

  @Column({ type: 'text' })
  message!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'raised_at', type: 'timestamptz', default: () => 'now()' })
  raisedAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;
}
