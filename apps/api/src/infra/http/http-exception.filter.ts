import { ValidationErrorBody } from '@amhp/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable, uniqueViolation } from '../database/database-errors';
import { safeError } from '../logging/app-logger';
import { ValidationException } from './validation.exception';

export interface ErrorResponse {
  status: number;
  body: object;
  headers?: Record<string, string>;
}

const logger = new Logger('HttpExceptionFilter');

/**
 * Every error leaves the API as JSON. 400s always carry a ValidationErrorBody (the dashboard
 * shows its issues next to the fields); other HTTP errors keep Nest's shape; a unique
 * constraint that refused a row (another request wrote it first) is a 409 naming the field;
 * a database that cannot be reached is a 503 with Retry-After; anything else unexpected is
 * logged (without request data) and answered with a bare 500.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    sendError(host.switchToHttp().getResponse<Response>(), exception);
  }

  toResponse(exception: unknown): ErrorResponse {
    return errorResponse(exception);
  }
}

/** Answers with the error as the filter words it (also used by middleware outside Nest's routes). */
export function sendError(response: Response, exception: unknown): void {
  const { status, body, headers } = errorResponse(exception);
  if (response.headersSent) return;
  for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
  response.status(status).json(body);
}

export function errorResponse(exception: unknown): ErrorResponse {
  if (exception instanceof ValidationException) {
    return { status: 400, body: validationBody(exception.message, exception.issues) };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const message = messageOf(exception);
    if (status === HttpStatus.BAD_REQUEST) {
      // e.g. a body that is not JSON: still a ValidationErrorBody, about the whole body.
      return { status, body: validationBody(message, [{ field: '(body)', message }]) };
    }
    const retryAfter = (exception as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    const headers = typeof retryAfter === 'number' ? { 'Retry-After': String(retryAfter) } : undefined;
    return { status, body: { statusCode: status, error: errorName(exception), message }, headers };
  }
  const duplicate = uniqueViolation(exception);
  if (duplicate) {
    return { status: 409, body: { statusCode: 409, error: 'Conflict', message: duplicate.issue.message, issues: [duplicate.issue] } };
  }
  if (isDatabaseUnavailable(exception)) {
    logger.warn({ msg: 'database unavailable', error: safeError(exception) });
    return databaseUnavailable();
  }
  logger.error({ msg: 'unhandled error', error: safeError(exception) });
  return { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong; it has been logged.' } };
}

/** 503 while PostgreSQL cannot be reached: the client may send the same request again later. */
export function databaseUnavailable(): ErrorResponse {
  return {
    status: 503,
    headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
    body: {
      statusCode: 503,
      error: 'Service Unavailable',
      message: `AMHP Hub cannot reach its database just now: try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds`,
    },
  };
}

function validationBody(message: string, issues: ValidationErrorBody['issues']): ValidationErrorBody {
  return { statusCode: 400, error: 'Bad Request', message, issues };
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

function errorName(exception: HttpException): string {
  const response = exception.getResponse();
  const error = typeof response === 'object' ? (response as { error?: unknown }).error : undefined;
  return typeof error === 'string' ? error : exception.name.replace(/Exception$/, '').replace(/([a-z])([A-Z])/g, '$1 $2');
}
