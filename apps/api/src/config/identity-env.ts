import { ROLES, Role } from '@amhp/contracts';
import { z } from 'zod';

const count = (label: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `must be a number (${label})` })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be ${min}–${max}` })
    .max(max, { error: `must be ${min}–${max}` })
    .default(fallback);

const flag = z.enum(['true', 'false'], { error: 'must be true or false' }).default('false').transform((v) => v === 'true');

/** OIDC_ROLE_MAP: {"<group as the provider sends it>": "<role>" | ["<role>", ...]}. */
const roleMap = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON, e.g. {"AMHP-Duty":"amhp","AMHP-Leads":["service_lead"]}' });
      return z.NEVER;
    }
  })
  .pipe(
    z.record(
      z.string().min(1),
      z.union([z.enum(ROLES), z.array(z.enum(ROLES)).min(1)], { error: `roles must be among ${ROLES.join(', ')}` }),
      { error: 'must be a JSON object from group to role(s)' },
    ),
  )
  .transform((map) => Object.fromEntries(Object.entries(map).map(([group, roles]) => [group, Array.isArray(roles) ? roles : [roles]])))
  .optional();

/**
 * Identity, sessions, rate limits and OIDC (issue 4), spread into the one environment schema.
 * OIDC is on when OIDC_ISSUER is set, and then needs its client, redirect URI and role map.
 */
export const identityEnvShape = {
  /** A session ends after this many minutes without a request... */
  SESSION_IDLE_MINUTES: count('minutes', 1, 24 * 60, 30),
  /** ...and this many hours after sign-in, whatever the activity (one long shift). */
  SESSION_ABSOLUTE_HOURS: count('hours', 1, 7 * 24, 12),
  /** Failed sign-ins in a row that lock a local account... */
  AUTH_LOCKOUT_THRESHOLD: count('attempts', 1, 100, 5),
  /** ...for this many minutes (an administrator can unlock it sooner). */
  AUTH_LOCKOUT_MINUTES: count('minutes', 1, 24 * 60, 15),
  /** Sign-in attempts per minute from one address (strict; the lockout protects each account). */
  RATE_LIMIT_SIGN_IN_PER_MINUTE: count('requests', 1, 100_000, 20),
  /** API requests per minute per user (or per address before sign-in): generous. */
  RATE_LIMIT_API_PER_MINUTE: count('requests', 1, 1_000_000, 600),
  /** Express "trust proxy": how to read the client's address behind a reverse proxy. */
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(true|false|\d{1,2}|loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+)(\s*,\s*[0-9a-fA-F.:/a-z]+)*$/, {
      error: 'must be false, true, a hop count, or loopback/linklocal/uniquelocal/addresses',
    })
    .default('false'),
  OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be the provider’s issuer URL' }).optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URI: z.url({ protocol: /^https?$/, error: 'must be this app’s callback URL, e.g. https://amhp.example.gov.uk/api/auth/oidc/callback' }).optional(),
  /** The ID token / userinfo claim that lists the user's groups. */
  OIDC_GROUPS_CLAIM: z.string().trim().min(1).default('groups'),
  OIDC_ROLE_MAP: roleMap,
  OIDC_SCOPES: z.string().trim().min(1).default('openid email profile'),
  /** Shown on the button: "Sign in with <label>". */
  OIDC_LABEL: z.string().trim().min(1).max(80).default('your council account'),
  /** Demo accounts are never created in production unless this is true. */
  DEMO_ACCOUNTS_IN_PRODUCTION: flag,
};

type IdentityEnv = z.output<z.ZodObject<typeof identityEnvShape>>;

/** All of OIDC's variables, or none. */
export function checkIdentityEnv(env: Partial<IdentityEnv>, ctx: z.RefinementCtx): void {
  if (!env.OIDC_ISSUER) return;
  for (const name of ['OIDC_CLIENT_ID', 'OIDC_REDIRECT_URI', 'OIDC_ROLE_MAP'] as const) {
    if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required when OIDC_ISSUER is set' });
  }
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  groupsClaim: string;
  roleMap: Record<string, Role[]>;
  scopes: string;
  label: string;
}

export interface IdentityConfig {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  signInPerMinute: number;
  apiPerMinute: number;
  trustProxy: string;
  oidc: OidcConfig | null;
  demoAccountsInProduction: boolean;
}

export function identityConfig(env: IdentityEnv): IdentityConfig {
  const oidc: OidcConfig | null =
    env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_REDIRECT_URI && env.OIDC_ROLE_MAP
      ? {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID,
          clientSecret: env.OIDC_CLIENT_SECRET,
          redirectUri: env.OIDC_REDIRECT_URI,
          groupsClaim: env.OIDC_GROUPS_CLAIM,
          roleMap: env.OIDC_ROLE_MAP,
          scopes: env.OIDC_SCOPES,
          label: env.OIDC_LABEL,
        }
      : null;
  return {
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: env.SESSION_ABSOLUTE_HOURS,
    lockoutThreshold: env.AUTH_LOCKOUT_THRESHOLD,
    lockoutMinutes: env.AUTH_LOCKOUT_MINUTES,
    signInPerMinute: env.RATE_LIMIT_SIGN_IN_PER_MINUTE,
    apiPerMinute: env.RATE_LIMIT_API_PER_MINUTE,
    trustProxy: env.TRUST_PROXY,
    oidc,
    demoAccountsInProduction: env.DEMO_ACCOUNTS_IN_PRODUCTION,
  };
}

/** Back to variables (AppConfig.with() re-parses a copy). */
export function identityToEnv(c: IdentityConfig): Record<string, string> {
  const env: Record<string, string> = {
    SESSION_IDLE_MINUTES: String(c.sessionIdleMinutes),
    SESSION_ABSOLUTE_HOURS: String(c.sessionAbsoluteHours),
    AUTH_LOCKOUT_THRESHOLD: String(c.lockoutThreshold),
    AUTH_LOCKOUT_MINUTES: String(c.lockoutMinutes),
    RATE_LIMIT_SIGN_IN_PER_MINUTE: String(c.signInPerMinute),
    RATE_LIMIT_API_PER_MINUTE: String(c.apiPerMinute),
    TRUST_PROXY: c.trustProxy,
    DEMO_ACCOUNTS_IN_PRODUCTION: String(c.demoAccountsInProduction),
  };
  if (c.oidc) {
    Object.assign(env, {
      OIDC_ISSUER: c.oidc.issuer,
      OIDC_CLIENT_ID: c.oidc.clientId,
      OIDC_REDIRECT_URI: c.oidc.redirectUri,
      OIDC_GROUPS_CLAIM: c.oidc.groupsClaim,
      OIDC_ROLE_MAP: JSON.stringify(c.oidc.roleMap),
      OIDC_SCOPES: c.oidc.scopes,
      OIDC_LABEL: c.oidc.label,
    });
    if (c.oidc.clientSecret) env.OIDC_CLIENT_SECRET = c.oidc.clientSecret;
  }
  return env;
}
