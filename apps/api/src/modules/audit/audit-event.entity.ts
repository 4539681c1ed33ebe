import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of the audit trail. Append-only: the migration adds triggers that make PostgreSQL
 * refuse UPDATE, DELETE and TRUNCATE on this table, whoever asks. No foreign keys: an entry
 * must outlive anything it mentions.
 */
@Entity({ name: 'audit_events' })
@Index('audit_events_occurred_idx', ['occurredAt'])
@Index('audit_events_entity_idx', ['entityId'])
@Index('audit_events_subject_idx', ['subjectReferralId'])
@Index('audit_events_actor_idx', ['actorUserId', 'occurredAt'])
export class AuditEventEntity {
  /** bigint, as a string: also the order of the trail (later entries have larger ids). */
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'audit_events_pk' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** The actor's name when it happened ("system" for the worker), so renames do not rewrite history. */
  @Column({ name: 'actor_name', type: 'varchar', length: 160 })
  actorName!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;

  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true })
  entityId!: string | null;

  @Column({ name: 'subject_referral_id', type: 'uuid', nullable: true })
  subjectReferralId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: object | null;
}
