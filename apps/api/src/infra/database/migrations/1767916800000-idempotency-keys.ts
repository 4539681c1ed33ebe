import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys: the same creating request sent twice (at once, or again after a timeout)
 * with one Idempotency-Key makes one record, and the second gets the first answer.
 */
export class IdempotencyKeys1767916800000 implements MigrationInterface {
  name = 'IdempotencyKeys1767916800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"user_id" uuid NOT NULL, ` +
        `"key" character varying(255) NOT NULL, ` +
        `"request" character varying(600) NOT NULL, ` +
        `"request_hash" character(64) NOT NULL, ` +
        `"holder" uuid NOT NULL, ` +
        `"held_until" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"committed_at" TIMESTAMP WITH TIME ZONE, ` +
        `"response_status" integer, ` +
        `"response_body" jsonb, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"completed_at" TIMESTAMP WITH TIME ZONE, ` +
        `CONSTRAINT "idempotency_keys_user_key_uq" UNIQUE ("user_id", "key"), ` +
        `CONSTRAINT "idempotency_keys_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" ("created_at")`);
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
  }
}
