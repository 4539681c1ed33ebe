import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AmhpEntity } from './amhp.entity';

/** Refresher training logged against an AMHP's approval years (a condition of approval). */
@Entity({ name: 'amhp_training' })
@Index('amhp_training_amhp_idx', ['amhpId', 'completedOn'])
export class AmhpTrainingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'amhp_training_pk' })
  id!: string;

  @Column({ name: 'amhp_id', type: 'uuid' })
  amhpId!: string;

  @ManyToOne(() => AmhpEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'amhp_id', foreignKeyConstraintName: 'amhp_training_amhp_fk' })
  amhp?: AmhpEntity;

  @Column({ name: 'completed_on', type: 'date' })
  completedOn!: string;

  /** To the quarter hour; numeric comes back from PostgreSQL as a string. */
  @Column({ type: 'numeric', precision: 5, scale: 2 })
  hours!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;
}
