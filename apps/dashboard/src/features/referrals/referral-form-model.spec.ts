import { validForm } from '../../test/referral-form-fixtures';
import { emptyReferralForm, toReferralInput, validateReferralForm } from './referral-form-model';

describe('new referral form: London input to UTC', () => {
  it('converts a summer (BST) arrival time to UTC by taking off an hour', () => {
    expect(toReferralInput(validForm()).input.legal.clockStartedAt).toBe('2026-07-01T13:30:00.000Z');
  });

  it('converts a winter (GMT) arrival time unchanged', () => {
    expect(toReferralInput(validForm({ 'legal.clockStartedAt': '2026-01-15T23:45' })).input.legal.clockStartedAt).toBe('2026-01-15T23:45:00.000Z');
  });

  it('converts either side of the spring change on 29 March 2026', () => {
    expect(toReferralInput(validForm({ 'legal.clockStartedAt': '2026-03-29T00:45' })).input.legal.clockStartedAt).toBe('2026-03-29T00:45:00.000Z');
    expect(toReferralInput(validForm({ 'legal.clockStartedAt': '2026-03-29T02:15' })).input.legal.clockStartedAt).toBe('2026-03-29T01:15:00.000Z');
  });

  it('refuses 01:30 on 29 March 2026, a time London clocks skip', () => {
    const result = validateReferralForm(validForm({ 'legal.clockStartedAt': '2026-03-29T01:30' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ field: 'legal.clockStartedAt', message: expect.stringContaining('does not exist in London') }]);
  });

  it('takes the first or the second 01:30 on 25 October 2026 as chosen', () => {
    const first = validForm({ 'legal.clockStartedAt': '2026-10-25T01:30' });
    expect(toReferralInput(first).input.legal.clockStartedAt).toBe('2026-10-25T00:30:00.000Z');
    expect(toReferralInput({ ...first, clockFold: 'second' }).input.legal.clockStartedAt).toBe('2026-10-25T01:30:00.000Z');
  });

  it('drops a start time left over from a situation with a clock when it changes to one without', () => {
    expect(toReferralInput(validForm({ 'legal.situation': 'none' })).input.legal.clockStartedAt).toBeUndefined();
  });
});

describe('new referral form: the API schema messages', () => {
  it('accepts a complete s136 referral', () => {
    expect(validateReferralForm(validForm())).toMatchObject({ ok: true });
  });

  it('names a bad NHS number check digit', () => {
    const result = validateReferralForm(validForm({ 'person.nhsNumber': '943 476 5918' }));
    expect(result).toEqual({
      ok: false,
      issues: [{ field: 'person.nhsNumber', message: 'NHS number fails the check digit: check it has been copied correctly' }],
    });
  });

  it('s136(2A): requires the arrival time at the place of safety, since the 24 h run from it', () => {
    const result = validateReferralForm(validForm({ 'legal.clockStartedAt': '' }));
    expect(result).toEqual({
      ok: false,
      issues: [{ field: 'legal.clockStartedAt', message: 'Time of arrival at the place of safety is required: the 24-hour clock runs from it' }],
    });
  });

  it('names every missing field of an empty form', () => {
    const result = validateReferralForm(emptyReferralForm());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = result.issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining(['person.givenName', 'person.dateOfBirth', 'person.sex', 'person.ethnicCategory', 'source.kind', 'legal.situation', 'reason', 'urgency']),
    );
  });
});
