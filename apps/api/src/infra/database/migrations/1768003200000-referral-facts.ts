import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The referral facts the rules check against each other: where the person is in the rules'
 * terms (s5(2)/s5(4) hold in-patients only), a start time confirmed although the power would
 * have lapsed, and a police station as the place of safety with the conditions of the Places of
 * Safety Regulations 2017 (s136A). Older referrals keep nulls (and no confirmation).
 */
export class ReferralFacts1768003200000 implements MigrationInterface {
  name = 'ReferralFacts1768003200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referrals" ADD "clock_start_confirmed" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD "at_police_station" boolean`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD "police_station_conditions" jsonb`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD "location_kind" character varying(30)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "location_kind"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "police_station_conditions"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "at_police_station"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "clock_start_confirmed"`);
  }
}
