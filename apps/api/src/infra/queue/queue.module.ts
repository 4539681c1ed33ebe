import { Global, Module } from '@nestjs/common';
import { QueueService } from './queue.service';

/** Producing jobs: used by the API and the worker alike. */
@Global()
@Module({ providers: [QueueService], exports: [QueueService] })
export class QueueModule {}
