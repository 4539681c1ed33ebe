import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './infra/database/database.module';
import { AppLogger } from './infra/logging/app-logger';
import { LoggingModule } from './infra/logging/logging.module';
import { QueueWorkerModule } from './infra/queue/queue-worker.module';
import { QueueModule } from './infra/queue/queue.module';
import { RealtimePublisherModule } from './infra/realtime/realtime-publisher.module';
import { RedisModule } from './infra/redis/redis.module';
import { ClocksJobsModule } from './modules/clocks/jobs/clocks-jobs.module';

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
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot({ migrate: true }),
        RedisModule,
        QueueModule,
        RealtimePublisherModule,
        QueueWorkerModule,
        ClocksJobsModule,
      ],
    };
  }
}
