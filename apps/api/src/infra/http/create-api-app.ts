import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppModule } from '../../app.module';
import { AppConfig } from '../../config/app-config';
import { corsOptions, secureHttp } from '../../modules/identity/http-security';
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
          // The board connects back to this origin only, over HTTP and WebSocket (socket.io):
          // CSP Level 3 browsers match ws:/wss: of the page's own host with 'self'.
          connectSrc: ["'self'"],
          // Never framed (clickjacking); the built dashboard needs no inline script.
          frameAncestors: ["'none'"],
          // The Swagger UI page at /api/docs styles itself inline.
          styleSrc: ["'self'", "'unsafe-inline'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.useBodyParser('json', { limit: '100kb' });
  // Cookies, the session and actor context, and the API docs' policy (issue 4).
  secureHttp(app, config);
  if (config.corsOrigins.length) app.enableCors(corsOptions(config));
  app.setGlobalPrefix(API_PREFIX);
  app.enableShutdownHooks();
  setupOpenApi(app);
  serveDashboard(app, config, logger);
  return app;
}
