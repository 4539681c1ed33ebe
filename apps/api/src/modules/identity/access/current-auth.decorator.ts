import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { ResolvedSession } from '../sessions/sessions.service';
import { authOf } from './request-auth';

/** The signed-in user and session of the request, in a @SignedIn or @Allow route. */
export const CurrentAuth = createParamDecorator((_data: unknown, context: ExecutionContext): ResolvedSession => {
  const auth = authOf(context.switchToHttp().getRequest<Request>());
  if (!auth) throw new UnauthorizedException('Sign in to continue');
  return auth;
});
