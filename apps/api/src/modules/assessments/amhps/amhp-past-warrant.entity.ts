import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AmhpEntity } from './amhp.entity';

/**
 * A warrant replaced by a renewal. Kept so that the rota of past dates still finds the AMHP
 * approved on them (s114), and training stays attached to its approval years.
 */
@Entity({ name: 'amhp_past_warrants' })
@Index('amhp_past_warrants_amhp_idx', ['amhpId'])
export class AmhpPastWarrantEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'amhp_past_warrants_pk' })
  id!: string;

  @Column({ name: 'amhp_id', type: 'uuid' })
  amhpId!: string;

  @ManyToOne(() => AmhpEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'amhp_id', foreignKeyConstraintName: 'amhp_past_warrants_amhp_fk' })
  amhp?: AmhpEntity;

  @Column({ name: 'approving_council', type: 'varchar', length: 120, nullable: true })
  approvingCouncil!: string | null;

  @Column({ name: 'approved_on', type: 'date' })
  approvedOn!: string;

  @Column({ name: 'expires_on', type: 'date' })
  expiresOn!: string;

  @Column({ name: 'suspended_from', type: 'date', nullable: true })
  suspendedFrom!: string | null;

  @Column({ name: 'replaced_at', type: 'timestamptz', default: () => 'now()' })
  replacedAt!: Date;
}
