import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { AppLogger } from './infra/logging/app-logger';
import { QueueWorkerModule } from './infra/queue/queue-worker.module';
import { ClocksJobsModule } from './modules/clocks/jobs/clocks-jobs.module';
import { RotaQueryModule } from './modules/rota/rota-query.module';
import { HandoversJobsModule } from './modules/handovers/jobs/handovers-jobs.module';
import { coreImports } from './infra/core-imports';

/**
 * The BullMQ process (worker.ts): job processors and the timer rebuild, no HTTP. It migrates
 * too (under the same advisory lock), so it can start before the API.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, logger: AppLogger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ...coreImports(config, logger),
        QueueWorkerModule,
        ClocksJobsModule,
        RotaQueryModule,
        HandoversJobsModule,
      ],
    };
  }
}
