import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 3: the assessment of each referral and its append-only timeline, the AMHPs (minimal:
 * approval dates, s114) and doctors (s12 approval), medical examinations and recommendations,
 * and the nearest relative (s26 identification, s11(3)/(4) contact). Generated from the
 * entities; the trigger keeping the timeline append-only is ours. Assessments for referrals
 * recorded before this migration are opened here, at stage "referral_received".
 */
export class Assessments1767312000000 implements MigrationInterface {
  name = 'Assessments1767312000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TABLE "amhps" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, ` +
        `"approving_council" character varying(120), "approved_on" date NOT NULL, "expires_on" date NOT NULL, "suspended_from" date, ` +
        `"team" character varying(120), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "amhps_pk" PRIMARY KEY ("id"))`,
    );
    await q(
      `CREATE TABLE "doctors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, ` +
        `"gmc_number" character(7) NOT NULL, "s12_approved" boolean NOT NULL, "approved_clinician" boolean NOT NULL, "registered" boolean NOT NULL, ` +
        `"organisation" character varying(200), "team" character varying(120), "phone" character varying(40), ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "doctors_gmc_number_uq" UNIQUE ("gmc_number"), CONSTRAINT "doctors_pk" PRIMARY KEY ("id"))`,
    );
    await q(
      `CREATE TABLE "assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referral_id" uuid NOT NULL, ` +
        `"stage" character varying(30) NOT NULL, "version" integer NOT NULL DEFAULT '1', "nearest_relative_request" boolean NOT NULL DEFAULT false, ` +
        `"opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"screening_decision" character varying(30), "screened_at" TIMESTAMP WITH TIME ZONE, ` +
        `"amhp_id" uuid, "amhp_allocated_at" TIMESTAMP WITH TIME ZONE, "amhp_last_saw_person_at" TIMESTAMP WITH TIME ZONE, ` +
        `"scheduled_at" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE, ` +
        `"outcome_kind" character varying(30), "outcome_at" TIMESTAMP WITH TIME ZONE, "not_completed_reason" character varying(40), ` +
        `"application_section" character varying(2), "application_made_at" TIMESTAMP WITH TIME ZONE, "last_medical_examination_at" TIMESTAMP WITH TIME ZONE, ` +
        `"bed_sought_at" TIMESTAMP WITH TIME ZONE, "bed_identified_at" TIMESTAMP WITH TIME ZONE, "hospital" character varying(200), "out_of_area" boolean, ` +
        `"conveyance_mode" character varying(30), "conveyance_arranged_at" TIMESTAMP WITH TIME ZONE, "admitted_at" TIMESTAMP WITH TIME ZONE, ` +
        `"written_reasons_sent_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, ` +
        `CONSTRAINT "assessments_referral_uq" UNIQUE ("referral_id"), CONSTRAINT "assessments_pk" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "assessments_outcome_idx" ON "assessments" ("outcome_kind", "application_section")`);
    await q(`CREATE INDEX "assessments_open_stage_idx" ON "assessments" ("stage") WHERE "stage" <> 'closed'`);
    await q(
      `CREATE TABLE "assessment_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "sequence" integer NOT NULL, ` +
        `"type" character varying(60) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "by" character varying(100) NOT NULL, "data" jsonb NOT NULL, ` +
        `"recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "assessment_events_sequence_uq" UNIQUE ("assessment_id", "sequence"), CONSTRAINT "assessment_events_pk" PRIMARY KEY ("id"))`,
    );
    await q(
      `CREATE TABLE "medical_examinations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "doctor_id" uuid NOT NULL, ` +
        `"examined_at" TIMESTAMP WITH TIME ZONE NOT NULL, "previous_acquaintance" boolean NOT NULL, ` +
        `"relative_of_patient" boolean NOT NULL DEFAULT false, "financial_interest_in_outcome" boolean NOT NULL DEFAULT false, ` +
        `"recommendation_section" character varying(2), "signed_at" TIMESTAMP WITH TIME ZONE, "states_appropriate_treatment" boolean, ` +
        `"recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" character varying(100) NOT NULL, ` +
        `CONSTRAINT "medical_examinations_recommendation_ck" CHECK (("recommendation_section" IS NULL) = ("signed_at" IS NULL)), ` +
        `CONSTRAINT "medical_examinations_pk" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "medical_examinations_assessment_idx" ON "medical_examinations" ("assessment_id")`);
    await q(
      `CREATE TABLE "nearest_relative_records" ("assessment_id" uuid NOT NULL, "patient_ordinarily_resident_in_uk" boolean, ` +
        `"identification" character varying(20) NOT NULL DEFAULT 'not_recorded', "nearest_relative_id" uuid, "identification_reason" text, ` +
        `"identification_notes" jsonb NOT NULL DEFAULT '[]', "passed_over" jsonb NOT NULL DEFAULT '[]', ` +
        `"chosen_by_amhp" boolean NOT NULL DEFAULT false, "identified_at" TIMESTAMP WITH TIME ZONE, "not_known_reason" text, ` +
        `"informed_at" TIMESTAMP WITH TIME ZONE, "to_be_informed_after_application" boolean NOT NULL DEFAULT false, ` +
        `"consulted_at" TIMESTAMP WITH TIME ZONE, "objects" boolean NOT NULL DEFAULT false, "not_reasonably_practicable_reason" text, ` +
        `"displaced_by_county_court" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "nearest_relative_records_pk" PRIMARY KEY ("assessment_id"))`,
    );
    await q(
      `CREATE TABLE "relatives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "position" integer NOT NULL, ` +
        `"name" character varying(120) NOT NULL, "relationship" character varying(30) NOT NULL, "date_of_birth" date, ` +
        `"half_blood" boolean NOT NULL DEFAULT false, "lives_with_or_cares_for_patient" boolean NOT NULL, "ordinarily_resident_in_uk" boolean NOT NULL, ` +
        `"permanently_separated_or_deserted" boolean NOT NULL DEFAULT false, "living_with_patient_since" date, "living_with_patient_until" date, ` +
        `"through_father_without_pr" boolean NOT NULL DEFAULT false, "excluded_reason" text, "contact" character varying(200), ` +
        `CONSTRAINT "relatives_pk" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "relatives_assessment_idx" ON "relatives" ("assessment_id", "position")`);
    const fk = (table: string, name: string, column: string, target: string, onDelete: 'CASCADE' | 'RESTRICT') =>
      q(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`);
    await fk('assessments', 'assessments_referral_fk', 'referral_id', 'referrals', 'CASCADE');
    await fk('assessments', 'assessments_amhp_fk', 'amhp_id', 'amhps', 'RESTRICT');
    await fk('assessment_events', 'assessment_events_assessment_fk', 'assessment_id', 'assessments', 'CASCADE');
    await fk('medical_examinations', 'medical_examinations_assessment_fk', 'assessment_id', 'assessments', 'CASCADE');
    await fk('medical_examinations', 'medical_examinations_doctor_fk', 'doctor_id', 'doctors', 'RESTRICT');
    await fk('nearest_relative_records', 'nearest_relative_records_assessment_fk', 'assessment_id', 'assessments', 'CASCADE');
    await fk('relatives', 'relatives_assessment_fk', 'assessment_id', 'assessments', 'CASCADE');

    // The timeline is a record of what happened: rows are appended, never rewritten.
    await q(
      `CREATE FUNCTION "assessment_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ ` +
        `BEGIN RAISE EXCEPTION 'assessment_events is append-only: events are never changed'; END $$`,
    );
    await q(
      `CREATE TRIGGER "assessment_events_append_only_trg" BEFORE UPDATE ON "assessment_events" FOR EACH ROW EXECUTE FUNCTION "assessment_events_append_only"()`,
    );

    // Referrals recorded before assessments existed get theirs now (one per referral).
    await q(
      `INSERT INTO "assessments" ("referral_id", "stage", "version", "nearest_relative_request", "opened_at", "updated_at", "withdrawn_at", "closed_at") ` +
        `SELECT "id", CASE WHEN "status" = 'closed' THEN 'closed' ELSE 'referral_received' END, 1, "source_kind" = 'nearest_relative', ` +
        `"received_at", "updated_at", "closed_at", "closed_at" FROM "referrals"`,
    );
    await q(
      `INSERT INTO "assessment_events" ("assessment_id", "sequence", "type", "at", "by", "data") ` +
        `SELECT a."id", 1, 'assessment_opened', a."opened_at", 'system', jsonb_build_object('legalSituation', r."legal_situation", 'migrated', true) ` +
        `FROM "assessments" a JOIN "referrals" r ON r."id" = a."referral_id"`,
    );
    // A referral already closed: its assessment was withdrawn with it (so replaying the timeline gives "closed").
    await q(
      `INSERT INTO "assessment_events" ("assessment_id", "sequence", "type", "at", "by", "data") ` +
        `SELECT a."id", 2, 'assessment_withdrawn', r."closed_at", 'system', jsonb_build_object('reason', COALESCE(r."closed_reason", 'Referral closed')) ` +
        `FROM "assessments" a JOIN "referrals" r ON r."id" = a."referral_id" WHERE r."status" = 'closed'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TRIGGER "assessment_events_append_only_trg" ON "assessment_events"`);
    await q(`DROP FUNCTION "assessment_events_append_only"()`);
    for (const [table, name] of [
      ['relatives', 'relatives_assessment_fk'],
      ['nearest_relative_records', 'nearest_relative_records_assessment_fk'],
      ['medical_examinations', 'medical_examinations_doctor_fk'],
      ['medical_examinations', 'medical_examinations_assessment_fk'],
      ['assessment_events', 'assessment_events_assessment_fk'],
      ['assessments', 'assessments_amhp_fk'],
      ['assessments', 'assessments_referral_fk'],
    ]) {
      await q(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    }
    await q(`DROP INDEX "public"."relatives_assessment_idx"`);
    await q(`DROP TABLE "relatives"`);
    await q(`DROP TABLE "nearest_relative_records"`);
    await q(`DROP INDEX "public"."medical_examinations_assessment_idx"`);
    await q(`DROP TABLE "medical_examinations"`);
    await q(`DROP TABLE "assessment_events"`);
    await q(`DROP INDEX "public"."assessments_open_stage_idx"`);
    await q(`DROP INDEX "public"."assessments_outcome_idx"`);
    await q(`DROP TABLE "assessments"`);
    await q(`DROP TABLE "doctors"`);
    await q(`DROP TABLE "amhps"`);
  }
}
