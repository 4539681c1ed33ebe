import { randomBytes } from 'node:crypto';

/** Shared between global setup, the test files and teardown, through the environment. */
export const TEST_ENV = {
  databaseUrl: 'AMHP_TEST_DATABASE_URL',
  queuePrefix: 'AMHP_TEST_QUEUE_PREFIX',
} as const;

/** The server the run's scratch database lives on (default: the local PostgreSQL). */
export function baseDatabaseUrl(): string {
  return process.env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/amhp_hub';
}

export function redisUrl(): string {
  return process.env.REDIS_URL || 'redis://127.0.0.1:6379';
}

export function randomSuffix(): string {
  return randomBytes(4).toString('hex');
}

export function testDatabaseUrl(): string {
  const url = process.env[TEST_ENV.databaseUrl];
  if (!url) throw new Error('global-setup did not run: no test database');
  return url;
}

export function testQueuePrefix(): string {
  const prefix = process.env[TEST_ENV.queuePrefix];
  if (!prefix) throw new Error('global-setup did not run: no queue prefix');
  return prefix;
}
