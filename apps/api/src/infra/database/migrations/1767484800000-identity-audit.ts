import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 4: users, server-side sessions and the append-only audit trail. Generated from the
 * entities; the triggers and the REVOKE that make audit_events append-only are ours (entities
 * cannot declare them).
 */
export class IdentityAudit1767484800000 implements MigrationInterface {
  name = 'IdentityAudit1767484800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "users" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"email" character varying(254) NOT NULL, ` +
        `"display_name" character varying(120) NOT NULL, ` +
        `"roles" text array NOT NULL, ` +
        `"auth_source" character varying(10) NOT NULL, ` +
        `"password_hash" text, ` +
        `"must_change_password" boolean NOT NULL DEFAULT false, ` +
        `"oidc_issuer" character varying(300), ` +
        `"oidc_subject" character varying(255), ` +
        `"disabled_at" TIMESTAMP WITH TIME ZONE, ` +
        `"failed_sign_ins" integer NOT NULL DEFAULT '0', ` +
        `"locked_until" TIMESTAMP WITH TIME ZONE, ` +
        `"last_sign_in_at" TIMESTAMP WITH TIME ZONE, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "users_oidc_subject_uq" UNIQUE ("oidc_issuer", "oidc_subject"), ` +
        `CONSTRAINT "users_email_uq" UNIQUE ("email"), ` +
        `CONSTRAINT "users_auth_source_ck" CHECK ("auth_source" IN ('local', 'oidc')), ` +
        `CONSTRAINT "users_roles_ck" CHECK (cardinality("roles") > 0 AND "roles" <@ ARRAY['amhp', 'edt_worker', 'service_lead', 'administrator', 'read_only']::text[]), ` +
        `CONSTRAINT "users_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"token_hash" character(64) NOT NULL, ` +
        `"user_id" uuid NOT NULL, ` +
        `"csrf_token" character varying(64) NOT NULL, ` +
        `"auth_method" character varying(10) NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"ip" character varying(64), ` +
        `"user_agent" character varying(300), ` +
        `CONSTRAINT "sessions_token_hash_uq" UNIQUE ("token_hash"), ` +
        `CONSTRAINT "sessions_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sessions_user_idx" ON "sessions" ("user_id")`);
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "audit_events" (` +
        `"id" BIGSERIAL NOT NULL, ` +
        `"occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"actor_user_id" uuid, ` +
        `"actor_name" character varying(160) NOT NULL, ` +
        `"ip" character varying(64), ` +
        `"user_agent" character varying(300), ` +
        `"request_id" character varying(100), ` +
        `"action" character varying(60) NOT NULL, ` +
        `"entity_type" character varying(40) NOT NULL, ` +
        `"entity_id" character varying(64), ` +
        `"subject_referral_id" uuid, ` +
        `"before" jsonb, ` +
        `"after" jsonb, ` +
        `CONSTRAINT "audit_events_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_events_actor_idx" ON "audit_events" ("actor_user_id", "occurred_at")`);
    await queryRunner.query(`CREATE INDEX "audit_events_subject_idx" ON "audit_events" ("subject_referral_id")`);
    await queryRunner.query(`CREATE INDEX "audit_events_entity_idx" ON "audit_events" ("entity_id")`);
    await queryRunner.query(`CREATE INDEX "audit_events_occurred_idx" ON "audit_events" ("occurred_at")`);

    // Append-only, enforced by PostgreSQL itself: row triggers refuse UPDATE and DELETE, a
    // statement trigger refuses TRUNCATE (which row triggers do not see). They bind the table's
    // owner too; only dropping the trigger (a schema change, itself visible) gets round them.
    await queryRunner.query(
      `CREATE FUNCTION "audit_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$ ` +
        `BEGIN RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_events_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_events" ` +
        `FOR EACH ROW EXECUTE FUNCTION "audit_events_refuse_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events" ` +
        `FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_refuse_change"()`,
    );
    // Roles other than the owner (e.g. a reporting role granted SELECT) may never change it.
    // The application should connect as a role that does not own the table (see the README).
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_events" FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP FUNCTION "audit_events_refuse_change"()`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "sessions_user_fk"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
