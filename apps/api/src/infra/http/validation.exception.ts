import { FieldIssue } from '@amhp/contracts';
import { BadRequestException } from '@nestjs/common';

/** Input refused: carries every bad field so the filter can answer with a ValidationErrorBody. */
export class ValidationException extends BadRequestException {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.length === 1 ? issues[0].message : `${issues.length} fields need attention`);
  }
}
