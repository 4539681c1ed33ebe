import { REALTIME_PATH } from '@amhp/contracts';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppConfig } from '../../config/app-config';
import { AppLogger } from '../logging/app-logger';

/**
 * Serves the built dashboard (DASHBOARD_DIR) at /, with the single-page app's index.html for
 * any other page the browser asks for, so that deep links and reloads work. /api and
 * /socket.io are never answered from here.
 */
export function serveDashboard(app: NestExpressApplication, config: AppConfig, logger: AppLogger): void {
  const indexHtml = path.join(config.dashboardDir, 'index.html');
  if (!existsSync(indexHtml)) {
    logger.warn(`No dashboard build at ${config.dashboardDir}: serving the API only`, 'ServeDashboard');
    return;
  }
  app.useStaticAssets(config.dashboardDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForHtml });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && req.accepts(['html', 'json']) === 'html';
    // A missing file (/assets/old-hash.js) is a 404, not the page.
    if (!isPage || isApiPath(req.path) || path.extname(req.path) !== '') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}

function isApiPath(requestPath: string): boolean {
  return ['/api', REALTIME_PATH].some((prefix) => requestPath === prefix || requestPath.startsWith(`${prefix}/`));
}

/** index.html must be re-read after a deploy; hashed assets may be cached. */
function noCacheForHtml(res: Response, filePath: string): void {
  if (filePath.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
