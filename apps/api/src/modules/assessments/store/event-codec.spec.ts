import { AssessmentCommand, AssessmentEvent, decide, newAssessment, replay } from '@amhp/domain';
import { AssessmentEventEntity } from '../assessment-event.entity';
import { encodeData, isLifecycleEvent, lifecycleEvents, reviveDates } from './event-codec';

const at = (iso: string) => new Date(iso);
const approval = { approvedOn: '2024-01-01', expiresOn: '2028-12-31' };

/** A case taken to an admission under s2 by the domain itself, 14 March 2026. */
function admittedCase(): AssessmentEvent[] {
  const commands: AssessmentCommand[] = [
    { type: 'screen_referral', decision: 'accepted', reason: 'Risk to self' },
    { type: 'allocate_amhp', amhpId: 'amhp-1', approval },
    { type: 'arrange_assessment', scheduledAt: at('2026-03-14T12:00:00Z'), place: 'Home', doctorIds: ['dr-1', 'dr-2'] },
    { type: 'start_assessment' },
    {
      type: 'make_application',
      application: {
        section: 's2',
        madeAt: at('2026-03-14T16:00:00Z'),
        amhp: { id: 'amhp-1', approval, lastSawPersonAt: at('2026-03-14T09:00:00Z') },
        recommendations: [
          { doctor: { id: 'dr-1', s12Approved: true, previousAcquaintance: false }, examinedAt: at('2026-03-10T10:00:00Z'), signedAt: at('2026-03-10T11:00:00Z') },
          { doctor: { id: 'dr-2', s12Approved: false, previousAcquaintance: true }, examinedAt: at('2026-03-14T10:00:00Z'), signedAt: at('2026-03-14T11:00:00Z') },
        ],
        nearestRelative: { status: 'identified', informedAt: at('2026-03-14T09:30:00Z') },
      },
    },
    { type: 'seek_bed' },
    { type: 'identify_bed', hospital: 'Example Hospital', outOfArea: false },
    { type: 'admit', admittedAt: at('2026-03-14T18:00:00Z') },
  ];
  let state = newAssessment({ receivedAt: at('2026-03-14T08:00:00Z') });
  const events: AssessmentEvent[] = [];
  commands.forEach((command, i) => {
    const decision = decide(state, command, { at: new Date(at('2026-03-14T17:00:00Z').getTime() + i * 60_000 + (command.type === 'admit' ? 3600_000 : 0)), by: 'user-1' });
    if (!decision.ok) throw new Error(`${command.type}: ${decision.reason}`);
    events.push(...decision.events);
    state = decision.state;
  });
  return events;
}

const stored = (events: AssessmentEvent[]): AssessmentEventEntity[] =>
  events.map((e, i) => Object.assign(new AssessmentEventEntity(), { id: `e${i}`, assessmentId: 'a', sequence: i + 2, type: e.type, at: e.at, by: e.by, data: encodeData(e.data) }));

describe('event codec: the timeline survives jsonb', () => {
  it('replaying the stored events rebuilds exactly the state the domain decided (instants revived as Dates)', () => {
    const events = admittedCase();
    const initial = newAssessment({ receivedAt: at('2026-03-14T08:00:00Z') });
    const rows = [Object.assign(new AssessmentEventEntity(), { id: 'e-open', sequence: 1, type: 'assessment_opened', at: initial.receivedAt, by: 'system', data: {} }), ...stored(events)];
    const fromStore = replay(initial, lifecycleEvents(rows));
    expect(fromStore).toEqual(replay(initial, events));
    expect(fromStore.stage).toBe('admitted');
    expect(fromStore.outcome?.kind === 'application' && fromStore.outcome.application.recommendations[0].examinedAt).toEqual(at('2026-03-10T10:00:00Z'));
  });

  it('keeps calendar dates and free text as strings; only exact ISO instants become Dates', () => {
    const revived = reviveDates(encodeData({ approvedOn: '2024-01-01', note: 'seen 2026-03-14T09:00', when: at('2026-03-14T09:00:00Z'), list: [at('2026-10-25T01:30:00Z')] }));
    expect(revived).toEqual({ approvedOn: '2024-01-01', note: 'seen 2026-03-14T09:00', when: at('2026-03-14T09:00:00Z'), list: [at('2026-10-25T01:30:00Z')] });
  });

  it('tells lifecycle events from record events', () => {
    expect(isLifecycleEvent('application_made')).toBe(true);
    expect(isLifecycleEvent('examination_recorded')).toBe(false);
    expect(isLifecycleEvent('assessment_opened')).toBe(false);
  });
});
