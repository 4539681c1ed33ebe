import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppModule } from '../../app.module';
import { AppConfig } from '../../config/app-config';
import { AppLogger } from '../logging/app-logger';
import { requestLogging } from '../logging/request-logging.middleware';
import { setupOpenApi } from './openapi';
import { serveDashboard } from './serve-dashboard';

export const API_PREFIX = 'api';

/**
 * Builds the HTTP + socket.io application (not yet listening): used by main.ts and by the
 * integration tests, so both run exactly the same stack.
 */
export async function createApiApp(config: AppConfig, logger: AppLogger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger,
    bodyParser: false,
    abortOnError: false,
  });
  app.use(requestLogging(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // The board connects back to this origin over WebSocket (socket.io).
          connectSrc: ["'self'", 'ws:', 'wss:'],
          // The Swagger UI page at /api/docs styles itself inline.
          styleSrc: ["'self'", "'unsafe-inline'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.useBodyParser('json', { limit: '100kb' });
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins });
  app.setGlobalPrefix(API_PREFIX);
  app.enableShutdownHooks();
  setupOpenApi(app);
  serveDashboard(app, config, logger);
  return app;
}
