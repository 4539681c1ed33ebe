import { DynamicModule, Type } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from './database/database.module';
import { AppLogger } from './logging/app-logger';
import { LoggingModule } from './logging/logging.module';
import { QueueModule } from './queue/queue.module';
import { RealtimePublisherModule } from './realtime/realtime-publisher.module';
import { RedisModule } from './redis/redis.module';

/**
 * What every process of ours stands on (the API, the worker, the demo seed): configuration,
 * logging, PostgreSQL (migrated under the advisory lock, so any of them may start first),
 * Redis, the typed queue and the realtime publisher.
 */
export function coreImports(config: AppConfig, logger: AppLogger): Array<DynamicModule | Type<unknown>> {
  return [
    ConfigModule.forRoot(config),
    LoggingModule.forRoot(logger),
    DatabaseModule.forRoot({ migrate: true }),
    RedisModule,
    QueueModule,
    RealtimePublisherModule,
  ];
}
