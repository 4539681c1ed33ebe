import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AmhpEntity } from '../../assessments/amhps/amhp.entity';

const instant = { type: 'timestamptz' } as const;

/** Leave, sickness, training or other time an AMHP cannot be on duty: [starts_at, ends_at). */
@Entity({ name: 'absences' })
@Index('absences_amhp_idx', ['amhpId', 'endsAt'])
@Index('absences_ends_idx', ['endsAt'])
@Check('absences_kind_ck', `"kind" IN ('leave', 'sickness', 'training', 'other')`)
@Check('absences_interval_ck', `"starts_at" < "ends_at"`)
export class AbsenceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'absences_pk' })
  id!: string;

  @Column({ name: 'amhp_id', type: 'uuid' })
  amhpId!: string;

  @ManyToOne(() => AmhpEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'amhp_id', foreignKeyConstraintName: 'absences_amhp_fk' })
  amhp?: AmhpEntity;

  @Column({ type: 'varchar', length: 8 })
  kind!: 'leave' | 'sickness' | 'training' | 'other';

  @Column({ name: 'starts_at', ...instant })
  startsAt!: Date;

  @Column({ name: 'ends_at', ...instant })
  endsAt!: Date;

  @Column({ name: 'created_at', ...instant, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;
}
