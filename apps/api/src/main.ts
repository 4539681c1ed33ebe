/**
 * The API process: HTTP (REST under /api, OpenAPI at /api/docs, the dashboard at /) and
 * socket.io at /socket.io on the same port. Migrations are applied at start-up.
 */
import 'reflect-metadata';
import { configFromProcessEnv } from './config/load-env';
import { createApiApp } from './infra/http/create-api-app';
import { AppLogger, safeError } from './infra/logging/app-logger';

async function bootstrap(): Promise<void> {
  const config = configFromProcessEnv();
  const logger = new AppLogger(config);
  try {
    const app = await createApiApp(config, logger);
    await app.listen(config.port, config.host);
    const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    logger.log(`AMHP Hub API listening on http://${shown}:${config.port}`, 'Main');
  } catch (error) {
    logger.fatal({ msg: 'API failed to start', error: safeError(error) }, 'Main');
    process.exit(1);
  }
}

void bootstrap();
