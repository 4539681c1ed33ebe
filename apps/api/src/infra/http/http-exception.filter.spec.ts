import { BadRequestException, ConflictException, Logger, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { HttpExceptionFilter } from './http-exception.filter';
import { ValidationException } from './validation.exception';

describe('HttpExceptionFilter', () => {
  const filter = new HttpExceptionFilter();

  it('answers a refusal with a ValidationErrorBody listing every issue', () => {
    const issues = [
      { field: 'person.nhsNumber', message: 'NHS number fails the check digit' },
      { field: 'legal.clockStartedAt', message: 'Time of arrival at the place of safety is required' },
    ];
    expect(filter.toResponse(new ValidationException(issues))).toEqual({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: '2 fields need attention', issues },
    });
  });

  it('gives any other 400 (such as a body that is not JSON) the same shape', () => {
    const { status, body } = filter.toResponse(new BadRequestException('Unexpected end of JSON input'));
    expect(status).toBe(400);
    expect(body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Unexpected end of JSON input', issues: [{ field: '(body)', message: 'Unexpected end of JSON input' }] });
  });

  it.each([
    [new NotFoundException('No referral with id x'), 404, 'Not Found'],
    [new ConflictException('changed by someone else'), 409, 'Conflict'],
    [new PayloadTooLargeException(), 413, 'Payload Too Large'],
  ])('keeps other HTTP errors as they are (%#)', (exception, status, error) => {
    const result = filter.toResponse(exception);
    expect(result.status).toBe(status);
    expect(result.body).toMatchObject({ statusCode: status, error });
  });

  it('hides unexpected errors behind a bare 500 and logs them', () => {
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const result = filter.toResponse(new Error('duplicate key value violates unique constraint'));
    expect(result.status).toBe(500);
    expect(JSON.stringify(result.body)).not.toContain('duplicate key');
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
