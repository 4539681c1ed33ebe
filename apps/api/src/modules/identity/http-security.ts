import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../../config/app-config';
import { OPENAPI_PATH } from '../../infra/http/openapi';
import { SessionContextMiddleware } from './access/session-context.middleware';
import { authOf } from './access/request-auth';

/**
 * The HTTP side of identity, installed by createApiApp before the routes: the client address
 * behind a proxy (TRUST_PROXY), cookies, the session and actor context on /api, no caching of
 * API answers (they hold personal data), and the policy of the OpenAPI pages, which are
 * express routes outside Nest's guards: public outside production, administrators only in it.
 */
export function secureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', trustProxySetting(config.identity.trustProxy));
  app.use(cookieParser());
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', app.get(SessionContextMiddleware).handle);
  app.use([`/${OPENAPI_PATH}`, `/${OPENAPI_PATH}-json`, `/${OPENAPI_PATH}-yaml`], docsPolicy(config));
}

/** Who may read the API documentation (a documented policy: see the access test). */
export function docsPolicy(config: AppConfig) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (config.nodeEnv !== 'production') return next();
    const auth = authOf(req);
    if (!auth) return void res.status(401).json({ statusCode: 401, error: 'Unauthorized', message: 'Sign in to continue' });
    if (!auth.user.roles.includes('administrator')) return void res.status(403).json({ statusCode: 403, error: 'Forbidden', message: 'Your role does not allow this' });
    next();
  };
}

function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** CORS for the origins in CORS_ORIGINS only (same-origin needs none), with cookies. */
export function corsOptions(config: AppConfig) {
  return {
    origin: config.corsOrigins,
    credentials: true,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Content-Type', 'Accept', 'X-CSRF-Token', 'X-Request-Id', 'Idempotency-Key'],
    exposedHeaders: ['X-Request-Id', 'Idempotent-Replayed', 'Retry-After'],
    maxAge: 600,
  };
}
