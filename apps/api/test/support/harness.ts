import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { createApiApp } from '../../src/infra/http/create-api-app';
import { AppLogger } from '../../src/infra/logging/app-logger';
import { WorkerModule } from '../../src/worker.module';
import { redisUrl, testDatabaseUrl, testQueuePrefix } from './test-env';

export interface Harness {
  config: AppConfig;
  api: NestExpressApplication;
  /** Present when booted with { worker: true }. */
  worker?: INestApplicationContext;
  baseUrl: string;
  dataSource: DataSource;
  /** A Redis connection for the test's own inspection. */
  redis: Redis;
  /** Empties the tables between tests (the timers find nothing and do nothing). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Boots the real API (HTTP on an ephemeral port, socket.io included) and, if asked, the
 * worker, in this process, against the run's database and Redis prefix.
 */
export async function bootHarness(options: { worker?: boolean; dashboardDir?: string; redisUrl?: string } = {}): Promise<Harness> {
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: testDatabaseUrl(),
    REDIS_URL: options.redisUrl ?? redisUrl(),
    QUEUE_PREFIX: testQueuePrefix(),
    LOG_LEVEL: process.env.AMHP_TEST_LOG_LEVEL || 'silent',
    DASHBOARD_DIR: options.dashboardDir ?? '/nonexistent/amhp-dashboard',
  });
  const logger = new AppLogger(config);
  const api = await createApiApp(config, logger);
  await api.listen(0, '127.0.0.1');
  const address = api.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('API did not bind a TCP port');
  let worker: INestApplicationContext | undefined;
  if (options.worker) {
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, logger), { logger, abortOnError: false });
  }
  const dataSource = api.get<DataSource>(getDataSourceToken());
  const redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  return {
    config,
    api,
    worker,
    baseUrl: `http://127.0.0.1:${address.port}`,
    dataSource,
    redis,
    reset: async () => {
      await dataSource.query('TRUNCATE alerts, referrals');
    },
    close: async () => {
      redis.disconnect();
      await worker?.close();
      await api.close();
    },
  };
}

/** Polls until `probe` returns a value (not undefined) or the time runs out. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
