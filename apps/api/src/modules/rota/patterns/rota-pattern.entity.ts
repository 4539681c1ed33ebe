import type { DutySlot } from '@amhp/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TeamEntity } from '../teams/team.entity';

const instant = { type: 'timestamptz' } as const;

/**
 * A repeating rota (domain RotaPattern): who is on duty in each week (or day) of a cycle.
 * Its id is part of every shift id it makes, so one-off changes naming those shifts survive
 * an edit of the pattern. `version` guards against two managers editing it at once.
 */
@Entity({ name: 'rota_patterns' })
@Index('rota_patterns_team_idx', ['teamId'])
@Check('rota_patterns_kind_ck', `"kind" IN ('day', 'edt')`)
@Check('rota_patterns_period_ck', `"period" IN ('week', 'day')`)
export class RotaPatternEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'rota_patterns_pk' })
  id!: string;

  @Column({ name: 'team_id', type: 'varchar', length: 40 })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'rota_patterns_team_fk' })
  team?: TeamEntity;

  @Column({ type: 'varchar', length: 3 })
  kind!: 'day' | 'edt';

  @Column({ type: 'date' })
  anchor!: string;

  @Column({ type: 'varchar', length: 4 })
  period!: 'week' | 'day';

  /** AMHP ids per period; null is a known vacancy. */
  @Column({ type: 'jsonb' })
  cycle!: (string | null)[][];

  @Column({ type: 'text', array: true, nullable: true })
  slots!: DutySlot[] | null;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', ...instant, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', ...instant, default: () => 'now()' })
  updatedAt!: Date;
}
