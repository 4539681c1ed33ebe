import { toFieldIssues } from '@amhp/contracts';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { ValidationException } from './validation.exception';

/**
 * Validates any handler parameter declared with a zod schema, e.g.
 * `@Body({ schema: createReferralSchema })` or `@Param('id', { schema: z.uuid() })`, and returns
 * the parsed (normalised) value. Refusals name every bad field. Registered globally.
 */
@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const schema = metadata.schema;
    if (!(schema instanceof z.ZodType)) return value;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    // A named parameter (`@Param('id')`) is the field; a whole body keeps zod's paths.
    const prefix = metadata.type !== 'body' || metadata.data ? metadata.data : undefined;
    throw new ValidationException(
      toFieldIssues(result.error).map((issue) => ({
        field: prefix ? (issue.field === '(body)' ? prefix : `${prefix}.${issue.field}`) : issue.field,
        message: issue.message,
      })),
    );
  }
}
