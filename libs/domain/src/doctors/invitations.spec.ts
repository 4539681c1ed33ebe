import fc from 'fast-check';
import { RankedDoctor } from './doctor-candidate';
import { nextInvitationStep } from './invitation-escalation';
import { DoctorInvitation, InvitationEvent, invitationResponseDeadline, invitationResponseMs, newInvitation, transitionInvitation } from './invitations';

const at = (iso: string) => new Date(iso);
const SENT = at('2026-03-29T00:55:00Z'); // 00:55 GMT, five minutes before the clocks go forward
const invite = (doctorId = 'a', urgency: 'emergency' | 'urgent' | 'routine' = 'emergency', sentAt = SENT) => newInvitation({ doctorId, slot: 's12', sentAt, urgency });
const plus = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);
const apply = (inv: DoctorInvitation, e: InvitationEvent) => {
  const r = transitionInvitation(inv, e);
  if (!r.ok) throw new Error(r.message);
  return r.invitation;
};

describe('response deadlines by urgency (elapsed minutes)', () => {
  it.each([
    ['emergency', '2026-03-29T01:05:00.000Z'],
    ['urgent', '2026-03-29T01:25:00.000Z'],
    ['routine', '2026-03-29T02:55:00.000Z'],
  ] as const)('%s: across the spring change the deadline is real minutes later', (urgency, deadline) => {
    expect(invitationResponseDeadline(SENT, urgency).toISOString()).toBe(deadline);
  });

  it('is configurable per service', () => {
    expect(invitationResponseDeadline(SENT, 'emergency', { emergency: 15 }).toISOString()).toBe('2026-03-29T01:10:00.000Z');
    expect(() => invitationResponseDeadline(SENT, 'urgent', { urgent: 0 })).toThrow(RangeError);
  });
});

describe('invitation transitions', () => {
  it.each<[string, InvitationEvent, string]>([
    ['accepted before the deadline', { type: 'accept', at: plus(SENT, 9) }, 'accepted'],
    ['declined with a reason', { type: 'decline', at: plus(SENT, 2), reason: 'too_far' }, 'declined'],
    ['declined "other" with a note', { type: 'decline', at: plus(SENT, 2), reason: 'other', note: 'On leave' }, 'declined'],
    ['expired at the deadline', { type: 'expire', at: plus(SENT, 10) }, 'expired'],
    ['expired when the timer runs late', { type: 'expire', at: plus(SENT, 25) }, 'expired'],
    ['withdrawn with a reason', { type: 'withdraw', at: plus(SENT, 3), reason: 'Another doctor accepted' }, 'withdrawn'],
  ])('sent → %s', (_label, event, state) => {
    expect(apply(invite(), event).state).toBe(state);
  });

  it.each<[string, InvitationEvent, string]>([
    ['an acceptance at the deadline: the expiry came first', { type: 'accept', at: plus(SENT, 10) }, 'deadline_passed'],
    ['a decline after the deadline', { type: 'decline', at: plus(SENT, 11), reason: 'too_far' }, 'deadline_passed'],
    ['an expiry before the deadline', { type: 'expire', at: plus(SENT, 9) }, 'not_yet_due'],
    ['a decline with a reason not on the list', { type: 'decline', at: plus(SENT, 1), reason: 'busy' as never }, 'unknown_reason'],
    ['a decline "other" with no note', { type: 'decline', at: plus(SENT, 1), reason: 'other', note: '  ' }, 'reason_required'],
    ['a withdrawal with no reason', { type: 'withdraw', at: plus(SENT, 1), reason: '' }, 'reason_required'],
    ['an answer dated before sending', { type: 'accept', at: plus(SENT, -1) }, 'before_sent'],
  ])('refuses %s', (_label, event, refusal) => {
    expect(transitionInvitation(invite(), event)).toEqual(expect.objectContaining({ ok: false, refusal }));
  });

  it('the first one wins: once accepted the expiry is refused; once expired the acceptance is refused', () => {
    const accepted = apply(invite(), { type: 'accept', at: plus(SENT, 9) });
    expect(transitionInvitation(accepted, { type: 'expire', at: plus(SENT, 10) })).toEqual(expect.objectContaining({ ok: false, refusal: 'already_final' }));
    const expired = apply(invite(), { type: 'expire', at: plus(SENT, 12) });
    expect(expired.closedAt).toEqual(plus(SENT, 10));
    expect(transitionInvitation(expired, { type: 'accept', at: plus(SENT, 9) })).toEqual(expect.objectContaining({ ok: false, refusal: 'already_final' }));
  });

  it('an accepted doctor may be stood down; a declined one cannot be withdrawn', () => {
    const accepted = apply(invite(), { type: 'accept', at: plus(SENT, 1) });
    expect(apply(accepted, { type: 'withdraw', at: plus(SENT, 30), reason: 'Assessment cancelled' })).toEqual(expect.objectContaining({ state: 'withdrawn', note: 'Assessment cancelled' }));
    const declined = apply(invite(), { type: 'decline', at: plus(SENT, 1), reason: 'not_available' });
    expect(transitionInvitation(declined, { type: 'withdraw', at: plus(SENT, 2), reason: 'x' })).toEqual(expect.objectContaining({ ok: false }));
  });

  it('measures the time to answer', () => {
    expect(invitationResponseMs(apply(invite(), { type: 'accept', at: plus(SENT, 4) }))).toBe(4 * 60_000);
    expect(invitationResponseMs(apply(invite(), { type: 'decline', at: plus(SENT, 2), reason: 'too_far' }))).toBe(2 * 60_000);
    expect(invitationResponseMs(apply(invite(), { type: 'expire', at: plus(SENT, 10) }))).toBeNull();
  });

  it('property: from a final state only an accepted invitation may move, and only to withdrawn', () => {
    const event = fc.oneof(
      fc.record({ type: fc.constant('accept' as const), at: fc.integer({ min: -2, max: 20 }).map((m) => plus(SENT, m)) }),
      fc.record({ type: fc.constant('decline' as const), at: fc.integer({ min: -2, max: 20 }).map((m) => plus(SENT, m)), reason: fc.constantFrom('too_far' as const, 'other' as const), note: fc.constantFrom(null, 'why') }),
      fc.record({ type: fc.constant('expire' as const), at: fc.integer({ min: -2, max: 20 }).map((m) => plus(SENT, m)) }),
      fc.record({ type: fc.constant('withdraw' as const), at: fc.integer({ min: -2, max: 20 }).map((m) => plus(SENT, m)), reason: fc.constantFrom('', 'cancelled') }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 8 }), (events) => {
        let inv = invite();
        for (const e of events) {
          const before = inv.state;
          const r = transitionInvitation(inv, e);
          if (!r.ok) continue;
          inv = r.invitation;
          if (before !== 'sent') expect([before, inv.state]).toEqual(['accepted', 'withdrawn']);
          if (inv.state === 'accepted') expect(inv.acceptedAt!.getTime()).toBeLessThan(inv.respondBy.getTime());
        }
      }),
    );
  });
});

describe('choosing whom to invite next', () => {
  const ranked = (doctorId: string, eligible = true): RankedDoctor => ({ doctorId, eligible }) as RankedDoctor;
  const ranking = [ranked('a'), ranked('b'), ranked('c'), ranked('x', false)];
  const now = plus(SENT, 5);

  it('invites the best not yet asked', () => {
    const step = nextInvitationStep({ slot: 's12', ranking, invitations: [], now });
    expect(step.kind === 'invite' && step.doctors.map((d) => d.doctorId)).toEqual(['a']);
  });

  it('waits while an invitation is out, until its deadline', () => {
    const step = nextInvitationStep({ slot: 's12', ranking, invitations: [invite('a')], now });
    expect(step).toEqual(expect.objectContaining({ kind: 'wait', until: plus(SENT, 10) }));
  });

  it('skips those who declined or let it expire, and reports overdue invitations to expire', () => {
    const declined = apply(invite('a'), { type: 'decline', at: plus(SENT, 1), reason: 'too_far' });
    const step = nextInvitationStep({ slot: 's12', ranking, invitations: [declined, invite('b', 'emergency', plus(SENT, -20))], now });
    expect(step.kind).toBe('invite');
    if (step.kind !== 'invite') return;
    expect(step.doctors.map((d) => d.doctorId)).toEqual(['c']);
    expect(step.overdue.map((i) => i.doctorId)).toEqual(['b']);
  });

  it('can keep several invitations out at once', () => {
    const step = nextInvitationStep({ slot: 's12', ranking, invitations: [invite('a')], now, maxOutstanding: 3 });
    expect(step.kind === 'invite' && step.doctors.map((d) => d.doctorId)).toEqual(['b', 'c']);
  });

  it('skips a doctor asked for the other slot, and is filled once someone accepts this one', () => {
    const other = { ...invite('a'), slot: 'second' as const };
    const step = nextInvitationStep({ slot: 's12', ranking, invitations: [other], now });
    expect(step.kind === 'invite' && step.doctors[0].doctorId).toBe('b');
    const accepted = apply(invite('b'), { type: 'accept', at: plus(SENT, 2) });
    expect(nextInvitationStep({ slot: 's12', ranking, invitations: [other, accepted], now })).toEqual(expect.objectContaining({ kind: 'filled', doctorId: 'b' }));
  });

  it('is exhausted when every eligible doctor has been asked and nobody is left to answer', () => {
    const invitations = ['a', 'b', 'c'].map((id) => apply(invite(id), { type: 'decline', at: plus(SENT, 1), reason: 'not_available' }));
    expect(nextInvitationStep({ slot: 's12', ranking, invitations, now })).toEqual({ kind: 'exhausted', asked: 3, ruledOut: 1, overdue: [] });
    expect(nextInvitationStep({ slot: 's12', ranking: [], invitations: [], now }).kind).toBe('exhausted');
  });
});
