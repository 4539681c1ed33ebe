import { JobName, JobPayloads } from '@amhp/contracts';
import { DiscoveryService } from '@nestjs/core';

export interface JobContext {
  jobId: string;
  attemptsMade: number;
}

/** Handles one job name, with that name's payload type. */
export interface JobHandler<N extends JobName = JobName> {
  handle(payload: JobPayloads[N], context: JobContext): Promise<void>;
}

/** Discovery metadata: the job name a provider handles. */
export const JobProcessorMetadata = DiscoveryService.createDecorator<JobName>();

/**
 * Marks a provider as the handler for one job name. The class must implement JobHandler for
 * that name, so the payload types line up. Found at start-up by the worker (QueueWorkerService).
 */
export function JobProcessor<N extends JobName>(name: N) {
  return <T extends abstract new (...args: never[]) => JobHandler<N>>(target: T): void => {
    JobProcessorMetadata(name)(target);
  };
}
