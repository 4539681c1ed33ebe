import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import { AppConfig } from '../../config/app-config';

/**
 * Structured JSON logs (pino) behind Nest's LoggerService, so framework messages and ours
 * share one format. Log ids, codes and timings; never personal data (names, NHS numbers,
 * dates of birth, addresses) and never request bodies.
 */
export class AppLogger implements LoggerService {
  readonly pino: Logger;

  constructor(config: Pick<AppConfig, 'logLevel' | 'nodeEnv'>, destination?: pino.DestinationStream) {
    this.pino = pino(
      {
        level: config.logLevel,
        base: { service: 'amhp-hub', env: config.nodeEnv },
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
      },
      destination,
    );
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    // Nest calls error(message, stack?, context?).
    const [stack, ...rest] = params;
    if (typeof stack === 'string' && stack.includes('\n')) {
      this.write('error', message, rest, { stack });
    } else {
      this.write('error', message, params);
    }
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: pino.Level, message: unknown, params: unknown[], extra: Record<string, unknown> = {}): void {
    // Nest passes the context (class name) as the last string parameter.
    const last = params[params.length - 1];
    const context = typeof last === 'string' ? last : undefined;
    const fields: Record<string, unknown> = { ...extra };
    if (context) fields.context = context;
    if (message instanceof Error) {
      this.pino[level]({ ...fields, error: safeError(message) }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ ...fields, ...(message as Record<string, unknown>) });
    } else {
      this.pino[level](fields, String(message));
    }
  }
}

/**
 * An error reduced to what is safe to log. Driver errors can carry the query's parameters
 * (TypeORM's QueryFailedError does), which would leak personal data into the logs.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { type: error.name, message: error.message, ...(code !== undefined ? { code } : {}), stack: error.stack };
}
