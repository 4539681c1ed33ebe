import { CSRF_HEADER } from '@amhp/contracts';
import type { Request } from 'express';
import { sameSecret } from '../sessions/session-tokens';

export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery. A request that changes something must (1) come from this site
 * or a configured origin when the browser says where it comes from (Origin), and (2) when it
 * rides on a session cookie, carry the session's token in x-csrf-token: a page on another
 * site can make the browser send the cookie, but cannot read the token to send it back.
 */
export function originAllowed(req: Request, corsOrigins: readonly string[]): boolean {
  const origin = req.get('origin');
  if (!origin) return true; // not a browser, or a same-origin request from an older one
  if (corsOrigins.includes(origin)) return true;
  return origin === `${req.protocol}://${req.get('host')}`;
}

export function csrfTokenMatches(req: Request, expected: string): boolean {
  const sent = req.get(CSRF_HEADER);
  return typeof sent === 'string' && sameSecret(sent, expected);
}
