import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 5: handovers between day teams and EDT (one per day team and boundary, with the
 * snapshot of the cases handed over), the notes written for them, and handover alerts: an
 * alert now concerns a referral or a handover ('handover.unacknowledged', once per handover).
 */
export class Handovers1767744000000 implements MigrationInterface {
  name = 'Handovers1767744000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "handovers" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"day_team_id" character varying(40) NOT NULL, ` +
        `"from_team_id" character varying(40) NOT NULL, ` +
        `"to_team_id" character varying(40) NOT NULL, ` +
        `"direction" character varying(12) NOT NULL, ` +
        `"boundary_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"ack_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"acknowledged_at" TIMESTAMP WITH TIME ZONE, ` +
        `"acknowledged_by_user_id" uuid, ` +
        `"acknowledged_by_name" character varying(120), ` +
        `"cases" jsonb NOT NULL, ` +
        `CONSTRAINT "handovers_day_team_boundary_uq" UNIQUE ("day_team_id", "boundary_at"), ` +
        `CONSTRAINT "handovers_direction_ck" CHECK ("direction" IN ('day-to-edt', 'edt-to-day')), ` +
        `CONSTRAINT "handovers_acknowledged_ck" CHECK (("acknowledged_at" IS NULL) = ("acknowledged_by_name" IS NULL)), ` +
        `CONSTRAINT "handovers_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "handovers_boundary_idx" ON "handovers" ("boundary_at")`);
    await queryRunner.query(`CREATE INDEX "handovers_unacknowledged_idx" ON "handovers" ("ack_due_at") WHERE "acknowledged_at" IS NULL`);
    for (const [name, column] of [
      ['handovers_day_team_fk', 'day_team_id'],
      ['handovers_from_team_fk', 'from_team_id'],
      ['handovers_to_team_fk', 'to_team_id'],
    ]) {
      await queryRunner.query(`ALTER TABLE "handovers" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }
    await queryRunner.query(
      `ALTER TABLE "handovers" ADD CONSTRAINT "handovers_acknowledged_by_fk" FOREIGN KEY ("acknowledged_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "handover_notes" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"referral_id" uuid NOT NULL, ` +
        `"author_user_id" uuid, ` +
        `"author_name" character varying(120) NOT NULL, ` +
        `"text" text NOT NULL, ` +
        `"written_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "handover_notes_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "handover_notes_referral_idx" ON "handover_notes" ("referral_id", "written_at")`);
    await queryRunner.query(`CREATE INDEX "handover_notes_written_idx" ON "handover_notes" ("written_at")`);
    await queryRunner.query(
      `ALTER TABLE "handover_notes" ADD CONSTRAINT "handover_notes_referral_fk" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "handover_notes" ADD CONSTRAINT "handover_notes_author_fk" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    // An alert is about a referral (clock alerts) or a handover (issue 5); the clock alert writer is unchanged.
    await queryRunner.query(`ALTER TABLE "alerts" ALTER COLUMN "referral_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "alerts" ADD "handover_id" uuid`);
    await queryRunner.query(`ALTER TABLE "alerts" ADD CONSTRAINT "alerts_handover_kind_uq" UNIQUE ("handover_id", "kind")`);
    await queryRunner.query(`ALTER TABLE "alerts" ADD CONSTRAINT "alerts_subject_ck" CHECK ("referral_id" IS NOT NULL OR "handover_id" IS NOT NULL)`);
    await queryRunner.query(
      `ALTER TABLE "alerts" ADD CONSTRAINT "alerts_handover_fk" FOREIGN KEY ("handover_id") REFERENCES "handovers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "alerts" DROP CONSTRAINT "alerts_handover_fk"`);
    await queryRunner.query(`ALTER TABLE "alerts" DROP CONSTRAINT "alerts_subject_ck"`);
    await queryRunner.query(`ALTER TABLE "alerts" DROP CONSTRAINT "alerts_handover_kind_uq"`);
    await queryRunner.query(`DELETE FROM "alerts" WHERE "handover_id" IS NOT NULL OR "referral_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "alerts" DROP COLUMN "handover_id"`);
    await queryRunner.query(`ALTER TABLE "alerts" ALTER COLUMN "referral_id" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE "handover_notes"`);
    await queryRunner.query(`DROP TABLE "handovers"`);
  }
}
