import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A doctor AMHPs call on for medical recommendations. One row per GMC registration. */
@Entity({ name: 'doctors' })
@Unique('doctors_gmc_number_uq', ['gmcNumber'])
export class DoctorEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'doctors_pk' })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'gmc_number', type: 'char', length: 7 })
  gmcNumber!: string;

  /** Approved under s12 (special experience in mental disorder). */
  @Column({ name: 's12_approved', type: 'boolean' })
  s12Approved!: boolean;

  /** An approved clinician counts as s12-approved (s12(2A)). */
  @Column({ name: 'approved_clinician', type: 'boolean' })
  approvedClinician!: boolean;

  /** A registered medical practitioner: only they can give a medical recommendation. */
  @Column({ type: 'boolean' })
  registered!: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  team!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
