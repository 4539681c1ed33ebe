import { ValidationErrorBody } from '@amhp/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { safeError } from '../logging/app-logger';
import { ValidationException } from './validation.exception';

/**
 * Every error leaves the API as JSON. 400s always carry a ValidationErrorBody (the dashboard
 * shows its issues next to the fields); other HTTP errors keep Nest's shape; anything
 * unexpected is logged (without request data) and answered with a bare 500.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.toResponse(exception);
    if (response.headersSent) return;
    response.status(status).json(body);
  }

  toResponse(exception: unknown): { status: number; body: object } {
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
      return { status, body: { statusCode: status, error: errorName(exception), message } };
    }
    this.logger.error({ msg: 'unhandled error', error: safeError(exception) });
    return { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong; it has been logged.' } };
  }
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
