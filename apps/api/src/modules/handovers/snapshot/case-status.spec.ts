import { AssessmentCommand, AssessmentState, decide, newAssessment } from '@amhp/domain';
import { awaitingOf, CaseRecords, outstandingActionsOf } from './case-status';

const at = (iso: string) => new Date(iso);
const APPROVAL = { approvedOn: '2024-01-01', expiresOn: '2028-12-31' };

/** Commands applied in order, one minute apart from 17:00 on 14 March 2026 (GMT). */
function run(commands: AssessmentCommand[], nearestRelativeRequest = false): AssessmentState {
  let state = newAssessment({ receivedAt: at('2026-03-14T08:00:00Z'), nearestRelativeRequest });
  commands.forEach((command, i) => {
    const decision = decide(state, command, { at: new Date(Date.parse('2026-03-14T17:00:00Z') + i * 60_000), by: 'user-1' });
    if (!decision.ok) throw new Error(decision.reason);
    state = decision.state;
  });
  return state;
}

const ACCEPT: AssessmentCommand = { type: 'screen_referral', decision: 'accepted', reason: 'Needs a Mental Health Act assessment' };
const ALLOCATE: AssessmentCommand = { type: 'allocate_amhp', amhpId: 'amhp-1', approval: APPROVAL };
const arrange = (doctorIds: string[]): AssessmentCommand => ({ type: 'arrange_assessment', scheduledAt: at('2026-03-15T10:00:00Z'), place: 'Home address', doctorIds });

const NOTHING_RECORDED: CaseRecords = { examinations: [], nearestRelative: null };
const NR_INFORMED: CaseRecords['nearestRelative'] = { identification: 'identified', informedAt: at('2026-03-14T16:00:00Z'), consultedAt: null, toBeInformedAfterApplication: false };

/** A case whose AMHP applied (the application facts are the domain's to check; here only the stage matters). */
function afterApplication(stage: AssessmentState['stage'], extra: Partial<AssessmentState> = {}): AssessmentState {
  const state = run([ACCEPT, ALLOCATE, arrange(['dr-1', 'dr-2']), { type: 'start_assessment' }]);
  return { ...state, stage, outcome: { kind: 'application', application: {} as never, exceptions: [] }, ...extra };
}

describe('what a handed-over case is waiting for', () => {
  it('a new referral waits for screening', () => {
    expect(awaitingOf(run([]), NOTHING_RECORDED)).toEqual(['Screening: is a Mental Health Act assessment needed?']);
  });

  it('an accepted referral waits for an AMHP; an allocated one for doctors (s12(2)) and a time and place', () => {
    expect(awaitingOf(run([ACCEPT]), NOTHING_RECORDED)).toEqual(['An AMHP to be allocated']);
    expect(awaitingOf(run([ACCEPT, ALLOCATE]), NOTHING_RECORDED)).toEqual(['Doctors: two, one approved under s12 (s12(2))', 'A time and place for the assessment']);
  });

  it('an arranged assessment with one doctor waits for the assessment (London time) and a second doctor', () => {
    expect(awaitingOf(run([ACCEPT, ALLOCATE, arrange(['dr-1'])]), NOTHING_RECORDED)).toEqual([
      'The assessment: Sun 15 Mar 2026, 10:00 GMT, Home address',
      'A second doctor (1 of 2 arranged; one is enough only for s4)',
    ]);
    expect(awaitingOf(run([ACCEPT, ALLOCATE, arrange(['dr-1', 'dr-2'])]), NOTHING_RECORDED)).toEqual(['The assessment: Sun 15 Mar 2026, 10:00 GMT, Home address']);
  });

  it('an assessment under way waits for the medical recommendations, the nearest relative (s26, s11) and the decision', () => {
    const state = run([ACCEPT, ALLOCATE, arrange(['dr-1', 'dr-2']), { type: 'start_assessment' }]);
    expect(awaitingOf(state, { examinations: [{ recommendationSection: 's2' }, { recommendationSection: null }], nearestRelative: null })).toEqual([
      'Medical recommendations: 1 of 2 (s2(3), s3(3); one for s4(3))',
      'The nearest relative to be identified (s26)',
      'The AMHP’s decision on the outcome',
    ]);
    const identified = { ...NR_INFORMED!, informedAt: null };
    expect(awaitingOf(state, { examinations: [{ recommendationSection: 's2' }, { recommendationSection: 's2' }], nearestRelative: identified })).toEqual([
      'The nearest relative to be informed (s11(3)) or consulted (s11(4))',
      'The AMHP’s decision on the outcome',
    ]);
    expect(awaitingOf(state, { examinations: [{ recommendationSection: 's2' }, { recommendationSection: 's2' }], nearestRelative: NR_INFORMED })).toEqual([
      'The AMHP’s decision on the outcome',
    ]);
  });

  it('after an application: a bed, then conveyance, then admission, then closure', () => {
    expect(awaitingOf(afterApplication('outcome_recorded'), NOTHING_RECORDED)).toEqual(['A bed to be sought']);
    expect(awaitingOf(afterApplication('bed_sought', { bedSoughtAt: at('2026-03-14T18:30:00Z') }), NOTHING_RECORDED)).toEqual(['A bed (sought Sat 14 Mar 2026, 18:30 GMT)']);
    const bed = { hospital: 'Example Hospital', ward: null, outOfArea: false, identifiedAt: at('2026-03-14T20:00:00Z') };
    expect(awaitingOf(afterApplication('bed_identified', { bed }), NOTHING_RECORDED)).toEqual(['Conveyance to Example Hospital']);
    const conveyance = { mode: 'ambulance' as const, details: null, arrangedAt: at('2026-03-14T21:00:00Z') };
    expect(awaitingOf(afterApplication('conveyance_arranged', { bed, conveyance }), NOTHING_RECORDED)).toEqual(['Admission to Example Hospital (Ambulance)']);
    expect(awaitingOf(afterApplication('admitted', { bed, conveyance }), NOTHING_RECORDED)).toEqual(['Case closure']);
  });

  it('s11(3): the nearest relative left to be informed after the application stays awaited until informed', () => {
    const later = { identification: 'identified' as const, informedAt: null, consultedAt: null, toBeInformedAfterApplication: true };
    expect(awaitingOf(afterApplication('outcome_recorded'), { examinations: [], nearestRelative: later })).toEqual([
      'A bed to be sought',
      'The nearest relative to be informed of the application (s11(3))',
    ]);
    expect(awaitingOf(afterApplication('outcome_recorded'), { examinations: [], nearestRelative: { ...later, informedAt: at('2026-03-14T19:00:00Z') } })).toEqual(['A bed to be sought']);
  });

  it('s13(4): a nearest relative’s request declined at screening waits for the written reasons, then closure', () => {
    const declined = run([{ type: 'screen_referral', decision: 'no_further_action', reason: 'Support in place' }], true);
    expect(awaitingOf(declined, NOTHING_RECORDED)).toEqual(['Written reasons to the nearest relative for not applying (s13(4))']);
    const sent = run([{ type: 'screen_referral', decision: 'no_further_action', reason: 'Support in place' }, { type: 'send_written_reasons_to_nearest_relative', sentAt: at('2026-03-14T16:30:00Z') }], true);
    expect(awaitingOf(sent, NOTHING_RECORDED)).toEqual(['Case closure']);
  });

  it('a closed case waits for nothing', () => {
    expect(awaitingOf(run([{ type: 'withdraw', reason: 'Referral withdrawn by the GP' }]), NOTHING_RECORDED)).toEqual([]);
  });
});

describe('the outstanding actions of a handed-over case (the commands its stage allows)', () => {
  it('a new referral: screening only (withdrawal, always open, is not listed)', () => {
    expect(outstandingActionsOf(run([]))).toEqual(['Screen the referral']);
  });

  it('an allocated case: reallocation or arranging the assessment', () => {
    expect(outstandingActionsOf(run([ACCEPT, ALLOCATE]))).toEqual(['Allocate an AMHP', 'Arrange the assessment']);
  });

  it('an assessment under way: the outcomes', () => {
    expect(outstandingActionsOf(run([ACCEPT, ALLOCATE, arrange(['dr-1', 'dr-2']), { type: 'start_assessment' }]))).toEqual([
      'Allocate an AMHP',
      'Make an application (s2, s3 or s4)',
      'Record informal admission',
      'Record a community alternative',
      'Record no further action',
      'Record assessment not completed',
    ]);
  });

  it('a closed case has none', () => {
    expect(outstandingActionsOf(run([{ type: 'withdraw', reason: 'Referral withdrawn by the GP' }]))).toEqual([]);
  });
});
