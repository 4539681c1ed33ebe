import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { AppConfig } from '../../../config/app-config';
import { policyOf } from './access-policy';
import { csrfTokenMatches, originAllowed, UNSAFE_METHODS } from './csrf';
import { authOf } from './request-auth';

/**
 * The global guard: every HTTP route is refused unless its policy (@Public, @SignedIn,
 * @Allow) admits the request. A route with no policy is refused outright (fail closed).
 * 401 means "sign in"; 403 means "signed in, but not allowed" (or a CSRF failure).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return false;
    const policy = policyOf(context.getHandler(), context.getClass());
    if (!policy) {
      this.logger.error({ msg: 'route without an access policy refused', route: `${context.getClass().name}.${context.getHandler().name}` });
      throw new ForbiddenException('This route has no access policy');
    }
    const req = context.switchToHttp().getRequest<Request>();
    const unsafe = UNSAFE_METHODS.has(req.method);
    if (unsafe && !originAllowed(req, this.config.corsOrigins)) throw new ForbiddenException('Request refused: it came from another site');
    if (policy.kind === 'public') return true;

    const auth = authOf(req);
    if (!auth) throw new UnauthorizedException('Sign in to continue');
    if (unsafe && !csrfTokenMatches(req, auth.session.csrfToken)) {
      throw new ForbiddenException('Request refused: the CSRF token is missing or wrong (reload the page)');
    }
    if (auth.user.mustChangePassword && policy.kind !== 'signed-in') throw new ForbiddenException('Change your password to continue');
    if (policy.kind === 'roles' && !auth.user.roles.some((role) => policy.roles.includes(role))) {
      throw new ForbiddenException('Your role does not allow this');
    }
    return true;
  }
}
