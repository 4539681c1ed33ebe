import { openDataSource } from '../../src/infra/database/open-data-source';
import { baseDatabaseUrl, randomSuffix, TEST_ENV } from './test-env';

/** A database and a Redis prefix of this run's own; migrated the way the API migrates. */
export default async function globalSetup(): Promise<void> {
  const suffix = randomSuffix();
  const url = new URL(baseDatabaseUrl());
  url.pathname = `/amhp_test_${suffix}`;
  process.env[TEST_ENV.databaseUrl] = url.toString();
  process.env[TEST_ENV.queuePrefix] = `amhp-test-${suffix}`;
  const dataSource = await openDataSource(url.toString(), { migrate: true, poolSize: 2 });
  await dataSource.destroy();
}
