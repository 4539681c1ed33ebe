import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { ReferralEntity } from '../referrals/referral.entity';

/**
 * A note on a case written for the next handover (by the outgoing AMHP, typically): every
 * handover carries the notes of its cases written since the team's previous handover.
 * Append-only: a note is never edited; a correction is a new note.
 */
@Entity({ name: 'handover_notes' })
@Index('handover_notes_referral_idx', ['referralId', 'writtenAt'])
@Index('handover_notes_written_idx', ['writtenAt'])
export class HandoverNoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'handover_notes_pk' })
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => ReferralEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'handover_notes_referral_fk' })
  referral?: ReferralEntity;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'handover_notes_author_fk' })
  author?: UserEntity | null;

  /** Copied from the user so that the note still reads after the account changes. */
  @Column({ name: 'author_name', type: 'varchar', length: 120 })
  authorName!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt!: Date;
}
