import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An AMHP as the legal rules need them: approved by a council (s114) between two dates. Kept
 * minimal on purpose: the rota issue extends it (training, availability, teams).
 */
@Entity({ name: 'amhps' })
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

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
