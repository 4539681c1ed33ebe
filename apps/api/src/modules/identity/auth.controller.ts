import { changePasswordSchema, signInSchema } from '@amhp/contracts';
import type { AuthConfigView, ChangePassword, SessionView, SignIn } from '@amhp/contracts';
import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../../config/app-config';
import { validationErrorSchema } from '../../infra/http/openapi-schemas';
import { Public, SignedIn } from './access/access-policy';
import { CurrentAuth } from './access/current-auth.decorator';
import { authConfigSchema, sessionViewSchema } from './dto/identity-view.schema';
import { OIDC_START_PATH } from './oidc/oidc.controller';
import { SocketAccess } from './realtime/socket-access.service';
import { clearSessionCookies, setSessionCookies } from './sessions/session-cookies';
import { ResolvedSession, SessionsService } from './sessions/sessions.service';
import { SignInService } from './sign-in/sign-in.service';
import { SignInRateLimited } from './throttling/rate-limits';

/** Sign-in, the current session, sign-out and changing one's own password. */
@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIns: SignInService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
    private readonly sockets: SocketAccess,
  ) {}

  @Get('config')
  @Public()
  @ApiOperation({ summary: 'What the sign-in page offers: local accounts, and the council’s identity provider when configured' })
  @ApiOkResponse({ standardSchema: authConfigSchema })
  authConfig(): AuthConfigView {
    const oidc = this.config.identity.oidc;
    return { local: true, oidc: oidc ? { enabled: true, label: oidc.label, startUrl: OIDC_START_PATH } : { enabled: false } };
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in user and the CSRF token; 401 when not signed in' })
  @ApiOkResponse({ standardSchema: sessionViewSchema })
  @ApiUnauthorizedResponse({ description: 'Not signed in, or the session has ended' })
  me(@CurrentAuth() { session, user }: ResolvedSession): SessionView {
    return this.sessions.view(session, user);
  }

  @Post('sign-in')
  @Public()
  @SignInRateLimited()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with a local account: sets the session cookie (httpOnly) and the CSRF cookie' })
  @ApiOkResponse({ standardSchema: sessionViewSchema })
  @ApiBadRequestResponse({ standardSchema: validationErrorSchema })
  @ApiUnauthorizedResponse({ description: 'Email or password not recognised (also when locked or disabled: the answer does not say)' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  async signIn(@Body({ schema: signInSchema }) body: SignIn, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionView> {
    const { token, session, user } = await this.signIns.signIn(body.email, body.password, { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null });
    setSessionCookies(res, this.config, token, session.csrfToken, session.expiresAt);
    return this.sessions.view(session, user);
  }

  @Post('sign-out')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session (the cookie stops working at once)' })
  @ApiNoContentResponse()
  async signOut(@CurrentAuth() { session }: ResolvedSession, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.signIns.signOut(session);
    this.sockets.disconnect({ sessionId: session.id });
    clearSessionCookies(res, this.config);
  }

  @Post('password')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Change your own password (local accounts); your other sessions end' })
  @ApiOkResponse({ standardSchema: sessionViewSchema })
  @ApiBadRequestResponse({ standardSchema: validationErrorSchema })
  async changePassword(@CurrentAuth() { session, user }: ResolvedSession, @Body({ schema: changePasswordSchema }) body: ChangePassword): Promise<SessionView> {
    const updated = await this.signIns.changePassword(user, session, body.currentPassword, body.newPassword);
    return this.sessions.view(session, updated);
  }
}
