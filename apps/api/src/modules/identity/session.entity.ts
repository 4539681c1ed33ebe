import type { AuthSource } from '@amhp/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from './user.entity';

const instant = { type: 'timestamptz' } as const;

/**
 * A server-side session. The cookie carries a random token; only its SHA-256 is stored, so a
 * copy of this table signs nobody in. Ends at `expiresAt` (absolute) or after the idle limit
 * without a request (from `lastSeenAt`), or at sign-out (the row is deleted).
 */
@Entity({ name: 'sessions' })
@Unique('sessions_token_hash_uq', ['tokenHash'])
@Index('sessions_user_idx', ['userId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sessions_pk' })
  id!: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sessions_user_fk' })
  user?: UserEntity;

  /** The synchronizer token the client echoes in x-csrf-token on unsafe requests. */
  @Column({ name: 'csrf_token', type: 'varchar', length: 64 })
  csrfToken!: string;

  @Column({ name: 'auth_method', type: 'varchar', length: 10 })
  authMethod!: AuthSource;

  @Column({ name: 'created_at', ...instant })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', ...instant })
  lastSeenAt!: Date;

  @Column({ name: 'expires_at', ...instant })
  expiresAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;
}
