import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from '@amhp/contracts';
import { Job, JobsOptions, Queue } from 'bullmq';
import { AppConfig } from '../../config/app-config';
import { withTimeout } from '../redis/redis.service';

export interface EnqueueOptions {
  /** Milliseconds from now; negative or zero runs the job at once. */
  delay?: number;
  /** Deterministic id (see jobIds in contracts): adding an id that exists is a no-op. */
  jobId?: string;
}

/** How long a request waits for Redis before giving up on an enqueue. */
const ENQUEUE_TIMEOUT_MS = 3000;

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
 */
@Injectable()
export class QueueService implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly config: AppConfig) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<Job> {
    const queue = this.queue(JOB_QUEUE[name]);
    return withTimeout(
      queue.add(name, payload, { ...this.jobOptions(name), delay: Math.max(0, Math.round(options.delay ?? 0)), jobId: options.jobId }),
      ENQUEUE_TIMEOUT_MS,
    );
  }

  /**
   * Adds many jobs of one name in few round trips (the timers' rebuild). Ids that exist already
   * are left alone, as with enqueue.
   */
  async enqueueBulk<N extends JobName>(name: N, jobs: readonly BulkJob<N>[]): Promise<void> {
    const queue = this.queue(JOB_QUEUE[name]);
    const options = this.jobOptions(name);
    for (let i = 0; i < jobs.length; i += BULK_CHUNK) {
      // Delays from the moment of sending, so that a long bulk does not make its last jobs late.
      const now = Date.now();
      const chunk = jobs.slice(i, i + BULK_CHUNK).map((job) => ({
        name,
        data: job.payload,
        opts: { ...options, delay: Math.max(0, job.runAt.getTime() - now), jobId: job.jobId },
      }));
      await withTimeout(queue.addBulk(chunk), BULK_TIMEOUT_MS);
    }
  }

  private jobOptions(name: JobName): JobsOptions {
    return { ...DEFAULT_JOB_OPTIONS, ...JOB_OPTIONS[name] };
  }

  /** Removes a waiting or delayed job; true when it was there. A running job is left to finish. */
  async remove(name: JobName, jobId: string): Promise<boolean> {
    const removed = await withTimeout(this.queue(JOB_QUEUE[name]).remove(jobId), ENQUEUE_TIMEOUT_MS);
    return removed === 1;
  }

  async getJob(name: JobName, jobId: string): Promise<Job | undefined> {
    return this.queue(JOB_QUEUE[name]).getJob(jobId);
  }

  /** The BullMQ connection settings every queue and worker of this process uses. */
  connectionOptions(forWorker: boolean) {
    return {
      url: this.config.redisUrl,
      // Workers block on Redis and must retry forever; producers fail fast instead.
      maxRetriesPerRequest: forWorker ? null : 2,
      retryStrategy: (times: number) => Math.min(times * 200, 2000),
    };
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connectionOptions(false), prefix: this.config.queuePrefix });
      // Errors surface through the calls that fail; this keeps reconnect noise from crashing.
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => withTimeout(q.close(), 2000).catch(() => undefined)));
    this.queues.clear();
  }
}
