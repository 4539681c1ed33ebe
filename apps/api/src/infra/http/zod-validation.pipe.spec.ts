import { createReferralSchema } from '@amhp/contracts';
import { ArgumentMetadata } from '@nestjs/common';
import { z } from 'zod';
import { ValidationException } from './validation.exception';
import { ZodValidationPipe } from './zod-validation.pipe';

const pipe = new ZodValidationPipe();
const body = (schema?: z.ZodType): ArgumentMetadata => ({ type: 'body', schema } as ArgumentMetadata);
const param = (name: string, schema: z.ZodType): ArgumentMetadata => ({ type: 'param', data: name, schema } as ArgumentMetadata);

function refusal(run: () => unknown): ValidationException {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationException) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('ZodValidationPipe', () => {
  it('passes values through untouched when the parameter has no zod schema', () => {
    const value = { anything: 1 };
    expect(pipe.transform(value, body())).toBe(value);
  });

  it('returns the parsed, normalised value', () => {
    const schema = z.object({ postcode: z.string().trim().toUpperCase() });
    expect(pipe.transform({ postcode: ' sw1a 1aa ' }, body(schema))).toEqual({ postcode: 'SW1A 1AA' });
  });

  it('names every bad field of a body with its dotted path', () => {
    const error = refusal(() => pipe.transform({ person: { givenName: '' }, urgency: 'soon' }, body(createReferralSchema)));
    const fields = error.issues.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['person.givenName', 'person.dateOfBirth', 'urgency', 'source', 'legal']));
    expect(error.getStatus()).toBe(400);
  });

  it('names a path parameter by its name', () => {
    const error = refusal(() => pipe.transform('nope', param('id', z.uuid({ error: 'Referral id must be a UUID' }))));
    expect(error.issues).toEqual([{ field: 'id', message: 'Referral id must be a UUID' }]);
  });
});

describe('ZodValidationPipe: text PostgreSQL cannot store', () => {
  it('refuses a NUL or an unpaired surrogate in any body field, naming it, before the schema runs', () => {
    const error = refusal(() => pipe.transform({ person: { givenName: 'Al\u0000ex' }, reason: 'x\ud800' }, body(createReferralSchema)));
    expect(error.issues.map((i) => i.field)).toEqual(['person.givenName', 'reason']);
  });

  it('checks parameters that have no zod schema too', () => {
    const error = refusal(() => pipe.transform('abc\u0000', { type: 'param', data: 'token' } as ArgumentMetadata));
    expect(error.issues).toEqual([{ field: 'token', message: expect.stringContaining('NUL') }]);
    expect(refusal(() => pipe.transform({ from: '\udc00' }, { type: 'query' } as ArgumentMetadata)).issues[0].field).toBe('from');
  });

  it('leaves values of custom decorators (the signed-in session) alone', () => {
    const session = { note: '\u0000' };
    expect(pipe.transform(session, { type: 'custom' } as ArgumentMetadata)).toBe(session);
  });
});
