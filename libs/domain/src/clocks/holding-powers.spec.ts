import { legalClocks } from './case-clocks';
import { checkHoldingPowerStep, HoldingPowerFacts, HoldingPowerStep, s5_2FollowsS5_4 } from './holding-powers';

const at = (iso: string) => new Date(iso);
const now = at('2026-05-04T20:00:00Z');
const nurse = { startedAt: at('2026-05-04T09:00:00Z') };
const onWard: HoldingPowerFacts = { inPatient: true, outcomeRecorded: false, s5_4: nurse, s5_2: null };
const report = (iso: string): HoldingPowerStep => ({ kind: 's5_2_report', reportFurnishedAt: at(iso) });
const rules = (facts: HoldingPowerFacts, step: HoldingPowerStep) => checkHoldingPowerStep(facts, step, now).violations.map((v) => `${v.section} ${v.rule}`);

describe('the holding-power sequence on one case: s5(4) → s5(2) → application or end', () => {
  it.each<[string, HoldingPowerFacts, HoldingPowerStep, string[]]>([
    ['s5(2) a report after the nurse’s s5(4) is allowed', onWard, report('2026-05-04T11:00:00Z'), []],
    ['s5(2) an informal in-patient without an s5(4) may be held by a report', { ...onWard, s5_4: null }, report('2026-05-04T11:00:00Z'), []],
    ['s5(2) not for someone who is not an in-patient (the emergency department, home)', { ...onWard, inPatient: false }, report('2026-05-04T11:00:00Z'), ['s5(2) s5_2.not_in_patient']],
    ['s5(2) no second report: the power cannot be renewed', { ...onWard, s5_2: { startedAt: at('2026-05-04T10:00:00Z') } }, report('2026-05-04T11:00:00Z'), ['s5(2) s5_2.second_report']],
    ['s5(2) no second report even after the first ended', { ...onWard, s5_2: { startedAt: at('2026-05-04T10:00:00Z'), endedAt: at('2026-05-04T10:30:00Z'), endedReason: 'no_longer_needed' } }, report('2026-05-04T11:00:00Z'), ['s5(2) s5_2.second_report']],
    ['s5(4) the report cannot come before the nurse’s record', onWard, report('2026-05-04T08:59:00Z'), ['s5(4) s5_2.before_s5_4']],
    ['s5(2) not in the future', onWard, report('2026-05-04T21:00:00Z'), ['s5(2) s5_2.in_future']],
    ['s5(2) not once the outcome is recorded', { ...onWard, outcomeRecorded: true }, report('2026-05-04T11:00:00Z'), ['s5(2) s5_2.after_outcome']],
    ['s5(4) ends when the doctor arrives without a report', onWard, { kind: 'end', power: 's5_4', endedAt: at('2026-05-04T10:00:00Z'), reason: 'doctor_arrived' }, []],
    ['s5(2) "the doctor arrived" is no reason to end the doctor’s own power', { ...onWard, s5_2: { startedAt: at('2026-05-04T10:00:00Z') } }, { kind: 'end', power: 's5_2', endedAt: at('2026-05-04T12:00:00Z'), reason: 'doctor_arrived' }, ['s5(4) holding_power.doctor_arrived']],
    ['s5(2) cannot end a power never recorded', onWard, { kind: 'end', power: 's5_2', endedAt: at('2026-05-04T12:00:00Z'), reason: 'no_longer_needed' }, ['s5(2) holding_power.none']],
    ['s5(4) cannot end before it began', onWard, { kind: 'end', power: 's5_4', endedAt: at('2026-05-04T08:00:00Z'), reason: 'no_longer_needed' }, ['s5(4) holding_power.end_before_start']],
    ['s5(4) cannot end twice', { ...onWard, s5_4: { ...nurse, endedAt: at('2026-05-04T10:00:00Z'), endedReason: 'doctor_arrived' } }, { kind: 'end', power: 's5_4', endedAt: at('2026-05-04T11:00:00Z'), reason: 'no_longer_needed' }, ['s5(4) holding_power.already_ended']],
    ['"other" needs the reason described', onWard, { kind: 'end', power: 's5_4', endedAt: at('2026-05-04T10:00:00Z'), reason: 'other', details: ' ' }, ['s5(4) holding_power.reason']],
  ])('%s', (_case, facts, step, expected) => {
    expect(rules(facts, step)).toEqual(expected);
  });
});

describe('s5(5): when an s5(2) report counts its 72 hours from the s5(4) record', () => {
  it.each<[string, Parameters<typeof s5_2FollowsS5_4>[0], string, boolean]>([
    ['a report within the six hours', nurse, '2026-05-04T14:59:00Z', true],
    ['a report after the six hours ran out', nurse, '2026-05-04T15:00:00Z', false],
    ['the doctor arrived (ending the s5(4)) and reported half an hour later', { ...nurse, endedAt: at('2026-05-04T10:00:00Z'), endedReason: 'doctor_arrived' }, '2026-05-04T10:30:00Z', true],
    ['the s5(4) was ended as no longer needed before the report', { ...nurse, endedAt: at('2026-05-04T10:00:00Z'), endedReason: 'no_longer_needed' }, '2026-05-04T12:00:00Z', false],
  ])('%s', (_case, s5_4, reportAt, follows) => {
    expect(s5_2FollowsS5_4(s5_4, at(reportAt))).toBe(follows);
  });

  it('s5(5) across the spring change: s5(4) at 23:00 GMT on 28 March 2026, report at 02:30 BST; the s5(2) ends 72 real hours after the s5(4) record', () => {
    const clocks = legalClocks({ s5_4: { recordedAt: at('2026-03-28T23:00:00Z') }, s5_2: { reportFurnishedAt: at('2026-03-29T01:30:00Z') } });
    expect(clocks.map((c) => [c.kind, c.status, c.expiresAt.toISOString()])).toEqual([
      ['s5_4', 'ended', '2026-03-29T05:00:00.000Z'],
      ['s5_2', 'running', '2026-03-31T23:00:00.000Z'],
    ]);
  });

  it('s5(2) ended as no longer needed stops its clock with that reason', () => {
    const [, doctor] = legalClocks({ s5_4: { recordedAt: at('2026-05-04T09:00:00Z') }, s5_2: { reportFurnishedAt: at('2026-05-04T10:00:00Z'), endedAt: at('2026-05-05T09:00:00Z'), endedReason: 'no_longer_needed' } });
    expect(doctor).toMatchObject({ status: 'ended', endedReason: 'No longer needed: the person stays in hospital informally' });
  });
});
