import type { AuthSource, Role } from '@amhp/contracts';
import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * ROLES of libs/contracts, repeated because entities are loaded where path aliases are not
 * (migrations, the test global setup); the type below fails the build if the lists differ.
 */
const ROLES = ['amhp', 'edt_worker', 'service_lead', 'administrator', 'read_only'] as const satisfies readonly Role[];
export const ALL_ROLES_LISTED: Exclude<Role, (typeof ROLES)[number]> extends never ? true : never = true;

const instant = { type: 'timestamptz' } as const;

/**
 * A person who signs in. Local accounts have an argon2id hash; accounts provisioned from the
 * council's identity provider (OIDC) have none and are found by (issuer, subject). Never
 * deleted: disabled instead, so the audit trail's user ids keep meaning someone.
 */
@Entity({ name: 'users' })
@Unique('users_email_uq', ['email'])
@Unique('users_oidc_subject_uq', ['oidcIssuer', 'oidcSubject'])
@Check('users_roles_ck', `cardinality("roles") > 0 AND "roles" <@ ARRAY[${ROLES.map((r) => `'${r}'`).join(', ')}]::text[]`)
@Check('users_auth_source_ck', `"auth_source" IN ('local', 'oidc')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'users_pk' })
  id!: string;

  /** Lower-cased; the local sign-in name. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ name: 'auth_source', type: 'varchar', length: 10 })
  authSource!: AuthSource;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ name: 'oidc_issuer', type: 'varchar', length: 300, nullable: true })
  oidcIssuer!: string | null;

  @Column({ name: 'oidc_subject', type: 'varchar', length: 255, nullable: true })
  oidcSubject!: string | null;

  @Column({ name: 'disabled_at', ...instant, nullable: true })
  disabledAt!: Date | null;

  @Column({ name: 'failed_sign_ins', type: 'integer', default: 0 })
  failedSignIns!: number;

  @Column({ name: 'locked_until', ...instant, nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'last_sign_in_at', ...instant, nullable: true })
  lastSignInAt!: Date | null;

  @Column({ name: 'created_at', ...instant, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', ...instant, default: () => 'now()' })
  updatedAt!: Date;
}
