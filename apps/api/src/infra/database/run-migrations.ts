import { DataSource, Migration } from 'typeorm';

/** Any fixed 64-bit number, the same in every instance: "amhp" in ASCII. */
export const MIGRATION_LOCK_KEY = 0x616d6870;

/**
 * Applies pending migrations while holding a PostgreSQL advisory lock, so that two API
 * instances (or an API and a worker) starting together do not both try to apply them:
 * the second waits, then finds nothing to do. Each migration runs in its own transaction.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<Migration[]> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lockRunner.release();
  }
}
