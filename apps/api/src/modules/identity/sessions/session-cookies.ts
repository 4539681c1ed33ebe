import type { CookieOptions, Response } from 'express';
import { AppConfig } from '../../../config/app-config';

/**
 * The session cookie (httpOnly: scripts never see it) and the CSRF cookie (readable: the
 * dashboard echoes it in the x-csrf-token header). In production both are Secure and use the
 * __Host- prefix, which browsers accept only from HTTPS, for this host, on path /.
 */
export interface CookieNames {
  session: string;
  csrf: string;
}

export function cookieNames(config: Pick<AppConfig, 'nodeEnv'>): CookieNames {
  const prefix = config.nodeEnv === 'production' ? '__Host-' : '';
  return { session: `${prefix}amhp_session`, csrf: `${prefix}amhp_csrf` };
}

function base(config: Pick<AppConfig, 'nodeEnv'>): CookieOptions {
  return { secure: config.nodeEnv === 'production', sameSite: 'lax', path: '/' };
}

export function setSessionCookies(res: Response, config: AppConfig, token: string, csrfToken: string, expiresAt: Date): void {
  const names = cookieNames(config);
  res.cookie(names.session, token, { ...base(config), httpOnly: true, expires: expiresAt });
  res.cookie(names.csrf, csrfToken, { ...base(config), httpOnly: false, expires: expiresAt });
}

export function clearSessionCookies(res: Response, config: AppConfig): void {
  const names = cookieNames(config);
  res.clearCookie(names.session, { ...base(config), httpOnly: true });
  res.clearCookie(names.csrf, { ...base(config), httpOnly: false });
}

/** A Cookie header as name → value (the socket.io handshake has no cookie-parser). */
export function parseCookieHeader(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 1) continue;
    const name = part.slice(0, index).trim();
    const raw = part.slice(index + 1).trim().replace(/^"(.*)"$/, '$1');
    try {
      cookies[name] ??= decodeURIComponent(raw);
    } catch {
      // A malformed value is ignored, as browsers ignore it.
    }
  }
  return cookies;
}
