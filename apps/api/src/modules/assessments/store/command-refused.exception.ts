import type { CommandRefusedBody, RuleViolationView } from '@amhp/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, UnprocessableEntityException } from '@nestjs/common';
import type { Response } from 'express';

/**
 * The domain refused a command: the stage does not allow it, or the application breaks a rule.
 * Answered 422 with the reason (naming the stage) and each violated rule with its section.
 */
export class CommandRefusedException extends UnprocessableEntityException {
  constructor(
    readonly reason: string,
    readonly violations: RuleViolationView[] = [],
  ) {
    super(reason);
  }

  body(): CommandRefusedBody {
    return { statusCode: 422, error: 'Unprocessable Entity', message: this.reason, violations: this.violations };
  }
}

/** Keeps the violations in the response (the global filter answers with the message only). */
@Catch(CommandRefusedException)
export class CommandRefusedFilter implements ExceptionFilter {
  catch(exception: CommandRefusedException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (!response.headersSent) response.status(422).json(exception.body());
  }
}
