import { BOARD_ROW_DETAILS, BoardRowDetail } from '@amhp/contracts';
import { z } from 'zod';
import { checkIdentityEnv, identityEnvShape } from './identity-env';
import { clockWarningPointsSchema } from './clock-warning-points';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const postgresUrl = z
  .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL, e.g. postgres://postgres:postgres@127.0.0.1:5432/amhp_hub' })
  .refine((v) => new URL(v).pathname.length > 1, { error: 'must name the database, e.g. .../amhp_hub' });

const redisUrl = z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL, e.g. redis://127.0.0.1:6379' });

/**
 * Every environment variable the API, the worker and the scripts read, with its default.
 * Parsed once at start-up (see app-config.ts); nothing else reads process.env.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  HOST: z.string().trim().min(1, { error: 'must not be empty' }).default('0.0.0.0'),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be 0–65535' })
    .max(65535, { error: 'must be 0–65535' })
    .default(3000),
  DATABASE_URL: postgresUrl.default('postgres://postgres:postgres@127.0.0.1:5432/amhp_hub'),
  REDIS_URL: redisUrl.default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'must be letters, digits, "-" or "_" (it prefixes every Redis key)' })
    .default('amhp'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  /** Built dashboard; served at / when the directory exists. Empty means the default. */
  DASHBOARD_DIR: z.string().trim().optional(),
  /** Comma-separated origins allowed to call the API from another origin (dashboard dev server). */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.url({ error: 'must be a comma-separated list of origins, e.g. http://localhost:5173' }))),
  /**
   * The address people reach the service at (scheme, host and port, no path), used in links the
   * service hands out, such as the secret calendar URLs. Never taken from a request's Host header,
   * which the sender controls. Defaults to http://localhost:<PORT> outside production.
   */
  PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/, error: 'must be the service’s public address, e.g. https://amhp.exampleshire.gov.uk' })
    .refine((v) => ['', '/'].includes(new URL(v).pathname) && !new URL(v).search && !new URL(v).hash, {
      error: 'must be an origin only (scheme, host and port), e.g. https://amhp.exampleshire.gov.uk',
    })
    .transform((v) => new URL(v).origin)
    .optional(),
  /** Warning points of the legal clocks, in per cent of each period (issue 3); see clock-warning-points.ts. */
  CLOCK_WARNING_POINTS: clockWarningPointsSchema,
  /** How often the worker checks that Redis still holds its timers (a flush is rebuilt from PostgreSQL). */
  CLOCK_TIMER_CHECK_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int({ error: 'must be a whole number' })
    .min(100, { error: 'must be at least 100' })
    .default(5000),
  /** Jobs one worker process runs at once. */
  WORKER_CONCURRENCY: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be 1–1000' })
    .max(1000, { error: 'must be 1–1000' })
    .default(5),
  /**
   * Tests and demonstrations only (issue 5): every handover is to be acknowledged within this
   * many seconds instead of its team's handoverAckMinutes. Refused in production.
   */
  HANDOVER_ACK_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be 1–86400' })
    .max(86400, { error: 'must be 1–86400' })
    .optional(),
  /**
   * Which of the person's details the read-only role's board rows carry (comma-separated among
   * name, age, currentLocation, source). None by default: read_only sees the reference, stage,
   * legal situation, clocks, urgency, team and AMHP, and no identifying detail.
   */
  READ_ONLY_BOARD_DETAILS: z
    .string()
    .optional()
    .transform((v) => [...new Set((v ?? '').split(',').map((s) => s.trim()).filter(Boolean))])
    .pipe(z.array(z.enum(BOARD_ROW_DETAILS as [BoardRowDetail, ...BoardRowDetail[]], { error: `must be a comma-separated list among ${BOARD_ROW_DETAILS.join(', ')}` }))),
  ...identityEnvShape,
})
  .superRefine(checkIdentityEnv)
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.PUBLIC_ORIGIN === undefined) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_ORIGIN'], message: 'is required in production: the address people reach the service at, e.g. https://amhp.exampleshire.gov.uk' });
    }
    if (env.NODE_ENV === 'production' && env.HANDOVER_ACK_SECONDS !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['HANDOVER_ACK_SECONDS'], message: 'is for tests only: each team sets its handover acknowledgement time' });
    }
  });

export type Env = z.output<typeof envSchema>;
export type LogLevel = Env['LOG_LEVEL'];
