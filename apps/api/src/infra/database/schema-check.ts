/**
 * Fails (exit 1) when the entities and the committed migrations disagree: migrates a scratch
 * database from nothing, then asks TypeORM what it would change to match the entities. Any
 * query means a migration is missing (or wrong). Run in CI:
 * `node dist/apps/api/apps/api/src/infra/database/schema-check.js`.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { configFromProcessEnv } from '../../config/load-env';
import { AppLogger, safeError } from '../logging/app-logger';
import { dropDatabase } from './database-admin';
import { openDataSource } from './open-data-source';

/** The SQL TypeORM would run to make a freshly migrated database match the entities. */
export async function schemaDrift(databaseUrl: string): Promise<string[]> {
  const dataSource = await openDataSource(databaseUrl, { migrate: true, poolSize: 2 });
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await dataSource.destroy();
  }
}

export function scratchDatabaseUrl(databaseUrl: string, prefix: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${prefix}_${randomBytes(4).toString('hex')}`;
  return url.toString();
}

async function main(): Promise<void> {
  const config = configFromProcessEnv();
  const log = new AppLogger(config).pino.child({ context: 'schema-check' });
  const scratch = scratchDatabaseUrl(config.databaseUrl, 'amhp_schema_check');
  try {
    const drift = await schemaDrift(scratch);
    if (drift.length > 0) {
      log.error({ missing: drift }, 'entities and migrations disagree: add a migration for these changes');
      process.exitCode = 1;
    } else {
      log.info('entities and migrations agree');
    }
  } catch (error) {
    log.error({ error: safeError(error) }, 'schema check could not run');
    process.exitCode = 1;
  } finally {
    await dropDatabase(scratch).catch((error: unknown) => log.warn({ error: safeError(error) }, 'could not drop the scratch database'));
  }
}

if (require.main === module) void main();
