import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 5 (allocation and calendars): the day team whose area a referral is in (nullable: older
 * referrals have none and fall back to the first day team), and each user's secret calendar
 * links (only the token's SHA-256 is stored; at most one active link per user).
 */
export class AllocationCalendars1767657600000 implements MigrationInterface {
  name = 'AllocationCalendars1767657600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referrals" ADD "team_id" character varying(40)`);
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "referrals_team_fk" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_links" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"user_id" uuid NOT NULL, ` +
        `"token_hash" character(64) NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"revoked_at" TIMESTAMP WITH TIME ZONE, ` +
        `CONSTRAINT "calendar_links_token_hash_uq" UNIQUE ("token_hash"), ` +
        `CONSTRAINT "calendar_links_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "calendar_links_active_user_uq" ON "calendar_links" ("user_id") WHERE "revoked_at" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "calendar_links" ADD CONSTRAINT "calendar_links_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_links" DROP CONSTRAINT "calendar_links_user_fk"`);
    await queryRunner.query(`DROP INDEX "public"."calendar_links_active_user_uq"`);
    await queryRunner.query(`DROP TABLE "calendar_links"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "referrals_team_fk"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "team_id"`);
  }
}
