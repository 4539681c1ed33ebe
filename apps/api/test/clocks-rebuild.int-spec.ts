import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import Redis from 'ioredis';
import { QueueService } from '../src/infra/queue/queue.service';
import { AppLogger } from '../src/infra/logging/app-logger';
import { WorkerModule } from '../src/worker.module';
import { signIn, TestSession } from './support/auth';
import { BoardClient } from './support/board-client';
import { alertsOf, openCase, setFacts, timersOf } from './support/clock-fixtures';
import { bootHarness, eventually, Harness } from './support/harness';
import { PrivateRedis } from './support/private-redis';

/**
 * Timers that cannot be lost (issue 3): Redis is really flushed here, so this file runs its own
 * redis-server (PrivateRedis) and flushes only that one; the machine's shared Redis is untouched.
 */
const SECOND = 1000;
const HOUR = 3600 * SECOND;

let h: Harness;
/** The worker of this file, started and stopped by the tests themselves. */
let worker: INestApplicationContext | undefined;
let amhp: TestSession;
let board: BoardClient;
let redis: PrivateRedis;
let flusher: Redis;

beforeAll(async () => {
  redis = await PrivateRedis.start();
  flusher = new Redis(redis.url);
  // The worker checks every 300 ms that Redis still holds its timers.
  h = await bootHarness({ redisUrl: redis.url, env: { CLOCK_TIMER_CHECK_MS: '300' } });
  worker = await startWorker();
});
afterAll(async () => {
  await worker?.close();
  await h?.close();
  flusher?.disconnect();
  await redis?.destroy();
});
beforeEach(async () => {
  await h.reset();
  amhp = await signIn(h, 'amhp');
  board = await BoardClient.connect(h.baseUrl, { cookie: amhp.cookie });
});
afterEach(() => board.close());

const delayed = () => h.api.get(QueueService).queue('clocks').getDelayedCount();

describe('flushing Redis loses no timer: they are rebuilt from PostgreSQL', () => {
  it('FLUSHDB while the worker runs: every pending timer comes back, and the alert fires on time (s5(4))', async () => {
    const { assessmentId } = await openCase(h, amhp);
    const expiresIn = 4 * SECOND;
    const clock = (await setFacts(h, assessmentId, { s5_4: { recordedAt: new Date(Date.now() - 6 * HOUR + expiresIn) } })).get('s5_4')!;
    const other = (await setFacts(h, (await openCase(h, amhp)).assessmentId, { s136: { startedAt: new Date(Date.now() - HOUR) } })).get('s136')!;
    expect((await timersOf(h, clock.id)).has('expiry')).toBe(true);

    await flusher.flushdb();
    expect(await delayed()).toBe(0);

    const back = await eventually(async () => ((await timersOf(h, clock.id)).has('expiry') ? true : undefined), 3 * SECOND, 50);
    expect(back).toBe(true);
    expect([...(await timersOf(h, other.id)).keys()].sort()).toEqual(['50', '75', '90', 'expiry']);

    const alert = await board.waitFor('alert.raised', (a) => a.clockId === clock.id, 10 * SECOND);
    expect(alert).toMatchObject({ kind: 'clock.expired', dueAt: clock.expiresAt });
    expect(Date.parse(alert.raisedAt) - Date.parse(clock.expiresAt)).toBeLessThan(2 * SECOND);
    expect(await alertsOf(h, clock.id)).toHaveLength(1);
  }, 30_000);

  it('an expiry that passed while Redis was empty and no worker ran fires when a worker starts (start-up rebuild)', async () => {
    const { assessmentId } = await openCase(h, amhp);
    await worker!.close();
    worker = undefined;
    const clock = (await setFacts(h, assessmentId, { s5_4: { recordedAt: new Date(Date.now() - 6 * HOUR + SECOND) } })).get('s5_4')!;
    await flusher.flushdb();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await alertsOf(h, clock.id)).toHaveLength(0);

    worker = await startWorker();
    const alert = await board.waitFor('alert.raised', (a) => a.clockId === clock.id, 10 * SECOND);
    expect(alert).toMatchObject({ kind: 'clock.expired', point: 'expiry', dueAt: clock.expiresAt });
    expect(await alertsOf(h, clock.id)).toHaveLength(1);
  }, 30_000);

  it('a rebuild does not raise a fired alert again, nor schedule an ended clock', async () => {
    const { assessmentId } = await openCase(h, amhp);
    const clock = (await setFacts(h, assessmentId, { s5_4: { recordedAt: new Date(Date.now() - 7 * HOUR) } })).get('s5_4')!;
    await board.waitFor('alert.raised', (a) => a.clockId === clock.id, 5 * SECOND);
    const ended = (await setFacts(h, (await openCase(h, amhp)).assessmentId, { s5_4: { recordedAt: new Date(Date.now() - HOUR), endedAt: new Date() } })).get('s5_4')!;
    expect(ended.status).toBe('ended');

    await flusher.flushdb();
    await eventually(async () => ((await flusher.exists(`${h.config.queuePrefix}:timers:rebuilt-at`)) === 1 ? true : undefined), 3 * SECOND, 50);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await timersOf(h, clock.id)).size).toBe(0);
    expect((await timersOf(h, ended.id)).size).toBe(0);
    expect(await alertsOf(h, clock.id)).toHaveLength(1);
  });
});

function startWorker(): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(WorkerModule.forRoot(h.config, new AppLogger(h.config)), { logger: false, abortOnError: false });
}
