/**
 * Applies pending migrations and exits: `node dist/apps/api/apps/api/src/infra/database/migrate.js`.
 * The API also migrates at start-up; this is for deploy pipelines and `npm run up`.
 */
import 'reflect-metadata';
import { configFromProcessEnv } from '../../config/load-env';
import { AppLogger, safeError } from '../logging/app-logger';
import { openDataSource } from './open-data-source';
import { runMigrationsLocked } from './run-migrations';

async function main(): Promise<void> {
  const config = configFromProcessEnv();
  const log = new AppLogger(config).pino.child({ context: 'migrate' });
  try {
    const dataSource = await openDataSource(config.databaseUrl, { migrate: false, poolSize: 2 });
    try {
      const applied = await runMigrationsLocked(dataSource);
      log.info({ applied: applied.map((m) => m.name) }, applied.length ? 'migrations applied' : 'database already up to date');
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    log.error({ error: safeError(error) }, 'migration failed');
    process.exitCode = 1;
  }
}

void main();
