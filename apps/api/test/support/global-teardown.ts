import Redis from 'ioredis';
import { dropDatabase } from '../../src/infra/database/database-admin';
import { redisUrl, TEST_ENV } from './test-env';

/** Drops the run's database and deletes its Redis keys (never anyone else's). */
export default async function globalTeardown(): Promise<void> {
  const databaseUrl = process.env[TEST_ENV.databaseUrl];
  const prefix = process.env[TEST_ENV.queuePrefix];
  if (databaseUrl) await dropDatabase(databaseUrl);
  if (prefix) {
    const redis = new Redis(redisUrl());
    try {
      await deleteKeys(redis, `${prefix}:*`);
    } finally {
      redis.disconnect();
    }
  }
}

export async function deleteKeys(redis: Redis, pattern: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    if (keys.length) deleted += await redis.del(...keys);
  } while (cursor !== '0');
  return deleted;
}
