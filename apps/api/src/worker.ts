/**
 * The worker process: BullMQ processors and the rebuild of deadline timers from PostgreSQL.
 * No HTTP. Stops cleanly on SIGTERM/SIGINT, letting running jobs finish.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { configFromProcessEnv } from './config/load-env';
import { AppLogger, safeError } from './infra/logging/app-logger';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = configFromProcessEnv();
  const logger = new AppLogger(config);
  try {
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, logger), { logger, abortOnError: false });
    // createApplicationContext has already run the start-up hooks (registry check, rebuild).
    app.enableShutdownHooks();
    logger.log('AMHP Hub worker started', 'Worker');
  } catch (error) {
    logger.fatal({ msg: 'worker failed to start', error: safeError(error) }, 'Worker');
    process.exit(1);
  }
}

void bootstrap();
