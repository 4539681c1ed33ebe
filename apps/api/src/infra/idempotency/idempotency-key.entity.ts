import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../../modules/identity/user.entity';

const instant = { type: 'timestamptz' } as const;

/**
 * One Idempotency-Key an account sent with a creating request, and what became of it: who
 * holds it while the request runs (holder, until heldUntil), whether its write committed (set
 * in the write's own transaction), and the answer to give again. The answer holds personal
 * data: it lives here only, and only the account that sent the key gets it back. Kept 24 hours.
 */
@Entity({ name: 'idempotency_keys' })
@Unique('idempotency_keys_user_key_uq', ['userId', 'key'])
@Index('idempotency_keys_created_idx', ['createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'idempotency_keys_pk' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'idempotency_keys_user_fk' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 255 })
  key!: string;

  /** "POST /api/referrals": what the key was first used for. */
  @Column({ type: 'varchar', length: 600 })
  request!: string;

  /** SHA-256 of the method, the path and the body (keys sorted): the same key with another body is refused. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  /** The request running under the key now (a fencing token: a write by any other is rolled back). */
  @Column({ type: 'uuid' })
  holder!: string;

  /** After this a holder that never committed is presumed gone, and a retry may take the key over. */
  @Column({ name: 'held_until', ...instant })
  heldUntil!: Date;

  @Column({ name: 'committed_at', ...instant, nullable: true })
  committedAt!: Date | null;

  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus!: number | null;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody!: unknown;

  @Column({ name: 'created_at', ...instant })
  createdAt!: Date;

  @Column({ name: 'completed_at', ...instant, nullable: true })
  completedAt!: Date | null;
}
