import { AssessmentEvent, legalClocks, newAssessment, replay } from '@amhp/domain';
import { clockFactsOf, extensionOf, ReferralClockSource } from './clock-facts';

const at = (iso: string) => new Date(iso);
const received = at('2026-03-28T22:00:00Z');
const s136: ReferralClockSource = { legalSituation: 's136', clockStartedAt: at('2026-03-28T21:30:00Z') };
const ev = <T extends AssessmentEvent['type']>(type: T, iso: string, data: Extract<AssessmentEvent, { type: T }>['data']) =>
  ({ type, at: at(iso), by: 'user-1', data }) as AssessmentEvent;

function clocksAfter(events: AssessmentEvent[], referral = s136) {
  const state = replay(newAssessment({ receivedAt: received }), events);
  return legalClocks(clockFactsOf(referral, state, events));
}

describe('clock facts from the referral and the assessment', () => {
  it('s136(2A): the power on referral starts its 24 h clock, 24 real hours across the March clock change', () => {
    const [clock] = clocksAfter([]);
    expect(clock).toMatchObject({ kind: 's136', status: 'running', expiresAt: at('2026-03-29T21:30:00Z') });
  });

  it('a referral with no holding power starts no clock', () => {
    expect(clocksAfter([], { legalSituation: 'none', clockStartedAt: null })).toEqual([]);
  });

  it('withdrawal stops the s136 clock, with the reason', () => {
    const [clock] = clocksAfter([ev('assessment_withdrawn', '2026-03-29T02:00:00Z', { reason: 'Released by police' })]);
    expect(clock).toMatchObject({ status: 'ended', endedAt: at('2026-03-29T02:00:00Z'), endedReason: 'Assessment withdrawn: Released by police' });
  });

  it('no further action: the holding power is no longer needed', () => {
    const events = [
      ev('referral_screened', '2026-03-28T22:10:00Z', { decision: 'accepted', reason: 'r', redirectedTo: null }),
      ev('amhp_allocated', '2026-03-28T22:20:00Z', { amhpId: 'amhp-1' }),
      ev('assessment_arranged', '2026-03-28T22:30:00Z', { scheduledAt: at('2026-03-29T01:00:00Z'), place: 'Suite', doctorIds: ['d'] }),
      ev('assessment_started', '2026-03-29T01:00:00Z', {}),
      ev('no_further_action_decided', '2026-03-29T03:00:00Z', { reason: 'Settled' }),
    ];
    const [clock] = clocksAfter(events);
    expect(clock).toMatchObject({ kind: 's136', status: 'ended', endedAt: at('2026-03-29T03:00:00Z') });
  });

  it('s136B: the extension recorded on the timeline (stored as ISO strings) moves the s136 expiry by its hours', () => {
    const stored = {
      type: 'detention_extended',
      data: { authorisedAt: '2026-03-29T20:00:00.000Z', hours: 6, reason: 'intoxication', doctorId: 'doctor-1', doctorName: null, notes: null, atPoliceStation: false, superintendentApprovedAt: null },
    };
    const extension = extensionOf([{ type: 'amhp_saw_person', data: {} }, stored]);
    expect(extension).toMatchObject({ authorisedAt: at('2026-03-29T20:00:00Z'), authorisedByDoctorId: 'doctor-1', hours: 6 });
    const state = replay(newAssessment({ receivedAt: received }), []);
    const [clock] = legalClocks(clockFactsOf(s136, state, [], extension));
    expect(clock).toMatchObject({ kind: 's136', status: 'extended', expiresAt: at('2026-03-30T03:30:00Z') });
    expect(extensionOf([])).toBeNull();
  });
});
