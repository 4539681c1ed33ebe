import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { validationErrorSchema } from '../../../infra/http/openapi-schemas';
import { assessmentViewSchema, commandRefusedSchema } from './assessment-view.schema';

/** The OpenAPI of a route that changes an assessment: answers with the assessment, or 400, 404, 409, 422. */
export function ChangesAssessment(summary: string, description?: string) {
  return applyDecorators(
    ApiOperation({ summary, description }),
    ApiParam({ name: 'id', format: 'uuid', description: 'The assessment' }),
    ApiOkResponse({ description: 'The assessment as it now is (with its new version)', standardSchema: assessmentViewSchema }),
    ApiBadRequestResponse({ description: 'Invalid input: every bad field is named; nothing is saved', standardSchema: validationErrorSchema }),
    ApiNotFoundResponse({ description: 'No assessment with this id' }),
    ApiConflictResponse({ description: 'Someone changed the assessment since `version` was read; nothing changed' }),
    ApiUnprocessableEntityResponse({
      description: 'Refused by the rules: the stage does not allow it (the reason names the stage), or the application breaks a rule (each quoted with its section); nothing changed',
      standardSchema: commandRefusedSchema,
    }),
  );
}
