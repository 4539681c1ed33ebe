import { DataSource } from 'typeorm';
import { ensureDatabase } from './database-admin';
import { dataSourceOptions } from './data-source-options';
import { runMigrationsLocked } from './run-migrations';

export interface OpenOptions {
  /** Apply pending migrations (under the advisory lock) before returning. */
  migrate: boolean;
  poolSize?: number;
}

/** Creates the database if missing, connects, and optionally migrates. */
export async function openDataSource(databaseUrl: string, options: OpenOptions): Promise<DataSource> {
  await ensureDatabase(databaseUrl);
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, { poolSize: options.poolSize })).initialize();
  if (options.migrate) {
    try {
      await runMigrationsLocked(dataSource);
    } catch (error) {
      await dataSource.destroy();
      throw error;
    }
  }
  return dataSource;
}
