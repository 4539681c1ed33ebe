import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { AppLogger } from './app-logger';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * One line per request: id, method, route pattern (not the raw URL, so no query strings),
 * status and duration. Bodies are never logged: they hold personal data.
 */
export function requestLogging(logger: AppLogger) {
  const log = logger.pino.child({ context: 'http' });
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : routeOf(req.path);
      const level = res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';
      log[level]({ requestId, method: req.method, route, status: res.statusCode, durationMs: Math.round(durationMs * 10) / 10 }, 'request');
    });
    next();
  };
}

/** Without a matched route, keep the path but mask anything id-like. */
function routeOf(path: string): string {
  return path
    .split('/')
    .map((part) => (/^[0-9a-f-]{8,}$/i.test(part) || /^\d+$/.test(part) ? ':id' : part))
    .join('/');
}
