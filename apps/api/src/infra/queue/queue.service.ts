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
      queue.add(name, payload, { ...DEFAULT_JOB_OPTIONS, delay: Math.max(0, Math.round(options.delay ?? 0)), jobId: options.jobId }),
      ENQUEUE_TIMEOUT_MS,
    );
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
