import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../../../config/app-config';
import { sendError } from '../../../infra/http/http-exception.filter';
import { safeError } from '../../../infra/logging/app-logger';
import { ActorContext, runWithActor } from '../../audit/actor-context';
import { cookieNames } from '../sessions/session-cookies';
import { SessionsService } from '../sessions/sessions.service';
import { setAuth } from './request-auth';

/**
 * Mounted on /api before Nest's routes: finds the session the cookie names, and runs the rest
 * of the request inside the actor context (who, from where) that the audit trail reads. It
 * decides nothing: the AccessGuard does.
 */
@Injectable()
export class SessionContextMiddleware {
  private readonly logger = new Logger(SessionContextMiddleware.name);

  constructor(
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  readonly handle = (req: Request, res: Response, next: NextFunction): void => {
    const cookies = (req as Request & { cookies?: Record<string, string> }).cookies ?? {};
    const token = cookies[cookieNames(this.config).session];
    const requestId = res.getHeader('x-request-id');
    const context: ActorContext = {
      requestId: typeof requestId === 'string' ? requestId : null,
      ip: req.ip ?? null,
      userAgent: req.get('user-agent') ?? null,
      user: null,
    };
    this.sessions.resolve(token).then(
      (resolved) => {
        if (resolved) {
          setAuth(req, resolved);
          const { user, session } = resolved;
          context.user = { id: user.id, displayName: user.displayName, roles: user.roles, sessionId: session.id };
        }
        runWithActor(context, () => next());
      },
      (error: unknown) => {
        // Answered here, in the API's words (a database that cannot be reached is a 503 with
        // Retry-After, for signed-in requests too): express's own handler would send a 500 page.
        this.logger.error({ msg: 'session lookup failed', error: safeError(error) });
        sendError(res, error);
      },
    );
  };
}
