import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

const instant = { type: 'timestamptz' } as const;

/**
 * A day team (duty AMHPs in its hours) or an emergency duty team (EDT). The id is a short
 * slug ('north', 'edt'): it appears in shift ids and calendar links, so it never changes.
 * Every team carries day-duty hours: a day team's decide when it is in force; an EDT's cut
 * its own shifts (evenings, nights, weekends and bank holidays).
 */
@Entity({ name: 'teams' })
@Check('teams_kind_ck', `"kind" IN ('day', 'edt')`)
@Check('teams_nation_ck', `"nation" IN ('ENG', 'WLS')`)
@Check('teams_edt_ck', `("kind" = 'day') = ("edt_team_id" IS NOT NULL)`)
export class TeamEntity {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'teams_pk' })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 3 })
  kind!: 'day' | 'edt';

  @Column({ name: 'edt_team_id', type: 'varchar', length: 40, nullable: true })
  edtTeamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edt_team_id', foreignKeyConstraintName: 'teams_edt_team_fk' })
  edtTeam?: TeamEntity | null;

  @Column({ type: 'varchar', length: 3 })
  nation!: 'ENG' | 'WLS';

  /** 1 = Monday … 7 = Sunday. */
  @Column({ name: 'day_duty_weekdays', type: 'smallint', array: true })
  dayDutyWeekdays!: number[];

  /** London wall-clock 'HH:mm'. */
  @Column({ name: 'day_duty_starts', type: 'char', length: 5 })
  dayDutyStarts!: string;

  @Column({ name: 'day_duty_ends', type: 'char', length: 5 })
  dayDutyEnds!: string;

  @Column({ name: 'handover_ack_minutes', type: 'integer', default: 30 })
  handoverAckMinutes!: number;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', ...instant, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', ...instant, default: () => 'now()' })
  updatedAt!: Date;
}
