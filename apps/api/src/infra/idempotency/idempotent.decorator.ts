import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
/** Printable ASCII without spaces, as the IETF httpapi draft's examples (a UUID fits). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

const IDEMPOTENT = 'amhp:idempotent';

/**
 * Marks a POST that creates something: an Idempotency-Key header sent with it is honoured
 * (IdempotencyInterceptor), and documented in OpenAPI.
 */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    SetMetadata(IDEMPOTENT, true),
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      schema: { type: 'string', minLength: 1, maxLength: 255, pattern: IDEMPOTENCY_KEY_PATTERN.source },
      description:
        'A key of your choosing (a new UUID per submission), to make sending this request again safe. ' +
        'The same key with the same request gives the first answer again (with Idempotent-Replayed: true) and creates nothing; ' +
        'sent while the first is still running, it waits for it (or gets 409 with Retry-After); ' +
        'the same key with a different request gets 422. A request that failed before it was saved frees its key. ' +
        'Keys belong to the account that sent them and are kept for 24 hours.',
    }),
  );
}

export function isIdempotent(handler: object): boolean {
  return Reflect.getMetadata(IDEMPOTENT, handler) === true;
}
