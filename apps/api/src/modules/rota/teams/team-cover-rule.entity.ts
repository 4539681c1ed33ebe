import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TeamEntity } from './team.entity';

/** The least number of AMHPs a team needs on duty, optionally in a daily London window. */
@Entity({ name: 'team_cover_rules' })
@Index('team_cover_rules_team_idx', ['teamId', 'position'])
@Check('team_cover_rules_kind_ck', `"kind" IN ('day', 'edt')`)
@Check('team_cover_rules_minimum_ck', `"minimum" >= 0`)
@Check('team_cover_rules_window_ck', `("window_from" IS NULL) = ("window_to" IS NULL)`)
export class TeamCoverRuleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'team_cover_rules_pk' })
  id!: string;

  @Column({ name: 'team_id', type: 'varchar', length: 40 })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'team_cover_rules_team_fk' })
  team?: TeamEntity;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 3 })
  kind!: 'day' | 'edt';

  @Column({ type: 'smallint' })
  minimum!: number;

  @Column({ name: 'window_from', type: 'char', length: 5, nullable: true })
  windowFrom!: string | null;

  @Column({ name: 'window_to', type: 'char', length: 5, nullable: true })
  windowTo!: string | null;
}
