import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 3: the legal clocks of assessments (one row per clock kind and assessment) and clock
 * alerts. A clock alert is unique per clock, point and due instant (exactly-once firing); the
 * issue-2 key (referral, kind, due) gives way to it, since one referral's clocks may share a
 * due instant. Issue-2 'deadline.expired' alerts stay as they were.
 */
export class Clocks1767398400000 implements MigrationInterface {
  name = 'Clocks1767398400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "clocks" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"assessment_id" uuid NOT NULL, ` +
        `"referral_id" uuid NOT NULL, ` +
        `"kind" character varying(10) NOT NULL, ` +
        `"label" character varying(100) NOT NULL, ` +
        `"section" character varying(20) NOT NULL, ` +
        `"starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"status" character varying(10) NOT NULL, ` +
        `"extended" boolean NOT NULL DEFAULT false, ` +
        `"extension" jsonb, ` +
        `"ended_at" TIMESTAMP WITH TIME ZONE, ` +
        `"ended_reason" text, ` +
        `"warning_fractions" double precision array NOT NULL, ` +
        `"revision" integer NOT NULL DEFAULT '1', ` +
        `"timing_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"scheduled_job_ids" text array NOT NULL DEFAULT '{}', ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "clocks_assessment_kind_uq" UNIQUE ("assessment_id", "kind"), ` +
        `CONSTRAINT "clocks_status_ck" CHECK ("status" IN ('running', 'extended', 'ended') AND ("status" = 'ended') = ("ended_at" IS NOT NULL)), ` +
        `CONSTRAINT "clocks_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "clocks_running_idx" ON "clocks" ("expires_at") WHERE "status" <> 'ended'`);
    await queryRunner.query(`CREATE INDEX "clocks_referral_idx" ON "clocks" ("referral_id")`);
    await queryRunner.query(
      `ALTER TABLE "clocks" ADD CONSTRAINT "clocks_referral_fk" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`ALTER TABLE "alerts" DROP CONSTRAINT "alerts_referral_kind_due_uq"`);
    await queryRunner.query(`ALTER TABLE "alerts" ADD "clock_id" uuid`);
    await queryRunner.query(`ALTER TABLE "alerts" ADD "assessment_id" uuid`);
    await queryRunner.query(`ALTER TABLE "alerts" ADD "clock_kind" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "alerts" ADD "point" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "alerts" ADD CONSTRAINT "alerts_clock_point_due_uq" UNIQUE ("clock_id", "point", "due_at")`);
    await queryRunner.query(
      `ALTER TABLE "alerts" ADD CONSTRAINT "alerts_clock_fk" FOREIGN KEY ("clock_id") REFERENCES "clocks"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "alerts" DROP CONSTRAINT "alerts_clock_fk"`);
    await queryRunner.query(`ALTER TABLE "alerts" DROP CONSTRAINT "alerts_clock_point_due_uq"`);
    await queryRunner.query(`DELETE FROM "alerts" WHERE "clock_id" IS NOT NULL OR "point" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "alerts" DROP COLUMN "point"`);
    await queryRunner.query(`ALTER TABLE "alerts" DROP COLUMN "clock_kind"`);
    await queryRunner.query(`ALTER TABLE "alerts" DROP COLUMN "assessment_id"`);
    await queryRunner.query(`ALTER TABLE "alerts" DROP COLUMN "clock_id"`);
    await queryRunner.query(`ALTER TABLE "alerts" ADD CONSTRAINT "alerts_referral_kind_due_uq" UNIQUE ("referral_id", "kind", "due_at")`);
    await queryRunner.query(`ALTER TABLE "clocks" DROP CONSTRAINT "clocks_referral_fk"`);
    await queryRunner.query(`DROP INDEX "public"."clocks_referral_idx"`);
    await queryRunner.query(`DROP INDEX "public"."clocks_running_idx"`);
    await queryRunner.query(`DROP TABLE "clocks"`);
  }
}
