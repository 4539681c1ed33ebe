import type { HandoverCaseView, HandoverDirection } from '@amhp/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { TeamEntity } from '../rota/teams/team.entity';

const instant = { type: 'timestamptz' } as const;

/**
 * One handover between a day team and its EDT at a boundary of day duty (issue 5). Unique per
 * day team and boundary, so a boundary job that runs twice (a retry, a rebuild, two workers)
 * makes one handover. `cases` is the snapshot taken at the boundary and never rewritten: the
 * handover is kept as the record of what was handed over.
 */
@Entity({ name: 'handovers' })
@Unique('handovers_day_team_boundary_uq', ['dayTeamId', 'boundaryAt'])
@Check('handovers_direction_ck', `"direction" IN ('day-to-edt', 'edt-to-day')`)
@Check('handovers_acknowledged_ck', `("acknowledged_at" IS NULL) = ("acknowledged_by_name" IS NULL)`)
@Index('handovers_boundary_idx', ['boundaryAt'])
@Index('handovers_unacknowledged_idx', ['ackDueAt'], { where: '"acknowledged_at" IS NULL' })
export class HandoverEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'handovers_pk' })
  id!: string;

  /** The day team whose area's cases are handed over. */
  @Column({ name: 'day_team_id', type: 'varchar', length: 40 })
  dayTeamId!: string;

  // Teams are kept while their handovers are: a handover is a record.
  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'day_team_id', foreignKeyConstraintName: 'handovers_day_team_fk' })
  dayTeam?: TeamEntity;

  @Column({ name: 'from_team_id', type: 'varchar', length: 40 })
  fromTeamId!: string;

  // Teams are kept while their handovers are: a handover is a record.
  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_team_id', foreignKeyConstraintName: 'handovers_from_team_fk' })
  fromTeam?: TeamEntity;

  @Column({ name: 'to_team_id', type: 'varchar', length: 40 })
  toTeamId!: string;

  // Teams are kept while their handovers are: a handover is a record.
  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_team_id', foreignKeyConstraintName: 'handovers_to_team_fk' })
  toTeam?: TeamEntity;

  @Column({ type: 'varchar', length: 12 })
  direction!: HandoverDirection;

  @Column({ name: 'boundary_at', ...instant })
  boundaryAt!: Date;

  @Column({ name: 'created_at', ...instant })
  createdAt!: Date;

  /** created_at plus the day team's handoverAckMinutes: after it, an unacknowledged handover alerts. */
  @Column({ name: 'ack_due_at', ...instant })
  ackDueAt!: Date;

  @Column({ name: 'acknowledged_at', ...instant, nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'acknowledged_by_user_id', type: 'uuid', nullable: true })
  acknowledgedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'acknowledged_by_user_id', foreignKeyConstraintName: 'handovers_acknowledged_by_fk' })
  acknowledgedBy?: UserEntity | null;

  /** Copied from the user: the record reads the same after the account is renamed or removed. */
  @Column({ name: 'acknowledged_by_name', type: 'varchar', length: 120, nullable: true })
  acknowledgedByName!: string | null;

  @Column({ type: 'jsonb' })
  cases!: HandoverCaseView[];
}
