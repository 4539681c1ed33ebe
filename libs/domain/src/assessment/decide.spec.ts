import { AssessmentCommand } from './assessment-commands';
import { replay } from './assessment-events';
import { newAssessment } from './assessment-state';
import { decide } from './decide';
import { context, CURRENT_APPROVAL, LAPSED_APPROVAL, lawfulApplication, run, TO_ASSESSMENT_UNDER_WAY } from './assessment.fixtures';

const at = (iso: string) => new Date(iso);
const AFTER_S2: AssessmentCommand[] = [...TO_ASSESSMENT_UNDER_WAY, { type: 'make_application', application: lawfulApplication('s2') }];

describe('the assessment lifecycle: whole journeys', () => {
  it('referral → s2 application → bed → conveyance → admitted → closed, with a timeline', () => {
    const { state, events } = run([
      ...AFTER_S2,
      { type: 'seek_bed' },
      { type: 'identify_bed', hospital: 'Riverside Hospital', ward: 'Willow', outOfArea: false },
      { type: 'arrange_conveyance', mode: 'ambulance' },
      { type: 'admit', admittedAt: at('2026-03-14T17:05:00Z') },
      { type: 'close' },
    ]);
    expect(events.map((e) => e.type)).toEqual([
      'referral_screened',
      'amhp_allocated',
      'assessment_arranged',
      'assessment_started',
      'application_made',
      'bed_sought',
      'bed_identified',
      'conveyance_arranged',
      'person_admitted',
      'assessment_closed',
    ]);
    expect(state.stage).toBe('closed');
    expect(state.outcome?.kind).toBe('application');
    expect(state.bed?.hospital).toBe('Riverside Hospital');
    expect(state.admittedAt).toEqual(at('2026-03-14T17:05:00Z'));
    expect(events.every((e) => e.by === 'user-1' && e.at instanceof Date)).toBe(true);
    expect(replay(newAssessment({ receivedAt: at('2026-03-14T08:00:00Z') }), events)).toEqual(state);
  });

  it.each<[string, AssessmentCommand[], string]>([
    ['screened out: redirected to the crisis team, then closed', [{ type: 'screen_referral', decision: 'redirected', reason: 'Needs crisis support, not an MHA assessment', redirectedTo: 'Crisis team' }, { type: 'close' }], 'closed'],
    ['screened out: no further action, then closed', [{ type: 'screen_referral', decision: 'no_further_action', reason: 'Already admitted informally' }, { type: 'close' }], 'closed'],
    ['community alternative with what was put in place', [...TO_ASSESSMENT_UNDER_WAY, { type: 'record_community_alternative', putInPlace: 'Home treatment team twice daily' }, { type: 'close' }], 'closed'],
    ['no further action after assessment', [...TO_ASSESSMENT_UNDER_WAY, { type: 'record_no_further_action', reason: 'Does not meet the criteria' }, { type: 'close' }], 'closed'],
    ['not completed: no bed', [...TO_ASSESSMENT_UNDER_WAY, { type: 'record_not_completed', reason: 'no_bed' }, { type: 'close' }], 'closed'],
    ['not completed before it started: person not found', [...TO_ASSESSMENT_UNDER_WAY.slice(0, 3), { type: 'record_not_completed', reason: 'person_not_found' }, { type: 'close' }], 'closed'],
    ['informal admission closed without a bed search', [...TO_ASSESSMENT_UNDER_WAY, { type: 'record_informal_admission' }, { type: 'close' }], 'closed'],
    ['informal admission with a bed found', [...TO_ASSESSMENT_UNDER_WAY, { type: 'record_informal_admission' }, { type: 'seek_bed' }, { type: 'identify_bed', hospital: 'Riverside', outOfArea: false }, { type: 'admit', admittedAt: at('2026-03-14T17:01:00Z') }], 'admitted'],
    ['a bed that falls through is sought again', [...AFTER_S2, { type: 'seek_bed' }, { type: 'identify_bed', hospital: 'A', outOfArea: true }, { type: 'arrange_conveyance', mode: 'secure_transport' }, { type: 'seek_bed' }], 'bed_sought'],
    ['admitted from the ward without conveyance (s5(2) to s3)', [...TO_ASSESSMENT_UNDER_WAY, { type: 'make_application', application: lawfulApplication('s3') }, { type: 'seek_bed' }, { type: 'identify_bed', hospital: 'Same ward', outOfArea: false }, { type: 'admit', admittedAt: at('2026-03-14T17:02:00Z') }], 'admitted'],
    ['withdrawn while waiting for a bed', [...AFTER_S2, { type: 'seek_bed' }, { type: 'withdraw', reason: 'Person admitted informally elsewhere' }], 'closed'],
    ['handover: another AMHP allocated during the bed wait', [...AFTER_S2, { type: 'seek_bed' }, { type: 'allocate_amhp', amhpId: 'amhp-edt', approval: CURRENT_APPROVAL }], 'bed_sought'],
  ])('%s', (_case, commands, stage) => {
    expect(run(commands).state.stage).toBe(stage);
  });

  it('s13(4): a nearest relative’s request needs written reasons before closing without an application', () => {
    const initial = newAssessment({ receivedAt: at('2026-03-14T08:00:00Z'), nearestRelativeRequest: true });
    const decided = run([...TO_ASSESSMENT_UNDER_WAY, { type: 'record_no_further_action', reason: 'Criteria not met' }], initial).state;
    const refused = decide(decided, { type: 'close' }, context(10));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toMatch(/s13\(4\).*written reasons/);
    const { state } = run([{ type: 'send_written_reasons_to_nearest_relative', sentAt: at('2026-03-14T17:00:00Z') }, { type: 'close' }], decided);
    expect(state.stage).toBe('closed');
    expect(state.writtenReasonsToNearestRelativeAt).toEqual(at('2026-03-14T17:00:00Z'));
  });

  it('s13(4): an informal admission is a decision not to apply, so it needs written reasons too (found by the property test)', () => {
    const initial = newAssessment({ receivedAt: at('2026-03-14T08:00:00Z'), nearestRelativeRequest: true });
    const admitted = run(
      [...TO_ASSESSMENT_UNDER_WAY, { type: 'record_informal_admission' }, { type: 'seek_bed' }, { type: 'identify_bed', hospital: 'Riverside', outOfArea: false }, { type: 'admit', admittedAt: at('2026-03-14T17:00:00Z') }],
      initial,
    ).state;
    expect(decide(admitted, { type: 'close' }, context(10)).ok).toBe(false);
    expect(run([{ type: 'send_written_reasons_to_nearest_relative', sentAt: at('2026-03-14T17:00:00Z') }, { type: 'close' }], admitted).state.stage).toBe('closed');
  });
});

describe('refusals name the stage', () => {
  const received = newAssessment({ receivedAt: at('2026-03-14T08:00:00Z') });
  const underWay = run(TO_ASSESSMENT_UNDER_WAY).state;
  const closed = run([{ type: 'screen_referral', decision: 'no_further_action', reason: 'x' }, { type: 'close' }]).state;

  it.each<[string, typeof received, AssessmentCommand, RegExp]>([
    ['admit straight from referral', received, { type: 'admit', admittedAt: at('2026-03-14T09:00:00Z') }, /"Record admission" is not allowed while the assessment is at stage "Referral received"/],
    ['start before arranging', run(TO_ASSESSMENT_UNDER_WAY.slice(0, 2)).state, { type: 'start_assessment' }, /stage "AMHP allocated"/],
    ['any command after closed', closed, { type: 'withdraw', reason: 'late' }, /stage "Closed"/],
    ['allocate after screening out', run([{ type: 'screen_referral', decision: 'redirected', reason: 'x', redirectedTo: 'GP' }]).state, { type: 'allocate_amhp', amhpId: 'a', approval: CURRENT_APPROVAL }, /stage "Screened": the referral was not accepted/],
    ['seek a bed after no further action', run([...TO_ASSESSMENT_UNDER_WAY, { type: 'record_no_further_action', reason: 'x' }]).state, { type: 'seek_bed' }, /stage "Outcome recorded": a bed is sought only after an application/],
    ['close an application without admission', run(AFTER_S2).state, { type: 'close' }, /stage "Outcome recorded": an application goes on to a bed/],
    ['s114 allocate an AMHP whose approval has lapsed', run(TO_ASSESSMENT_UNDER_WAY.slice(0, 1)).state, { type: 'allocate_amhp', amhpId: 'amhp-2', approval: LAPSED_APPROVAL }, /At stage "Screened": .*approval is not current.*\(s114\)/],
    ['s11 application by an AMHP other than the one allocated', underWay, { type: 'make_application', application: lawfulApplication('s2', 'amhp-other') }, /At stage "Assessment under way": .*allocated AMHP/],
    ['no reason for screening', received, { type: 'screen_referral', decision: 'accepted', reason: '  ' }, /At stage "Referral received": Record the reason/],
    ['redirected without naming the service', received, { type: 'screen_referral', decision: 'redirected', reason: 'x' }, /Name the service/],
    ['withdraw without a reason', underWay, { type: 'withdraw', reason: '' }, /reason for withdrawing/],
    ['community alternative without saying what', underWay, { type: 'record_community_alternative', putInPlace: ' ' }, /what was put in place/],
    ['not completed "other" without details', underWay, { type: 'record_not_completed', reason: 'other' }, /Describe why/],
    ['arrange without a doctor', run(TO_ASSESSMENT_UNDER_WAY.slice(0, 2)).state, { type: 'arrange_assessment', scheduledAt: at('2026-03-14T12:00:00Z'), place: 'Home', doctorIds: [] }, /at least one doctor/],
    ['written reasons when no s13(4) request', run([...TO_ASSESSMENT_UNDER_WAY, { type: 'record_no_further_action', reason: 'x' }]).state, { type: 'send_written_reasons_to_nearest_relative', sentAt: at('2026-03-14T09:00:00Z') }, /not a nearest relative’s request/],
  ])('%s', (_case, state, command, reason) => {
    const decision = decide(state, command, context(100));
    expect(decision.ok).toBe(false);
    if (!decision.ok) expect(decision.reason).toMatch(reason);
  });
});

describe('an unlawful application is refused with the rule and section quoted', () => {
  const underWay = run(TO_ASSESSMENT_UNDER_WAY).state;

  it.each<[string, AssessmentCommand & { type: 'make_application' }, string]>([
    ['s12(2) no s12 doctor', { type: 'make_application', application: { ...lawfulApplication('s2'), recommendations: lawfulApplication('s2').recommendations.map((r) => ({ ...r, doctor: { ...r.doctor, s12Approved: false } })) } }, 's12(2)'],
    ['s11(4)(a) nearest relative objects to s3', { type: 'make_application', application: { ...lawfulApplication('s3'), nearestRelative: { status: 'identified', consultedAt: at('2026-03-14T09:00:00Z'), objects: true } } }, 's11(4)(a)'],
    ['s11(5) AMHP not seen the person within 14 days', { type: 'make_application', application: { ...lawfulApplication('s2'), amhp: { ...lawfulApplication('s2').amhp, lastSawPersonAt: at('2026-02-27T10:00:00Z') } } }, 's11(5)'],
    ['s4(5) AMHP not seen the person within 24 hours', { type: 'make_application', application: { ...lawfulApplication('s4'), amhp: { ...lawfulApplication('s4').amhp, lastSawPersonAt: at('2026-03-13T10:00:00Z') } } }, 's4(5)'],
  ])('%s', (_case, command, section) => {
    const decision = decide(underWay, command, context(1));
    expect(decision.ok).toBe(false);
    if (decision.ok) return;
    expect(decision.reason).toMatch(/^At stage "Assessment under way": The application is refused\./);
    expect(decision.reason).toContain(`${section}:`);
    expect(decision.violations?.map((v) => v.section)).toContain(section);
  });

  it('keeps the justified exceptions on the event for the record', () => {
    const application = { ...lawfulApplication('s3'), nearestRelative: { status: 'identified' as const, notReasonablyPracticableReason: 'NR abroad, unreachable' } };
    const decision = decide(underWay, { type: 'make_application', application }, context(1));
    expect(decision.ok && decision.events[0].type === 'application_made' && decision.events[0].data.exceptions.map((e) => e.section)).toEqual(['s11(4)(b)']);
  });

  it('refuses an application dated in the future', () => {
    const decision = decide(underWay, { type: 'make_application', application: lawfulApplication('s2') }, { at: at('2026-03-14T15:00:00Z'), by: 'u' });
    expect(!decision.ok && decision.reason).toMatch(/future/);
  });
});

describe('admission within the s6(1) window', () => {
  const bedFound = (section: 's2' | 's4') =>
    run([...TO_ASSESSMENT_UNDER_WAY, { type: 'make_application', application: lawfulApplication(section) }, { type: 'seek_bed' }, { type: 'identify_bed', hospital: 'Riverside', outOfArea: false }]).state;
  const admitAt = (state: ReturnType<typeof bedFound>, admitted: string) => decide(state, { type: 'admit', admittedAt: at(admitted) }, { at: at('2026-04-30T00:00:00Z'), by: 'u' });

  it.each([
    ['s6(1)(a) s2 admitted on day 14 after the last examination (27 March)', 's2', '2026-03-27T23:30:00Z', true],
    ['s6(1)(a) s2 admitted on day 15 is too late', 's2', '2026-03-28T00:00:00Z', false],
    ['s6(1)(b) s4 admitted 23 hours after the examination', 's4', '2026-03-15T09:00:00Z', true],
    ['s6(1)(b) s4 admitted 24 hours after the examination is too late', 's4', '2026-03-15T10:00:00Z', false],
    ['admission before the application was made', 's2', '2026-03-14T15:00:00Z', false],
  ] as const)('%s', (_case, section, admitted, allowed) => {
    const decision = admitAt(bedFound(section), admitted);
    expect(decision.ok).toBe(allowed);
    if (!decision.ok && admitted !== '2026-03-14T15:00:00Z') expect(decision.reason).toContain(section === 's4' ? 's6(1)(b):' : 's6(1)(a):');
  });

  it('refuses an admission recorded in the future', () => {
    const decision = decide(bedFound('s2'), { type: 'admit', admittedAt: at('2026-03-15T12:00:00Z') }, { at: at('2026-03-15T11:00:00Z'), by: 'u' });
    expect(!decision.ok && decision.reason).toMatch(/future/);
  });
});
