import { unstorableTextIssues } from '@amhp/contracts';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { catchError, from, mergeMap, Observable, of, throwError } from 'rxjs';
import { authOf } from '../../modules/identity/access/request-auth';
import { ValidationException } from '../http/validation.exception';
import { runHoldingKey } from './idempotency-context';
import { IdempotencyService } from './idempotency.service';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_PATTERN, isIdempotent, REPLAYED_HEADER } from './idempotent.decorator';

/**
 * Honours an Idempotency-Key on the routes marked @Idempotent (IdempotencyService has the
 * protocol). Runs after the guards (the account is known and allowed) and before validation,
 * so a refused body frees the key like any other failure.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly keys: IdempotencyService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || !isIdempotent(context.getHandler())) return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const key = req.get(IDEMPOTENCY_KEY_HEADER);
    const auth = authOf(req);
    if (key === undefined || !auth) return next.handle();
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
      throw new ValidationException([{ field: IDEMPOTENCY_KEY_HEADER, message: 'must be 1–255 printable characters without spaces, e.g. a UUID' }]);
    }
    // Refused now (as the validation pipe would) rather than hashed: a body nested absurdly deep is not hashable.
    const unstorable = unstorableTextIssues(req.body);
    if (unstorable.length > 0) throw new ValidationException(unstorable);
    const request = `${req.method} ${req.originalUrl}`.slice(0, 600);
    return from(this.keys.begin(auth.user.id, key, request, requestHash(req.method, req.originalUrl, req.body))).pipe(
      mergeMap((outcome) => {
        if (outcome.kind === 'replay') {
          res.status(outcome.status);
          res.setHeader(REPLAYED_HEADER, 'true');
          return of(outcome.body ?? undefined);
        }
        const held = outcome.key;
        return runHoldingKey(held, () => next.handle()).pipe(
          catchError((error: unknown) => from(this.keys.release(held)).pipe(mergeMap(() => throwError(() => error)))),
          mergeMap(async (body: unknown) => {
            await this.keys.complete(held, res.statusCode, body);
            return body;
          }),
        );
      }),
    );
  }
}

/** SHA-256 of the method, the path with its query, and the body with its keys sorted. */
export function requestHash(method: string, url: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${url}\n${canonicalJson(body)}`).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
