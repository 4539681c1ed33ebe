/**
 * Creates only the demo accounts (no demo referrals) and prints them:
 * `node dist/apps/api/apps/api/src/modules/identity/demo/seed-demo-accounts.js`.
 * The browser tests' stack uses it; `npm run up` gets the same accounts from seed-demo.
 */
import 'reflect-metadata';
import { configFromProcessEnv } from '../../../config/load-env';
import { openDataSource } from '../../../infra/database/open-data-source';
import { AppLogger, safeError } from '../../../infra/logging/app-logger';
import { seedDemoRota } from '../../../scripts/seed-demo-rota';
import { demoAccountsBanner, seedDemoAccounts } from './demo-accounts';

async function main(): Promise<void> {
  const config = configFromProcessEnv();
  const logger = new AppLogger(config);
  try {
    const dataSource = await openDataSource(config.databaseUrl, { migrate: true, poolSize: 2 });
    try {
      const accounts = await seedDemoAccounts(dataSource, config);
      process.stdout.write(demoAccountsBanner(accounts));
      // The browser tests edit the demo rota (issue 5): the same teams, AMHPs and gap as `npm run up`.
      if (!accounts.refused) await seedDemoRota(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    logger.error({ msg: 'demo accounts not created', error: safeError(error) }, 'SeedDemoAccounts');
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
