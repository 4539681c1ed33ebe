import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { QueueWorkerService } from './queue-worker.service';

/** Consuming jobs: imported by the worker module only. */
@Module({ imports: [DiscoveryModule], providers: [QueueWorkerService], exports: [QueueWorkerService] })
export class QueueWorkerModule {}
