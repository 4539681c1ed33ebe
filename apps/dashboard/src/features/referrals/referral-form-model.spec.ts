import { validForm } from '../../test/referral-form-fixtures';
import { toLondonLocalInput } from '../../lib/london-time';
import { emptyReferralForm, toReferralInput, validateReferralForm } from './referral-form-model';

const HOUR = 3600_000;
/** A London wall-clock time `hours` ago, as a datetime-local control holds it. */
const hoursAgo = (hours: number) => toLondonLocalInput(Date.now() - hours * HOUR);

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
    expect(validateReferralForm(validForm({ 'legal.clockStartedAt': hoursAgo(2) }))).toMatchObject({ ok: true });
  });

  it('s136A: asks outright whether the place of safety is a police station', () => {
    const result = validateReferralForm(validForm({ 'legal.clockStartedAt': hoursAgo(2), 'legal.atPoliceStation': '' }));
    expect(result).toEqual({ ok: false, issues: [{ field: 'legal.atPoliceStation', message: 'Say whether the place of safety is a police station (s136A)' }] });
  });

  it('s136A(1): a child at a police station is refused with the section quoted, as the API would', () => {
    const form = validForm({ 'legal.clockStartedAt': hoursAgo(2), 'legal.atPoliceStation': 'yes', 'person.dateOfBirth': `${new Date().getUTCFullYear() - 16}-01-01` });
    form.policeStation = { imminentRiskOfSeriousInjuryOrDeath: true, noOtherPlaceOfSafetyReasonablyAvailable: true, healthcareProfessionalAvailable: true, inspectorAuthorised: true };
    expect(validateReferralForm(form)).toEqual({ ok: false, issues: [{ field: 'legal.atPoliceStation', message: 's136A(1): A police station may never be used as a place of safety for a person under 18.' }] });
  });

  it('s136A(2): an adult at a police station needs each condition and an inspector’s authorisation', () => {
    const form = validForm({ 'legal.clockStartedAt': hoursAgo(2), 'legal.atPoliceStation': 'yes' });
    form.policeStation = { imminentRiskOfSeriousInjuryOrDeath: true, noOtherPlaceOfSafetyReasonablyAvailable: true, healthcareProfessionalAvailable: true, inspectorAuthorised: false };
    const result = validateReferralForm(form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field)).toEqual(['legal.policeStation.inspectorAuthorised']);
    form.policeStation.inspectorAuthorised = true;
    expect(validateReferralForm(form).ok).toBe(true);
  });

  it('a start longer ago than the power can run is refused until confirmed; confirming sends it', () => {
    const form = validForm({ 'legal.clockStartedAt': hoursAgo(40) });
    const refused = validateReferralForm(form);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.issues).toEqual([{ field: 'legal.clockStartedAt', message: expect.stringContaining('confirm them') }]);
    const confirmed = validateReferralForm({ ...form, clockStartConfirmed: true });
    expect(confirmed.ok && confirmed.input.legal.clockStartConfirmed).toBe(true);
  });

  it('s5(2): a person in the emergency department is not an in-patient', () => {
    const result = validateReferralForm(validForm({ 'legal.situation': 's5_2', 'legal.clockStartedAt': hoursAgo(1), locationKind: 'emergency_department', 'source.kind': 'emergency_department' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ field: 'locationKind', message: expect.stringMatching(/^s5\(2\): .*not to someone in the emergency department/) }]);
  });

  it('names a bad NHS number check digit', () => {
    const result = validateReferralForm(validForm({ 'person.nhsNumber': '943 476 5918', 'legal.clockStartedAt': hoursAgo(2) }));
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
