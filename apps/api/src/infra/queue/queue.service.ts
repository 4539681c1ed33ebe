import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from '@amhp/contracts';
import { Job, JobsOptions, Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig } from '../../config/app-config';
import { safeError } from '../logging/app-logger';
import { RedisService, usable, whenReady, withTimeout } from '../redis/redis.service';
import { TIMER_REBUILD_MARKERS } from './timer-rebuild-watch';

export interface EnqueueOptions {
  /** Milliseconds from now; negative or zero runs the job at once. */
  delay?: number;
  /** Deterministic id (see jobIds in contracts): adding an id that exists is a no-op. */
  jobId?: string;
}

/** Redis was not connected, so the work was not even tried (PostgreSQL has the record). */
export class RedisUnavailableError extends Error {
  constructor() {
    super('Redis is not connected');
    this.name = 'RedisUnavailableError';
  }
}

/** How long one enqueue may take once sent (Redis connected but slow, or dropping meanwhile). */
const ENQUEUE_TIMEOUT_MS = 1000;

const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  // Kept for a week so a rebuild finds the id and does not run a finished timer again.
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/**
 * Per job name. clock.warn: PostgreSQL, not Redis, remembers what has fired (the alert's unique
 * key), so a finished or failed timer is removed at once and its id is free for the rebuild to
 * add again if its point is still pending; retries are frequent and last minutes, so a short
 * database outage delays an alert rather than losing it.
 */
const JOB_OPTIONS: Partial<Record<JobName, JobsOptions>> = {
  'clock.warn': { attempts: 100, backoff: { type: 'fixed', delay: 3000 }, removeOnComplete: true, removeOnFail: true },
  // Handovers (issue 5), likewise: PostgreSQL remembers what was made (the handover's and the
  // alert's unique keys), so a finished job frees its id for the rebuild.
  'handover.boundary': { attempts: 100, backoff: { type: 'fixed', delay: 3000 }, removeOnComplete: true, removeOnFail: true },
  'handover.overdue': { attempts: 100, backoff: { type: 'fixed', delay: 3000 }, removeOnComplete: true, removeOnFail: true },
};

/** One job of a bulk enqueue. */
export interface BulkJob<N extends JobName> {
  payload: JobPayloads[N];
  jobId: string;
  /** When it should run; a time already past runs it at once. */
  runAt: Date;
}

/** How long a bulk enqueue (at most BULK_CHUNK jobs per round trip) waits for Redis. */
const BULK_TIMEOUT_MS = 30_000;
const BULK_CHUNK = 1000;

/**
 * The one typed way to put work on a queue: the payload must match the job name (JobPayloads
 * in contracts), and the queue is looked up from the name. Keys live under QUEUE_PREFIX.
 *
 * Every queue of the process produces through one Redis connection of ours. While it is not
 * connected, an HTTP request never waits for it: the call fails at once (RedisUnavailableError)
 * and the caller, whose change is already in PostgreSQL, carries on. When the connection is
 * back, the timer rebuild markers are removed so that the worker rebuilds every timer from
 * PostgreSQL, the skipped ones included (it may have rebuilt before this process reconnected).
 * The worker's background work waits a little instead (waitForRedisMs).
 */
@Injectable()
export class QueueService implements OnApplicationShutdown {
  private readonly logger = new Logger(QueueService.name);
  private readonly queues = new Map<QueueName, Queue>();
  private producer?: Redis;
  /** Some timer work failed: the worker must rebuild from PostgreSQL once Redis answers. */
  private rebuildOwed = false;
  /** How long a call waits for a disconnected Redis: 0 in the API; the worker sets more. */
  waitForRedisMs = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly redis: RedisService,
  ) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<Job> {
    return this.send(() =>
      this.queue(JOB_QUEUE[name]).add(name, payload, { ...this.jobOptions(name), delay: Math.max(0, Math.round(options.delay ?? 0)), jobId: options.jobId }),
    );
  }

  /**
   * Adds many jobs of one name in few round trips (the timers' rebuild). Ids that exist already
   * are left alone, as with enqueue.
   */
  async enqueueBulk<N extends JobName>(name: N, jobs: readonly BulkJob<N>[]): Promise<void> {
    if (jobs.length === 0) return;
    const queue = this.queue(JOB_QUEUE[name]);
    const options = this.jobOptions(name);
    for (let i = 0; i < jobs.length; i += BULK_CHUNK) {
      await this.send(() => {
        // Delays from the moment of sending, so that a long bulk does not make its last jobs late.
        const now = Date.now();
        const chunk = jobs.slice(i, i + BULK_CHUNK).map((job) => ({
          name,
          data: job.payload,
          opts: { ...options, delay: Math.max(0, job.runAt.getTime() - now), jobId: job.jobId },
        }));
        return queue.addBulk(chunk);
      }, BULK_TIMEOUT_MS);
    }
  }

  private jobOptions(name: JobName): JobsOptions {
    return { ...DEFAULT_JOB_OPTIONS, ...JOB_OPTIONS[name] };
  }

  /** Removes a waiting or delayed job; true when it was there. A running job is left to finish. */
  async remove(name: JobName, jobId: string): Promise<boolean> {
    const removed = await this.send(() => this.queue(JOB_QUEUE[name]).remove(jobId));
    return removed === 1;
  }

  async getJob(name: JobName, jobId: string): Promise<Job | undefined> {
    return this.send(() => this.queue(JOB_QUEUE[name]).getJob(jobId));
  }

  /**
   * For timer work that starts with PostgreSQL: fails at once (before any query) when Redis is
   * not connected and this process does not wait for it; the rebuild will do the work instead.
   */
  async requireConnected(): Promise<void> {
    if (this.waitForRedisMs > 0 || (await usable(this.connection()))) return;
    this.rebuildOwed = true;
    throw new RedisUnavailableError();
  }

  /** Sends one call to Redis, failing fast (or after waitForRedisMs) when it is not connected. */
  private async send<T>(call: () => Promise<T>, timeoutMs = ENQUEUE_TIMEOUT_MS): Promise<T> {
    try {
      await this.whenConnected();
      const result = await withTimeout(call(), timeoutMs);
      if (this.rebuildOwed) void this.askForRebuild();
      return result;
    } catch (error) {
      this.rebuildOwed = true;
      throw error;
    }
  }

  private async whenConnected(): Promise<void> {
    const connection = this.connection();
    if (await usable(connection)) return;
    if (!(await whenReady(connection, this.waitForRedisMs))) throw new RedisUnavailableError();
  }

  /** Removes the rebuild markers: the worker's next check rebuilds every timer from PostgreSQL. */
  private async askForRebuild(): Promise<void> {
    const connection = this.connection();
    if (!this.rebuildOwed || connection.status !== 'ready') return;
    this.rebuildOwed = false;
    try {
      await withTimeout(connection.del(...TIMER_REBUILD_MARKERS.map((suffix) => this.redis.key(suffix))), ENQUEUE_TIMEOUT_MS);
      this.logger.log({ msg: 'timer work was skipped while Redis was away: the worker will rebuild the timers from PostgreSQL' });
    } catch (error) {
      this.rebuildOwed = true;
      this.logger.warn({ msg: 'could not ask for a timer rebuild', error: safeError(error) });
    }
  }

  private connection(): Redis {
    if (!this.producer) {
      // maxRetriesPerRequest 0: a call caught by a dropped connection fails at once rather than
      // waiting for reconnects (PostgreSQL has the record; the rebuild repairs Redis).
      this.producer = this.redis.connect('queue-producer', { maxRetriesPerRequest: 0 });
      this.producer.on('ready', () => void this.askForRebuild());
    }
    return this.producer;
  }

  /** The BullMQ connection settings of the worker's consumers (producers share `connection()`). */
  connectionOptions() {
    return {
      url: this.config.redisUrl,
      // Workers block on Redis and must retry forever.
      maxRetriesPerRequest: null,
      retryStrategy: (times: number) => Math.min(times * 200, 2000),
    };
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection(), prefix: this.config.queuePrefix });
      // Errors surface through the calls that fail; this keeps reconnect noise from crashing.
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
      // A queue whose start-up failed (the connection dropped during it) stays failed: the next call makes a new one.
      const made = queue;
      made.waitUntilReady().catch(() => {
        if (this.queues.get(name) === made) this.queues.delete(name);
        void made.close().catch(() => undefined);
      });
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    // The producing connection is RedisService's: it closes it with the others.
    await Promise.all([...this.queues.values()].map((q) => withTimeout(q.close(), 2000).catch(() => undefined)));
    this.queues.clear();
  }
}
