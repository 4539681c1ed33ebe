import { AssessmentCommandType } from './assessment-commands';
import { newAssessment } from './assessment-state';
import { allowedCommands } from './command-availability';
import { lawfulApplication, run, TO_ASSESSMENT_UNDER_WAY } from './assessment.fixtures';

const at = (iso: string) => new Date(iso);
const allowed = (state: ReturnType<typeof newAssessment>) => allowedCommands(state).filter((c) => c.allowed).map((c) => c.command).sort();

describe('allowed commands at each stage (the case page buttons)', () => {
  it.each<[string, ReturnType<typeof newAssessment>, AssessmentCommandType[]]>([
    ['referral received', newAssessment({ receivedAt: at('2026-03-14T08:00:00Z') }), ['screen_referral', 'withdraw']],
    ['screened: accepted', run(TO_ASSESSMENT_UNDER_WAY.slice(0, 1)).state, ['allocate_amhp', 'withdraw']],
    ['screened: redirected', run([{ type: 'screen_referral', decision: 'redirected', reason: 'x', redirectedTo: 'GP' }]).state, ['close', 'withdraw']],
    ['AMHP allocated', run(TO_ASSESSMENT_UNDER_WAY.slice(0, 2)).state, ['allocate_amhp', 'arrange_assessment', 'withdraw']],
    ['assessment arranged', run(TO_ASSESSMENT_UNDER_WAY.slice(0, 3)).state, ['allocate_amhp', 'arrange_assessment', 'record_not_completed', 'start_assessment', 'withdraw']],
    [
      'assessment under way',
      run(TO_ASSESSMENT_UNDER_WAY).state,
      ['allocate_amhp', 'make_application', 'record_community_alternative', 'record_informal_admission', 'record_no_further_action', 'record_not_completed', 'withdraw'],
    ],
    ['outcome: application', run([...TO_ASSESSMENT_UNDER_WAY, { type: 'make_application', application: lawfulApplication('s2') }]).state, ['allocate_amhp', 'seek_bed', 'withdraw']],
    ['outcome: no further action', run([...TO_ASSESSMENT_UNDER_WAY, { type: 'record_no_further_action', reason: 'x' }]).state, ['allocate_amhp', 'close', 'withdraw']],
    ['outcome: informal admission', run([...TO_ASSESSMENT_UNDER_WAY, { type: 'record_informal_admission' }]).state, ['allocate_amhp', 'close', 'seek_bed', 'withdraw']],
    ['admitted', run([...TO_ASSESSMENT_UNDER_WAY, { type: 'record_informal_admission' }, { type: 'seek_bed' }, { type: 'identify_bed', hospital: 'H', outOfArea: false }, { type: 'admit', admittedAt: at('2026-03-14T17:00:00Z') }]).state, ['close', 'withdraw']],
    ['closed', run([{ type: 'screen_referral', decision: 'no_further_action', reason: 'x' }, { type: 'close' }]).state, []],
  ])('%s', (_case, state, expected) => {
    expect(allowed(state)).toEqual([...expected].sort());
  });

  it('lists every command, with a reason naming the stage for each disallowed one', () => {
    const list = allowedCommands(newAssessment({ receivedAt: at('2026-03-14T08:00:00Z') }));
    expect(list).toHaveLength(16);
    for (const c of list.filter((x) => !x.allowed)) expect(c.reason).toContain('stage "Referral received"');
    expect(list.find((c) => c.command === 'admit')).toEqual({
      command: 'admit',
      label: 'Record admission',
      allowed: false,
      reason: '"Record admission" is not allowed while the assessment is at stage "Referral received" (allowed at: Bed identified, Conveyance arranged).',
    });
  });

  it('offers the s13(4) written reasons only to a nearest relative’s request not leading to an application', () => {
    const nr = newAssessment({ receivedAt: at('2026-03-14T08:00:00Z'), nearestRelativeRequest: true });
    const decided = run([...TO_ASSESSMENT_UNDER_WAY, { type: 'record_no_further_action', reason: 'x' }], nr).state;
    expect(allowed(decided)).toEqual(['allocate_amhp', 'send_written_reasons_to_nearest_relative', 'withdraw']);
    expect(allowedCommands(decided).find((c) => c.command === 'close')?.reason).toMatch(/s13\(4\)/);
  });
});
