import type { Role } from '@amhp/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../user.entity';

const instant = { type: 'timestamptz' } as const;

/**
 * A clinical role (one that opens case records) granted to an account: by an administrator, or
 * by the council's identity provider's groups at sign-in. Kept apart from the audit trail so
 * that the service lead sees each one until they have reviewed it.
 */
@Entity({ name: 'role_grants' })
@Check('role_grants_source_ck', `"source" IN ('administrator', 'identity_provider')`)
@Check('role_grants_reviewed_ck', `("reviewed_at" IS NULL) = ("reviewed_by_name" IS NULL)`)
@Index('role_grants_unreviewed_idx', ['grantedAt'], { where: '"reviewed_at" IS NULL' })
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'role_grants_pk' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'role_grants_user_fk' })
  user?: UserEntity;

  /** The clinical roles gained. */
  @Column({ name: 'granted_roles', type: 'text', array: true })
  grantedRoles!: Role[];

  @Column({ name: 'roles_before', type: 'text', array: true })
  rolesBefore!: Role[];

  @Column({ name: 'roles_after', type: 'text', array: true })
  rolesAfter!: Role[];

  @Column({ type: 'varchar', length: 20 })
  source!: 'administrator' | 'identity_provider';

  @Column({ name: 'granted_by_user_id', type: 'uuid', nullable: true })
  grantedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'granted_by_user_id', foreignKeyConstraintName: 'role_grants_granted_by_fk' })
  grantedBy?: UserEntity | null;

  /** Copied at the time: the record reads the same after the account is renamed. */
  @Column({ name: 'granted_by_name', type: 'varchar', length: 120, nullable: true })
  grantedByName!: string | null;

  @Column({ name: 'granted_at', ...instant })
  grantedAt!: Date;

  @Column({ name: 'reviewed_at', ...instant, nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'reviewed_by_user_id', type: 'uuid', nullable: true })
  reviewedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewed_by_user_id', foreignKeyConstraintName: 'role_grants_reviewed_by_fk' })
  reviewedBy?: UserEntity | null;

  @Column({ name: 'reviewed_by_name', type: 'varchar', length: 120, nullable: true })
  reviewedByName!: string | null;
}
