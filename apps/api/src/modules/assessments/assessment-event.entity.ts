import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AssessmentEntity } from './assessment.entity';

/**
 * The assessment's timeline: append-only (a trigger refuses UPDATE). Lifecycle events are the
 * domain's AssessmentEvent (replayed to rebuild the state); record events (an examination, the
 * relatives listed...) sit alongside them so the timeline tells the whole story. `sequence` is
 * unique per assessment: two writers can never append the same step.
 */
@Entity({ name: 'assessment_events' })
@Unique('assessment_events_sequence_uq', ['assessmentId', 'sequence'])
export class AssessmentEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assessment_events_pk' })
  id!: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'assessment_events_assessment_fk' })
  assessment?: AssessmentEntity;

  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'varchar', length: 60 })
  type!: string;

  /** When it happened, as the domain recorded it. */
  @Column({ type: 'timestamptz' })
  at!: Date;

  /** The user who recorded it (an id, never a name). */
  @Column({ type: 'varchar', length: 100 })
  by!: string;

  /** The event's data; instants as ISO strings (see event-codec.ts). */
  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
