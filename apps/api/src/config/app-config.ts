import type { BoardRowDetail } from '@amhp/contracts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ClockWarningPoints, clockWarningPointsToEnv } from './clock-warning-points';
import { Env, envSchema, LogLevel } from './env.schema';
import { IdentityConfig, identityConfig, identityToEnv } from './identity-env';

/** A variable is missing or malformed: start-up stops with a message naming it. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}\n` +
        'See .env.example for every variable and its default.',
    );
    this.name = 'ConfigError';
  }
}

/**
 * The validated configuration, injected wherever it is needed. A class (not an interface) so
 * that Nest can inject it by type.
 */
export class AppConfig {
  readonly nodeEnv: Env['NODE_ENV'];
  readonly host: string;
  readonly port: number;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly queuePrefix: string;
  readonly logLevel: LogLevel;
  readonly dashboardDir: string;
  readonly corsOrigins: string[];
  /** Where people reach the service (links handed out, e.g. calendar URLs): PUBLIC_ORIGIN, else http://localhost:<PORT>. */
  readonly publicOrigin: string;
  private readonly publicOriginSetting: string | null;
  /** Sessions, lockout, rate limits and OIDC (issue 4). */
  readonly identity: IdentityConfig;
  /** Warning fractions per clock kind (issue 3); expiry is always a point too. */
  readonly clockWarningPoints: ClockWarningPoints;
  readonly clockTimerCheckMs: number;
  readonly workerConcurrency: number;
  /** Tests only: handovers are due for acknowledgement in this many seconds, whatever the team's minutes. */
  readonly handoverAckSecondsOverride: number | null;
  /** The person's details the read-only role's board rows carry (none by default). */
  readonly readOnlyBoardDetails: readonly BoardRowDetail[];

  constructor(env: Env) {
    this.nodeEnv = env.NODE_ENV;
    this.host = env.HOST;
    this.port = env.PORT;
    this.databaseUrl = env.DATABASE_URL;
    this.redisUrl = env.REDIS_URL;
    this.queuePrefix = env.QUEUE_PREFIX;
    this.logLevel = env.LOG_LEVEL;
    this.dashboardDir = path.resolve(env.DASHBOARD_DIR || path.join(findRepoRoot(), 'dist/apps/dashboard'));
    this.corsOrigins = env.CORS_ORIGINS;
    this.publicOriginSetting = env.PUBLIC_ORIGIN ?? null;
    this.publicOrigin = env.PUBLIC_ORIGIN ?? `http://localhost:${env.PORT}`;
    this.identity = identityConfig(env);
    this.clockWarningPoints = env.CLOCK_WARNING_POINTS;
    this.clockTimerCheckMs = env.CLOCK_TIMER_CHECK_MS;
    this.workerConcurrency = env.WORKER_CONCURRENCY;
    this.handoverAckSecondsOverride = env.HANDOVER_ACK_SECONDS ?? null;
    this.readOnlyBoardDetails = env.READ_ONLY_BOARD_DETAILS;
  }

  /** A copy with some values replaced: tests point one app at their own database and prefix. */
  with(overrides: Partial<Record<keyof Env, string>>): AppConfig {
    return loadConfig({ ...this.toEnv(), ...overrides });
  }

  private toEnv(): Record<string, string> {
    return {
      NODE_ENV: this.nodeEnv,
      HOST: this.host,
      PORT: String(this.port),
      DATABASE_URL: this.databaseUrl,
      REDIS_URL: this.redisUrl,
      QUEUE_PREFIX: this.queuePrefix,
      LOG_LEVEL: this.logLevel,
      DASHBOARD_DIR: this.dashboardDir,
      CORS_ORIGINS: this.corsOrigins.join(','),
      ...(this.publicOriginSetting === null ? {} : { PUBLIC_ORIGIN: this.publicOriginSetting }),
      ...identityToEnv(this.identity),
      CLOCK_WARNING_POINTS: clockWarningPointsToEnv(this.clockWarningPoints),
      CLOCK_TIMER_CHECK_MS: String(this.clockTimerCheckMs),
      WORKER_CONCURRENCY: String(this.workerConcurrency),
      ...(this.handoverAckSecondsOverride === null ? {} : { HANDOVER_ACK_SECONDS: String(this.handoverAckSecondsOverride) }),
      READ_ONLY_BOARD_DETAILS: this.readOnlyBoardDetails.join(','),
    };
  }
}

/** Validates the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  // An empty variable (FOO= in a .env file) means "use the default", as most tools read it.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) throw new ConfigError(describe(parsed.error));
  return new AppConfig(parsed.data);
}

function describe(error: z.ZodError): { variable: string; message: string }[] {
  return error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '(environment)'), message: issue.message }));
}

/**
 * The repository (or image) root: the nearest folder above this file with a package.json.
 * Works from the TypeScript sources and from dist/apps/api/apps/api/src/config alike.
 */
function findRepoRoot(): string {
  let dir = __dirname;
  while (path.dirname(dir) !== dir) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}
