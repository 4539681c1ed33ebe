import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Grants of a clinical role (amhp, edt_worker, service_lead) to an account, by an administrator
 * or by the identity provider's groups, kept until a service lead has reviewed them.
 */
export class RoleGrants1768003200001 implements MigrationInterface {
  name = 'RoleGrants1768003200001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "role_grants" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"user_id" uuid NOT NULL, ` +
        `"granted_roles" text array NOT NULL, ` +
        `"roles_before" text array NOT NULL, ` +
        `"roles_after" text array NOT NULL, ` +
        `"source" character varying(20) NOT NULL, ` +
        `"granted_by_user_id" uuid, ` +
        `"granted_by_name" character varying(120), ` +
        `"granted_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"reviewed_at" TIMESTAMP WITH TIME ZONE, ` +
        `"reviewed_by_user_id" uuid, ` +
        `"reviewed_by_name" character varying(120), ` +
        `CONSTRAINT "role_grants_source_ck" CHECK ("source" IN ('administrator', 'identity_provider')), ` +
        `CONSTRAINT "role_grants_reviewed_ck" CHECK (("reviewed_at" IS NULL) = ("reviewed_by_name" IS NULL)), ` +
        `CONSTRAINT "role_grants_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "role_grants_unreviewed_idx" ON "role_grants" ("granted_at") WHERE "reviewed_at" IS NULL`);
    await queryRunner.query(`ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    for (const [name, column] of [
      ['role_grants_granted_by_fk', 'granted_by_user_id'],
      ['role_grants_reviewed_by_fk', 'reviewed_by_user_id'],
    ]) {
      await queryRunner.query(`ALTER TABLE "role_grants" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "role_grants"`);
  }
}
