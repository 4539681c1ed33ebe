import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Request } from 'express';
import { AppConfig } from '../../../config/app-config';
import { authOf } from '../access/request-auth';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const SIGN_IN_LIMITED = 'amhp:sign-in-limited';

/** Marks a route as a sign-in attempt: the strict per-address limit applies to it. */
export const SignInRateLimited = () => SetMetadata(SIGN_IN_LIMITED, true);

const MINUTE = 60_000;

/**
 * Two limits: "api" (generous, per signed-in user, or per address before sign-in, on every
 * route) and "sign-in" (strict, per address, on sign-in routes only). Counted in Redis.
 */
export function rateLimitOptions(config: AppConfig, storage: RedisThrottlerStorage): ThrottlerModuleOptions {
  return {
    storage,
    errorMessage: 'Too many requests: wait a minute and try again',
    // One budget per limit and caller across all routes (the default counts each route apart).
    generateKey: (_context: ExecutionContext, tracker: string, name: string) => `${name}:${tracker}`,
    throttlers: [
      { name: 'api', ttl: MINUTE, limit: config.identity.apiPerMinute },
      {
        name: 'sign-in',
        ttl: MINUTE,
        limit: config.identity.signInPerMinute,
        skipIf: (context: ExecutionContext) => Reflect.getMetadata(SIGN_IN_LIMITED, context.getHandler()) !== true,
        getTracker: (req: Record<string, unknown>) => `ip:${String((req as unknown as Request).ip)}`,
      },
    ],
  };
}

/** The throttler, counting signed-in users by account (many AMHPs share one council address). */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const auth = authOf(req as unknown as Request);
    return auth ? `user:${auth.user.id}` : `ip:${String((req as unknown as Request).ip)}`;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    // socket.io is not routed through Nest; only HTTP is throttled here.
    if (context.getType() !== 'http') return true;
    return super.canActivate(context);
  }
}
