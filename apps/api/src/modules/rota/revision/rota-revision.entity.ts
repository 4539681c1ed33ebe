import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row: a number bumped in the transaction of every rota change (patterns, one-off
 * changes, absences, teams, warrants). Its row lock serialises rota changes, so a check such
 * as "who holds this shift now" reads the committed state; calendars use it as SEQUENCE.
 */
@Entity({ name: 'rota_revision' })
@Check('rota_revision_single_ck', `"id" = 1`)
export class RotaRevisionEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'rota_revision_pk' })
  id!: number;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}
