import { BadRequestException, ConflictException, Logger, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
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

  it('answers a unique constraint that refused a row (someone wrote it first) with 409 naming the field, not the value', () => {
    const error = Object.assign(new QueryFailedError('INSERT ...', ['7654321'], new Error('duplicate key value violates unique constraint')), {
      driverError: { code: '23505', constraint: 'doctors_gmc_number_uq', detail: 'Key (gmc_number)=(7654321) already exists.' },
    });
    const { status, body } = filter.toResponse(error);
    expect(status).toBe(409);
    expect(body).toMatchObject({ statusCode: 409, error: 'Conflict', issues: [{ field: 'gmcNumber' }] });
    expect(JSON.stringify(body)).not.toContain('7654321');
  });

  it('names the columns of a unique constraint it has no wording for', () => {
    const error = { code: '23505', constraint: 'widgets_serial_no_uq', detail: 'Key (serial_no, team_id)=(1, x) already exists.' };
    expect(filter.toResponse(error).body).toMatchObject({ issues: [{ field: 'serialNo, teamId' }] });
  });

  it.each([
    ['nothing listening', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['the server shutting down', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['the server starting', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a query through TypeORM on a dropped connection', new QueryFailedError('SELECT 1', [], Object.assign(new Error('x'), { code: '08006' }))],
    ['a transaction whose connection TypeORM released when it failed', new QueryRunnerAlreadyReleasedError()],
    ['the same, through the entity manager', new QueryRunnerProviderAlreadyReleasedError()],
  ])('answers a database that cannot be reached (%s) with 503 and Retry-After', (_label, error) => {
    const spy = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const result = filter.toResponse(error);
    spy.mockRestore();
    expect(result.status).toBe(503);
    expect(result.headers).toEqual({ 'Retry-After': '5' });
    expect(result.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
  });
});
