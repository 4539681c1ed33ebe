/**
 * Loads fictional demo referrals when the referrals table is empty, through the referrals
 * service so their timers and board events are the real ones; exits 0 either way.
 * `node dist/apps/api/apps/api/src/scripts/seed-demo.js`
 */
import 'reflect-metadata';
import { createReferralSchema } from '@amhp/contracts';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken, getRepositoryToken } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { configFromProcessEnv } from '../config/load-env';
import { AppLogger, safeError } from '../infra/logging/app-logger';
import { ReferralEntity } from '../modules/referrals/referral.entity';
import { ReferralsModule } from '../modules/referrals/referrals.module';
import { ReferralsService } from '../modules/referrals/referrals.service';
import { demoAccountsBanner, seedDemoAccounts } from '../modules/identity/demo/demo-accounts';
import { demoReferrals } from './demo-referrals';
import { seedDemoRota } from './seed-demo-rota';
import { coreImports } from '../infra/core-imports';

function seedModule(config: AppConfig, logger: AppLogger) {
  @Module({
    imports: [
      ...coreImports(config, logger),
      ReferralsModule,
    ],
  })
  class SeedModule {}
  return SeedModule;
}

/** Inserts the demo referrals if there are none; returns how many it inserted. */
export async function seedDemo(referralsService: ReferralsService, referrals: Repository<ReferralEntity>, now = new Date()): Promise<number> {
  if ((await referrals.count()) > 0) return 0;
  let inserted = 0;
  for (const demo of demoReferrals(now)) {
    const input = createReferralSchema.parse(demo.input);
    await referralsService.create(input, new Date(now.getTime() - demo.receivedAgoMs));
    inserted++;
  }
  return inserted;
}

async function main(): Promise<void> {
  const config = configFromProcessEnv();
  const logger = new AppLogger(config);
  try {
    const app = await NestFactory.createApplicationContext(seedModule(config, logger), { logger, abortOnError: false });
    try {
      const inserted = await seedDemo(app.get(ReferralsService), app.get<Repository<ReferralEntity>>(getRepositoryToken(ReferralEntity)));
      logger.log(inserted ? `Loaded ${inserted} demo referrals` : 'Referrals already present: demo data not loaded', 'SeedDemo');
      // DEMO DATA: one account per role (issue 4), printed clearly marked; never in production unless asked.
      const accounts = await seedDemoAccounts(app.get<DataSource>(getDataSourceToken()), config);
      process.stdout.write(demoAccountsBanner(accounts));
      // DEMO DATA: teams, AMHPs linked to the demo accounts, patterns and one gap next week (issue 5); with the demo accounts only.
      if (!accounts.refused && (await seedDemoRota(app.get<DataSource>(getDataSourceToken())))) logger.log('Loaded the demo rota', 'SeedDemo');
    } finally {
      await app.close();
    }
  } catch (error) {
    logger.error({ msg: 'demo data not loaded', error: safeError(error) }, 'SeedDemo');
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
