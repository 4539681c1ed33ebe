import { JOB_QUEUE, JobName, JobPayloads, QueueName } from '@amhp/contracts';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Job, Worker } from 'bullmq';
import { AppConfig } from '../../config/app-config';
import { safeError } from '../logging/app-logger';
import { withTimeout } from '../redis/redis.service';
import { JobHandler, JobProcessorMetadata } from './job-handler';
import { checkJobHandlers, isJobName } from './job-registry';
import { QueueService } from './queue.service';

const WORKER_WAITS_FOR_REDIS_MS = 10_000;

/**
 * Runs in the worker process only: finds every @JobProcessor, refuses to start unless each job
 * name has exactly one, then consumes each queue and dispatches by job name.
 */
@Injectable()
export class QueueWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkerService.name);
  private readonly handlers = new Map<JobName, JobHandler>();
  private readonly workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly queues: QueueService,
    private readonly config: AppConfig,
  ) {
    // Background work (jobs, the timer rebuild) may wait a while for a Redis that is reconnecting;
    // HTTP requests in the API never do (QueueService).
    queues.waitForRedisMs = WORKER_WAITS_FOR_REDIS_MS;
  }

  /** Discovery and the check happen here so that a bad registry fails app.init(). */
  onApplicationBootstrap(): void {
    const found = this.discovery
      .getProviders({ metadataKey: JobProcessorMetadata.KEY })
      .filter((wrapper) => wrapper.instance)
      .map((wrapper) => ({
        name: this.discovery.getMetadataByDecorator(JobProcessorMetadata, wrapper) as string,
        handler: wrapper.name,
        instance: wrapper.instance as JobHandler,
      }));
    checkJobHandlers(found);
    for (const f of found) if (isJobName(f.name)) this.handlers.set(f.name, f.instance);

    const queueNames = new Set<QueueName>(Object.values(JOB_QUEUE));
    for (const queueName of queueNames) this.workers.push(this.startWorker(queueName));
    this.logger.log(`Worker consuming queues ${[...queueNames].join(', ')} (${this.handlers.size} job kinds)`);
  }

  private startWorker(queueName: QueueName): Worker {
    const worker = new Worker(queueName, (job: Job) => this.dispatch(job), {
      connection: this.queues.connectionOptions(),
      prefix: this.config.queuePrefix,
      concurrency: this.config.workerConcurrency,
    });
    worker.on('failed', (job, error) =>
      this.logger.warn({ msg: 'job failed', jobName: job?.name, jobId: job?.id, attemptsMade: job?.attemptsMade, error: safeError(error) }),
    );
    worker.on('error', (error) => this.logger.warn({ msg: 'worker error', queue: queueName, error: safeError(error) }));
    return worker;
  }

  private async dispatch(job: Job): Promise<void> {
    const handler = isJobName(job.name) ? this.handlers.get(job.name) : undefined;
    if (!handler) throw new Error(`No handler for job "${job.name}"`);
    await handler.handle(job.data as JobPayloads[JobName], { jobId: String(job.id), attemptsMade: job.attemptsMade });
  }

  async onApplicationShutdown(): Promise<void> {
    // Let running jobs finish (BullMQ waits for them), but never hang the shutdown on Redis.
    await Promise.all(this.workers.map((w) => withTimeout(w.close(), 10_000).catch(() => undefined)));
    this.workers.length = 0;
  }
}
