/**
 * Benchmark for issue 3 item 7 (a script, not a test): the clocks' timers at scale.
 *
 *   npx nx run api:bench        (builds apps/api/tsconfig.bench.json, then runs this)
 *
 * 1. A scratch database (created, migrated, dropped) gets BENCH_CLOCKS (100,000) running s5(4)
 *    clocks whose expiries are spread evenly over BENCH_SPREAD_S (180) seconds, starting
 *    BENCH_LEAD_S (90) seconds after seeding.
 * 2. The real worker (WorkerModule: QueueWorkerService, ClockWarnProcessor, ClockTimersRebuilder)
 *    starts against a dedicated Redis db index (BENCH_REDIS_DB, 10; flushed with FLUSHDB, never
 *    FLUSHALL) and schedules every expiry job at start-up, from PostgreSQL.
 * 3. Redis is flushed and every timer rebuilt from PostgreSQL: the time is reported.
 * 4. The workers fire the alerts; lateness is raised_at (PostgreSQL's time at the insert) minus
 *    the due instant, reported as p50 / p99 / max.
 * Other knobs: WORKER_CONCURRENCY (default here 100), DATABASE_URL and REDIS_URL (server only).
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { configFromProcessEnv } from '../src/config/load-env';
import { dropDatabase } from '../src/infra/database/database-admin';
import { openDataSource } from '../src/infra/database/open-data-source';
import { AppLogger } from '../src/infra/logging/app-logger';
import { QueueService } from '../src/infra/queue/queue.service';
import { ClockTimersRebuilder } from '../src/modules/clocks/jobs/clock-timers.rebuilder';
import { WorkerModule } from '../src/worker.module';
import { seedClocks } from './bench-seed';

const num = (name: string, fallback: number) => Number(process.env[name] || fallback);
const CLOCKS = num('BENCH_CLOCKS', 100_000);
const SPREAD_MS = num('BENCH_SPREAD_S', 180) * 1000;
const LEAD_MS = num('BENCH_LEAD_S', 90) * 1000;
const REDIS_DB = num('BENCH_REDIS_DB', 10);

const say = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed<T>(what: string, work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  const ms = Date.now() - started;
  say(`${what}: ${seconds(ms)}`);
  return { value, ms };
}

async function main(): Promise<void> {
  const base = configFromProcessEnv();
  if (REDIS_DB === 0) throw new Error('BENCH_REDIS_DB must not be 0: the bench flushes its Redis database');
  const suffix = randomBytes(4).toString('hex');
  const databaseUrl = new URL(base.databaseUrl);
  databaseUrl.pathname = `/amhp_bench_${suffix}`;
  const redisUrl = new URL(base.redisUrl);
  redisUrl.pathname = `/${REDIS_DB}`;
  const config = base.with({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redisUrl.toString(),
    QUEUE_PREFIX: `amhp-bench-${suffix}`,
    LOG_LEVEL: 'warn',
    WORKER_CONCURRENCY: process.env.WORKER_CONCURRENCY || '100',
    // The flush below is rebuilt explicitly, to time it; the watchdog would race it.
    CLOCK_TIMER_CHECK_MS: String(3600_000),
  });
  const redis = new Redis(config.redisUrl);
  say(`clock timers benchmark: ${CLOCKS} clocks, expiries over ${seconds(SPREAD_MS)}, worker concurrency ${config.workerConcurrency}`);
  say(`scratch database ${databaseUrl.pathname.slice(1)}, Redis db ${REDIS_DB}`);
  await redis.flushdb();
  const dataSource = await openDataSource(config.databaseUrl, { migrate: true, poolSize: 4 });
  try {
    const firstDue = new Date(Date.now() + LEAD_MS);
    await timed(`seeded ${CLOCKS} referrals and clocks (SQL)`, () => seedClocks(dataSource, CLOCKS, firstDue, SPREAD_MS));

    const logger = new AppLogger(config);
    const { value: worker } = await timed('worker started, every timer scheduled from PostgreSQL (start-up rebuild)', () =>
      NestFactory.createApplicationContext(WorkerModule.forRoot(config, logger), { logger, abortOnError: false }),
    );
    try {
      const queue = worker.get(QueueService).queue('clocks');
      say(`delayed jobs in Redis: ${await queue.getDelayedCount()}`);
      await redis.flushdb();
      say(`FLUSHDB: delayed jobs in Redis: ${await queue.getDelayedCount()}`);
      const { value: rebuilt, ms: rebuildMs } = await timed('rebuilt every timer from PostgreSQL after the flush', () =>
        worker.get(ClockTimersRebuilder).rebuild('benchmark flush'),
      );
      say(`delayed jobs in Redis: ${await queue.getDelayedCount()} (rebuild: ${rebuilt.clocks} clocks, ${rebuilt.jobs} jobs)`);
      if (Date.now() > firstDue.getTime()) say(`warning: the first expiry was due ${seconds(Date.now() - firstDue.getTime())} before the rebuild ended`);

      const fired = await waitForAlerts(dataSource, firstDue.getTime() + SPREAD_MS);
      const lateness = await latenessOf(dataSource);
      say('');
      say(`alerts raised: ${fired} of ${CLOCKS} (exactly one per clock: ${lateness.distinct === CLOCKS && fired === CLOCKS})`);
      say(`lateness (raised_at - due): p50 ${lateness.p50.toFixed(0)} ms, p99 ${lateness.p99.toFixed(0)} ms, max ${lateness.max.toFixed(0)} ms, min ${lateness.min.toFixed(0)} ms`);
      say(`rebuild of ${CLOCKS} timers after FLUSHDB: ${seconds(rebuildMs)}`);
      say(`lateness by tenth of the spread (p50/max ms): ${(await latenessByTenth(dataSource)).join(' | ')}`);
      say(JSON.stringify({ clocks: CLOCKS, fired, latenessMs: lateness, rebuildMs }));
    } finally {
      await worker.close();
    }
  } finally {
    await dataSource.destroy();
    await redis.flushdb().catch(() => undefined);
    redis.disconnect();
    await dropDatabase(config.databaseUrl);
  }
}

/** Waits until every clock has alerted (or a minute after the last due time), reporting progress. */
async function waitForAlerts(dataSource: Awaited<ReturnType<typeof openDataSource>>, lastDue: number): Promise<number> {
  for (let lastReport = 0; ; ) {
    const [{ n }] = (await dataSource.query('SELECT count(*)::int AS n FROM alerts')) as { n: number }[];
    if (n >= CLOCKS || Date.now() > lastDue + 60_000) return n;
    if (Date.now() - lastReport > 15_000) {
      say(`  ${n} alerts raised so far`);
      lastReport = Date.now();
    }
    await sleep(1000);
  }
}

async function latenessOf(dataSource: Awaited<ReturnType<typeof openDataSource>>) {
  const [row] = (await dataSource.query(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99,
            max(ms) AS max, min(ms) AS min, count(DISTINCT clock_id)::int AS distinct
       FROM (SELECT clock_id, extract(epoch FROM raised_at - due_at) * 1000 AS ms FROM alerts) a`,
  )) as { p50: number; p99: number; max: string; min: string; distinct: number }[];
  return { p50: Number(row.p50), p99: Number(row.p99), max: Number(row.max), min: Number(row.min), distinct: row.distinct };
}

/** How lateness moves across the run: a backlog grows, a fixed delay does not. */
async function latenessByTenth(dataSource: Awaited<ReturnType<typeof openDataSource>>): Promise<string[]> {
  const rows = (await dataSource.query(
    `SELECT ntile, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, max(ms) AS max
       FROM (SELECT ntile(10) OVER (ORDER BY due_at) AS ntile, extract(epoch FROM raised_at - due_at) * 1000 AS ms FROM alerts) a
      GROUP BY ntile ORDER BY ntile`,
  )) as { p50: number; max: string }[];
  return rows.map((r) => `${Number(r.p50).toFixed(0)}/${Number(r.max).toFixed(0)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
