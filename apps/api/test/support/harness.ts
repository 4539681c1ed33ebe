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
export async function bootHarness(
  options: {
    worker?: boolean;
    dashboardDir?: string;
    redisUrl?: string;
    /** Another database than the run's (a test's private PostgreSQL). */
    databaseUrl?: string;
    /** More variables, e.g. CLOCK_WARNING_POINTS. */ env?: Record<string, string>;
    /** Where the app's JSON log lines go (a test that reads the logs); LOG_LEVEL still applies. */
    logDestination?: { write: (line: string) => void };
  } = {},
): Promise<Harness> {
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: options.databaseUrl ?? testDatabaseUrl(),
    REDIS_URL: options.redisUrl ?? redisUrl(),
    QUEUE_PREFIX: testQueuePrefix(),
    LOG_LEVEL: process.env.AMHP_TEST_LOG_LEVEL || 'silent',
    DASHBOARD_DIR: options.dashboardDir ?? '/nonexistent/amhp-dashboard',
    // Tests sign in and call the API far faster than people: rate limits have their own test.
    RATE_LIMIT_API_PER_MINUTE: '1000000',
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '100000',
    ...options.env,
  });
  const logger = new AppLogger(config, options.logDestination);
  const api = await createApiApp(config, logger);
  // PORT is 0 (any free port) unless a test needs to know it first (env: { PORT }).
  await api.listen(config.port, '127.0.0.1');
  const address = api.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('API did not bind a TCP port');
  const dataSource = api.get<DataSource>(getDataSourceToken());
  await clearRotaLeftovers(dataSource);
  let worker: INestApplicationContext | undefined;
  if (options.worker) {
    try {
      worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, logger), { logger, abortOnError: false });
    } catch (error) {
      // Nobody else can close the API now: a listening server would keep jest from exiting.
      await api.close();
      throw error;
    }
  }
  const redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  return {
    config,
    api,
    worker,
    baseUrl: `http://127.0.0.1:${address.port}`,
    dataSource,
    redis,
    reset: async () => {
      // CASCADE: the assessments and everything recorded on them go with their referrals.
      await dataSource.query('TRUNCATE alerts, clocks, referrals CASCADE');
    },
    close: async () => {
      redis.disconnect();
      await worker?.close();
      await api.close();
    },
  };
}

/**
 * Test files share the run's database one after another. A rota left by an earlier file would
 * put AMHPs on duty "now", and acceptance auto-allocates to whoever is on duty, so each file
 * starts with no shifts, no absences and no accounts linked to AMHPs (teams and AMHPs stay).
 */
async function clearRotaLeftovers(dataSource: DataSource): Promise<void> {
  await dataSource.query('TRUNCATE rota_patterns, rota_adjustments, absences');
  await dataSource.query('UPDATE amhps SET user_id = NULL WHERE user_id IS NOT NULL');
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
