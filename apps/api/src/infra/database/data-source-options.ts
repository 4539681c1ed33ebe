import { DataSourceOptions } from 'typeorm';
import { IdempotencyCommitSubscriber } from '../idempotency/idempotency-commit.subscriber';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The one description of how we talk to PostgreSQL, shared by the app, the scripts and the tests. */
export function dataSourceOptions(databaseUrl: string, overrides: { poolSize?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // Marks a request's Idempotency-Key committed inside the transaction of its write.
    subscribers: [IdempotencyCommitSubscriber],
    migrationsTableName: 'typeorm_migrations',
    // Never: the schema changes only through committed migrations.
    synchronize: false,
    migrationsRun: false,
    // TypeORM 1.x: a null or undefined value in a where clause throws instead of silently
    // matching every row (which would, say, close every referral).
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    poolSize: overrides.poolSize ?? 10,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    extra: { application_name: 'amhp-hub' },
    logging: false,
  };
}
