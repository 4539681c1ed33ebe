import { toFieldIssues, unstorableTextIssues } from '@amhp/contracts';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { ValidationException } from './validation.exception';

/**
 * Validates any handler parameter declared with a zod schema, e.g.
 * `@Body({ schema: createReferralSchema })` or `@Param('id', { schema: z.uuid() })`, and returns
 * the parsed (normalised) value. Refusals name every bad field. Registered globally.
 *
 * Every body, path and query parameter (with a schema or not) is first checked for text
 * PostgreSQL cannot store (NUL, unpaired surrogates) and for absurd nesting (contracts
 * storable-text): the one place every request passes through, so no route can reach the
 * database with it.
 */
@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // A named parameter (`@Param('id')`) is the field; a whole body keeps zod's paths.
    const prefix = metadata.type !== 'body' || metadata.data ? metadata.data : undefined;
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const unstorable = unstorableTextIssues(value, prefix);
      if (unstorable.length > 0) throw new ValidationException(unstorable);
    }
    const schema = metadata.schema;
    if (!(schema instanceof z.ZodType)) return value;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    throw new ValidationException(
      toFieldIssues(result.error).map((issue) => ({
        field: prefix ? (issue.field === '(body)' ? prefix : `${prefix}.${issue.field}`) : issue.field,
        message: issue.message,
      })),
    );
  }
}
