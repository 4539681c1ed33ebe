import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 5 (rota core): teams and their cover rules, AMHPs linked to a team and a user
 * account with their availability, past warrants and training, repeating rota patterns,
 * one-off changes, absences, and the rota revision (one row, bumped by every rota change).
 */
export class Rota1767571200000 implements MigrationInterface {
  name = 'Rota1767571200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TABLE "teams" (` +
        `"id" character varying(40) NOT NULL, "name" character varying(120) NOT NULL, "kind" character varying(3) NOT NULL, ` +
        `"edt_team_id" character varying(40), "nation" character varying(3) NOT NULL, "day_duty_weekdays" smallint array NOT NULL, ` +
        `"day_duty_starts" character(5) NOT NULL, "day_duty_ends" character(5) NOT NULL, "handover_ack_minutes" integer NOT NULL DEFAULT '30', ` +
        `"version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "teams_edt_ck" CHECK (("kind" = 'day') = ("edt_team_id" IS NOT NULL)), ` +
        `CONSTRAINT "teams_nation_ck" CHECK ("nation" IN ('ENG', 'WLS')), ` +
        `CONSTRAINT "teams_kind_ck" CHECK ("kind" IN ('day', 'edt')), ` +
        `CONSTRAINT "teams_pk" PRIMARY KEY ("id"))`,
    );
    await q(
      `CREATE TABLE "team_cover_rules" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" character varying(40) NOT NULL, "position" smallint NOT NULL, ` +
        `"kind" character varying(3) NOT NULL, "minimum" smallint NOT NULL, "window_from" character(5), "window_to" character(5), ` +
        `CONSTRAINT "team_cover_rules_window_ck" CHECK (("window_from" IS NULL) = ("window_to" IS NULL)), ` +
        `CONSTRAINT "team_cover_rules_minimum_ck" CHECK ("minimum" >= 0), ` +
        `CONSTRAINT "team_cover_rules_kind_ck" CHECK ("kind" IN ('day', 'edt')), ` +
        `CONSTRAINT "team_cover_rules_pk" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "team_cover_rules_team_idx" ON "team_cover_rules" ("team_id", "position")`);

    await q(`ALTER TABLE "amhps" ADD "team_id" character varying(40)`);
    await q(`ALTER TABLE "amhps" ADD "user_id" uuid`);
    await q(`ALTER TABLE "amhps" ADD "availability" character varying(11) NOT NULL DEFAULT 'available'`);
    await q(`ALTER TABLE "amhps" ADD CONSTRAINT "amhps_user_uq" UNIQUE ("user_id")`);
    await q(`ALTER TABLE "amhps" ADD CONSTRAINT "amhps_availability_ck" CHECK ("availability" IN ('available', 'unavailable'))`);

    await q(
      `CREATE TABLE "amhp_past_warrants" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "amhp_id" uuid NOT NULL, "approving_council" character varying(120), ` +
        `"approved_on" date NOT NULL, "expires_on" date NOT NULL, "suspended_from" date, ` +
        `"replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "amhp_past_warrants_pk" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "amhp_past_warrants_amhp_idx" ON "amhp_past_warrants" ("amhp_id")`);
    await q(
      `CREATE TABLE "amhp_training" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "amhp_id" uuid NOT NULL, "completed_on" date NOT NULL, ` +
        `"hours" numeric(5,2) NOT NULL, "title" character varying(200) NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "amhp_training_pk" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "amhp_training_amhp_idx" ON "amhp_training" ("amhp_id", "completed_on")`);

    await q(
      `CREATE TABLE "rota_patterns" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" character varying(40) NOT NULL, "kind" character varying(3) NOT NULL, ` +
        `"anchor" date NOT NULL, "period" character varying(4) NOT NULL, "cycle" jsonb NOT NULL, "slots" text array, ` +
        `"valid_from" date, "valid_until" date, "version" integer NOT NULL DEFAULT '1', ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "rota_patterns_period_ck" CHECK ("period" IN ('week', 'day')), ` +
        `CONSTRAINT "rota_patterns_kind_ck" CHECK ("kind" IN ('day', 'edt')), ` +
        `CONSTRAINT "rota_patterns_pk" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "rota_patterns_team_idx" ON "rota_patterns" ("team_id")`);
    await q(
      `CREATE TABLE "rota_adjustments" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "position" integer NOT NULL, "type" character varying(7) NOT NULL, ` +
        `"payload" jsonb NOT NULL, "first_date" date NOT NULL, "last_date" date NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, ` +
        `CONSTRAINT "rota_adjustments_position_uq" UNIQUE ("position"), ` +
        `CONSTRAINT "rota_adjustments_dates_ck" CHECK ("first_date" <= "last_date"), ` +
        `CONSTRAINT "rota_adjustments_type_ck" CHECK ("type" IN ('replace', 'cancel', 'add', 'swap')), ` +
        `CONSTRAINT "rota_adjustments_pk" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "rota_adjustments_dates_idx" ON "rota_adjustments" ("last_date", "first_date")`);
    await q(
      `CREATE TABLE "absences" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "amhp_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, ` +
        `"starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, ` +
        `CONSTRAINT "absences_interval_ck" CHECK ("starts_at" < "ends_at"), ` +
        `CONSTRAINT "absences_kind_ck" CHECK ("kind" IN ('leave', 'sickness', 'training', 'other')), ` +
        `CONSTRAINT "absences_pk" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "absences_ends_idx" ON "absences" ("ends_at")`);
    await q(`CREATE INDEX "absences_amhp_idx" ON "absences" ("amhp_id", "ends_at")`);
    await q(
      `CREATE TABLE "rota_revision" ("id" smallint NOT NULL, "revision" integer NOT NULL, ` +
        `"changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "rota_revision_single_ck" CHECK ("id" = 1), CONSTRAINT "rota_revision_pk" PRIMARY KEY ("id"))`,
    );
    await q(`INSERT INTO "rota_revision" ("id", "revision") VALUES (1, 0)`);

    const fk = (table: string, name: string, column: string, target: string, onDelete: string) =>
      q(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`);
    await fk('teams', 'teams_edt_team_fk', 'edt_team_id', 'teams', 'RESTRICT');
    await fk('team_cover_rules', 'team_cover_rules_team_fk', 'team_id', 'teams', 'CASCADE');
    await fk('amhps', 'amhps_team_fk', 'team_id', 'teams', 'RESTRICT');
    await fk('amhps', 'amhps_user_fk', 'user_id', 'users', 'SET NULL');
    await fk('amhp_past_warrants', 'amhp_past_warrants_amhp_fk', 'amhp_id', 'amhps', 'CASCADE');
    await fk('amhp_training', 'amhp_training_amhp_fk', 'amhp_id', 'amhps', 'CASCADE');
    await fk('rota_patterns', 'rota_patterns_team_fk', 'team_id', 'teams', 'RESTRICT');
    await fk('absences', 'absences_amhp_fk', 'amhp_id', 'amhps', 'CASCADE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const table of ['rota_revision', 'absences', 'rota_adjustments', 'rota_patterns', 'amhp_training', 'amhp_past_warrants']) await q(`DROP TABLE "${table}"`);
    await q(`ALTER TABLE "amhps" DROP CONSTRAINT "amhps_user_fk"`);
    await q(`ALTER TABLE "amhps" DROP CONSTRAINT "amhps_team_fk"`);
    await q(`ALTER TABLE "amhps" DROP CONSTRAINT "amhps_availability_ck"`);
    await q(`ALTER TABLE "amhps" DROP CONSTRAINT "amhps_user_uq"`);
    for (const column of ['availability', 'user_id', 'team_id']) await q(`ALTER TABLE "amhps" DROP COLUMN "${column}"`);
    await q(`DROP TABLE "team_cover_rules"`);
    await q(`DROP TABLE "teams"`);
  }
}
