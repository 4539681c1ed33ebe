import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../../identity/user.entity';
import { TeamEntity } from '../../rota/teams/team.entity';

/**
 * An AMHP: approved by a council (s114) between two dates (the approval columns are their
 * current warrant; earlier ones are in amhp_past_warrants), on the rota of a team, signing in
 * with one user account, and saying whether they are available to take work.
 */
@Entity({ name: 'amhps' })
@Unique('amhps_user_uq', ['userId'])
@Check('amhps_availability_ck', `"availability" IN ('available', 'unavailable')`)
export class AmhpEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'amhps_pk' })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'approving_council', type: 'varchar', length: 120, nullable: true })
  approvingCouncil!: string | null;

  /** First day of the approval (London calendar date). */
  @Column({ name: 'approved_on', type: 'date' })
  approvedOn!: string;

  /** Last day of the approval, inclusive. */
  @Column({ name: 'expires_on', type: 'date' })
  expiresOn!: string;

  /** First day without approval when it was suspended or ended early. */
  @Column({ name: 'suspended_from', type: 'date', nullable: true })
  suspendedFrom!: string | null;

  /** The team they routinely work in (Conflicts of Interest Regulations 2008). */
  @Column({ type: 'varchar', length: 120, nullable: true })
  team!: string | null;

  /** The team whose rota they are on. */
  @Column({ name: 'team_id', type: 'varchar', length: 40, nullable: true })
  teamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'amhps_team_fk' })
  rotaTeam?: TeamEntity | null;

  /** The account they sign in with ("my cases", "my shifts"). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'amhps_user_fk' })
  user?: UserEntity | null;

  /** Set by the AMHP; "busy" is derived from the cases they hold. */
  @Column({ type: 'varchar', length: 11, default: 'available' })
  availability!: 'available' | 'unavailable';

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
