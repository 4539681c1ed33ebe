import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../identity/user.entity';

/**
 * A user's secret calendar link. The URL carries a random token; only its SHA-256 is stored (a
 * copy of this table opens no feed). Revoking sets `revokedAt`; rotating revokes the old link
 * and creates a new one, so a user has at most one active link (the partial unique index).
 */
@Entity({ name: 'calendar_links' })
@Unique('calendar_links_token_hash_uq', ['tokenHash'])
@Index('calendar_links_active_user_uq', ['userId'], { unique: true, where: '"revoked_at" IS NULL' })
export class CalendarLinkEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'calendar_links_pk' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'calendar_links_user_fk' })
  user?: UserEntity;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
