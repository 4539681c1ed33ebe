import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

const instant = { type: 'timestamptz' } as const;

/** What each type of one-off change carries (instants as ISO strings). */
export type AdjustmentPayload =
  | { type: 'replace'; shiftId: string; amhpId: string | null; previousAmhpId: string | null }
  | { type: 'cancel'; shiftId: string }
  | { type: 'add'; teamId: string; kind: 'day' | 'edt'; startsAt: string; endsAt: string; amhpId: string | null }
  | { type: 'swap'; first: { shiftId: string; amhpId: string }; second: { shiftId: string; amhpId: string } };

/**
 * A one-off change to the rota (domain RotaAdjustment). Applied in `position` order: the
 * rota revision at which it was made, unique because every change bumps the revision under
 * the same row lock. `first_date`/`last_date` are the London dates of the shifts it changes.
 */
@Entity({ name: 'rota_adjustments' })
@Unique('rota_adjustments_position_uq', ['position'])
@Index('rota_adjustments_dates_idx', ['lastDate', 'firstDate'])
@Check('rota_adjustments_type_ck', `"type" IN ('replace', 'cancel', 'add', 'swap')`)
@Check('rota_adjustments_dates_ck', `"first_date" <= "last_date"`)
export class RotaAdjustmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'rota_adjustments_pk' })
  id!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 7 })
  type!: AdjustmentPayload['type'];

  @Column({ type: 'jsonb' })
  payload!: AdjustmentPayload;

  @Column({ name: 'first_date', type: 'date' })
  firstDate!: string;

  @Column({ name: 'last_date', type: 'date' })
  lastDate!: string;

  @Column({ name: 'created_at', ...instant, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;
}
