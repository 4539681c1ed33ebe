import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../../../config/app-config';
import { safeError } from '../../../infra/logging/app-logger';
import { Public } from '../access/access-policy';
import { setSessionCookies } from '../sessions/session-cookies';
import { SignInRateLimited } from '../throttling/rate-limits';
import { OidcSignInError } from './oidc-sign-in.error';
import { OidcService } from './oidc.service';

export const OIDC_START_PATH = '/api/auth/oidc/start';
const STATE_COOKIE = 'amhp_oidc_state';
const STATE_COOKIE_PATH = '/api/auth/oidc';

/**
 * The browser's side of OIDC sign-in: /start sends it to the provider, /callback (the
 * OIDC_REDIRECT_URI) brings it back, signed in, to the board, or to the sign-in page with an
 * error code. Both are public and rate-limited like local sign-in.
 */
@ApiTags('identity')
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger(OidcController.name);

  constructor(
    private readonly oidc: OidcService,
    private readonly config: AppConfig,
  ) {}

  @Get('start')
  @Public()
  @SignInRateLimited()
  @ApiOperation({ summary: 'Start signing in with the council’s identity provider (302 to the provider)' })
  @ApiFoundResponse({ description: 'To the provider, or to /sign-in?error=oidc-disabled' })
  async start(@Res() res: Response): Promise<void> {
    try {
      const { url, state } = await this.oidc.start();
      // Lax: sent when the provider redirects the browser back (a top-level GET).
      res.cookie(STATE_COOKIE, state, {
        httpOnly: true,
        secure: this.config.nodeEnv === 'production',
        sameSite: 'lax',
        path: STATE_COOKIE_PATH,
        maxAge: 600_000,
      });
      res.redirect(302, url);
    } catch (error) {
      this.fail(res, error);
    }
  }

  @Get('callback')
  @Public()
  @SignInRateLimited()
  @ApiOperation({ summary: 'Where the provider sends the browser back (OIDC_REDIRECT_URI); 302 to the board when signed in' })
  @ApiFoundResponse({ description: 'To / when signed in, else to /sign-in?error=...' })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const cookies = (req as Request & { cookies?: Record<string, string> }).cookies ?? {};
    res.clearCookie(STATE_COOKIE, { path: STATE_COOKIE_PATH });
    try {
      if (typeof req.query.error === 'string') throw new OidcSignInError('provider');
      const query = new URL(req.originalUrl, 'http://callback.invalid').search;
      const { token, session } = await this.oidc.finish(query, cookies[STATE_COOKIE], { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null });
      setSessionCookies(res, this.config, token, session.csrfToken, session.expiresAt);
      res.redirect(302, '/');
    } catch (error) {
      this.fail(res, error);
    }
  }

  private fail(res: Response, error: unknown): void {
    const code = error instanceof OidcSignInError ? error.code : 'provider';
    if (!(error instanceof OidcSignInError)) this.logger.error({ msg: 'OIDC sign-in failed', error: safeError(error) });
    res.redirect(302, `/sign-in?error=oidc-${code}`);
  }
}
