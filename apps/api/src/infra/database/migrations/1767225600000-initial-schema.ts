import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 2: referrals (the person, the source, the legal situation and its deadline) and the
 * alerts the board shows. Generated from the entities, then given readable names; the
 * reference sequence is ours (entities cannot declare sequences).
 */
export class InitialSchema1767225600000 implements MigrationInterface {
  name = 'InitialSchema1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Numbers for the "R-2026-00042" references read out on the phone.
    await queryRunner.query(`CREATE SEQUENCE "referral_reference_seq" AS integer START WITH 1`);
    await queryRunner.query(
      `CREATE TABLE "referrals" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"reference" character varying(20) NOT NULL, ` +
        `"status" character varying(10) NOT NULL DEFAULT 'open', ` +
        `"version" integer NOT NULL DEFAULT '1', ` +
        `"received_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"closed_at" TIMESTAMP WITH TIME ZONE, ` +
        `"closed_reason" text, ` +
        `"given_name" character varying(100) NOT NULL, ` +
        `"family_name" character varying(100) NOT NULL, ` +
        `"date_of_birth" date NOT NULL, ` +
        `"nhs_number" character(10), ` +
        `"sex" character varying(20) NOT NULL, ` +
        `"ethnic_category" character(1) NOT NULL, ` +
        `"address" character varying(300) NOT NULL, ` +
        `"postcode" character varying(10) NOT NULL, ` +
        `"council" character varying(120) NOT NULL, ` +
        `"source_kind" character varying(30) NOT NULL, ` +
        `"referrer_name" character varying(120) NOT NULL, ` +
        `"referrer_contact" character varying(200) NOT NULL, ` +
        `"legal_situation" character varying(20) NOT NULL, ` +
        `"clock_started_at" TIMESTAMP WITH TIME ZONE, ` +
        `"place_of_safety" character varying(200), ` +
        `"legal_details" text, ` +
        `"deadline_expires_at" TIMESTAMP WITH TIME ZONE, ` +
        `"current_location" character varying(300) NOT NULL, ` +
        `"reason" text NOT NULL, ` +
        `"risk_violence" boolean NOT NULL, ` +
        `"risk_weapons" boolean NOT NULL, ` +
        `"risk_children_or_vulnerable_adults" boolean NOT NULL, ` +
        `"risk_substance_use" boolean NOT NULL, ` +
        `"risk_medical_needs" boolean NOT NULL, ` +
        `"risk_notes" text, ` +
        `"urgency" character varying(20) NOT NULL, ` +
        `CONSTRAINT "referrals_reference_uq" UNIQUE ("reference"), ` +
        `CONSTRAINT "referrals_status_ck" CHECK ("status" IN ('open', 'closed') AND ("status" = 'closed') = ("closed_at" IS NOT NULL)), ` +
        `CONSTRAINT "referrals_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "referrals_open_board_idx" ON "referrals" ("deadline_expires_at", "received_at") WHERE "status" = 'open'`,
    );
    await queryRunner.query(
      `CREATE TABLE "alerts" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"kind" character varying(40) NOT NULL, ` +
        `"severity" character varying(10) NOT NULL, ` +
        `"referral_id" uuid NOT NULL, ` +
        `"message" text NOT NULL, ` +
        `"due_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"acknowledged_at" TIMESTAMP WITH TIME ZONE, ` +
        `CONSTRAINT "alerts_referral_kind_due_uq" UNIQUE ("referral_id", "kind", "due_at"), ` +
        `CONSTRAINT "alerts_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "alerts_unacknowledged_idx" ON "alerts" ("raised_at") WHERE "acknowledged_at" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "alerts" ADD CONSTRAINT "alerts_referral_fk" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "alerts" DROP CONSTRAINT "alerts_referral_fk"`);
    await queryRunner.query(`DROP INDEX "public"."alerts_unacknowledged_idx"`);
    await queryRunner.query(`DROP TABLE "alerts"`);
    await queryRunner.query(`DROP INDEX "public"."referrals_open_board_idx"`);
    await queryRunner.query(`DROP TABLE "referrals"`);
    await queryRunner.query(`DROP SEQUENCE "referral_reference_seq"`);
  }
}
