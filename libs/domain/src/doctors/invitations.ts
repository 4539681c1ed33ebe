import { Urgency } from '../referral/referral-source';
import { hasReason } from '../rules/rule-violation';
import { MINUTE_MS } from '../time';
import { DoctorSlot } from './doctor-candidate';

/**
 * An invitation to a doctor to examine the person for one slot of an assessment. It is sent,
 * then answered once: accepted, declined (with a reason from a short list), expired (no answer
 * by the deadline) or withdrawn by the AMHP. An accepted doctor may still be stood down
 * (withdrawn) if the assessment is cancelled or rearranged; nothing else leaves a final state.
 */
export const INVITATION_STATES = {
  sent: 'Sent, waiting for a reply',
  accepted: 'Accepted',
  declined: 'Declined',
  expired: 'No reply in time',
  withdrawn: 'Withdrawn',
} as const;
export type InvitationState = keyof typeof INVITATION_STATES;

export const DECLINE_REASONS = {
  not_available: 'Not available at that time',
  too_far: 'Too far to travel',
  already_committed: 'Committed to another assessment or clinic',
  conflict_of_interest: 'Conflict of interest',
  not_the_right_doctor: 'Not the right doctor for this person (specialism, language)',
  other: 'Other (say why)',
} as const;
export type DeclineReason = keyof typeof DECLINE_REASONS;
export const DECLINE_REASON_CODES = Object.keys(DECLINE_REASONS) as DeclineReason[];

/** Minutes a doctor has to answer, by the referral's urgency. */
export type InvitationResponseMinutes = Record<Urgency, number>;
export const DEFAULT_INVITATION_RESPONSE_MINUTES: InvitationResponseMinutes = { emergency: 10, urgent: 30, routine: 120 };

/** The deadline for an answer: elapsed minutes after sending (10 min is 10 real minutes across a clock change). */
export function invitationResponseDeadline(sentAt: Date, urgency: Urgency, minutes: Partial<InvitationResponseMinutes> = {}): Date {
  const m = { ...DEFAULT_INVITATION_RESPONSE_MINUTES, ...minutes }[urgency];
  if (!Number.isInteger(m) || m <= 0) throw new RangeError(`Response time for ${urgency} must be a whole number of minutes above 0: ${m}`);
  return new Date(sentAt.getTime() + m * MINUTE_MS);
}

export interface DoctorInvitation {
  doctorId: string;
  slot: DoctorSlot;
  sentAt: Date;
  respondBy: Date;
  state: InvitationState;
  /** When the doctor accepted. */
  acceptedAt: Date | null;
  /** When the invitation reached its current final state (declined, expired, withdrawn). */
  closedAt: Date | null;
  declineReason: DeclineReason | null;
  /** The doctor's words on declining, or the AMHP's reason for withdrawing. */
  note: string | null;
}

export function newInvitation(input: { doctorId: string; slot: DoctorSlot; sentAt: Date; urgency: Urgency; responseMinutes?: Partial<InvitationResponseMinutes> }): DoctorInvitation {
  return {
    doctorId: input.doctorId,
    slot: input.slot,
    sentAt: input.sentAt,
    respondBy: invitationResponseDeadline(input.sentAt, input.urgency, input.responseMinutes),
    state: 'sent',
    acceptedAt: null,
    closedAt: null,
    declineReason: null,
    note: null,
  };
}

export type InvitationEvent =
  | { type: 'accept'; at: Date }
  | { type: 'decline'; at: Date; reason: DeclineReason; note?: string | null }
  | { type: 'expire'; at: Date }
  | { type: 'withdraw'; at: Date; reason: string };

export type InvitationRefusal = 'already_final' | 'deadline_passed' | 'not_yet_due' | 'before_sent' | 'reason_required' | 'unknown_reason';

export type InvitationTransition = { ok: true; invitation: DoctorInvitation } | { ok: false; refusal: InvitationRefusal; message: string };

const refuse = (refusal: InvitationRefusal, message: string): InvitationTransition => ({ ok: false, refusal, message });

/**
 * Applies an answer, an expiry or a withdrawal. When an acceptance races the expiry, the first
 * one wins: an acceptance (or decline) at or after the deadline is refused as `deadline_passed`
 * (the caller then records the expiry), and once the expiry is recorded no answer is taken.
 * An expiry before the deadline is refused as `not_yet_due`; a recorded expiry is dated at the
 * deadline, however late the timer ran.
 */
export function transitionInvitation(invitation: DoctorInvitation, event: InvitationEvent): InvitationTransition {
  const t = event.at.getTime();
  if (t < invitation.sentAt.getTime()) return refuse('before_sent', 'at: before the invitation was sent');
  const due = t >= invitation.respondBy.getTime();
  const { state } = invitation;
  if (event.type === 'withdraw') {
    if (state !== 'sent' && state !== 'accepted') return refuse('already_final', `The invitation is already ${state}`);
    if (!hasReason(event.reason)) return refuse('reason_required', 'reason: say why the invitation is withdrawn');
    return { ok: true, invitation: { ...invitation, state: 'withdrawn', closedAt: event.at, note: event.reason.trim() } };
  }
  if (state !== 'sent') return refuse('already_final', `The invitation is already ${state}`);
  switch (event.type) {
    case 'accept':
      if (due) return refuse('deadline_passed', 'The time to reply ran out before the acceptance');
      return { ok: true, invitation: { ...invitation, state: 'accepted', acceptedAt: event.at } };
    case 'decline': {
      if (due) return refuse('deadline_passed', 'The time to reply ran out before the decline');
      if (!(event.reason in DECLINE_REASONS)) return refuse('unknown_reason', `reason: one of ${DECLINE_REASON_CODES.join(', ')}`);
      const note = hasReason(event.note) ? event.note.trim() : null;
      if (event.reason === 'other' && note === null) return refuse('reason_required', 'note: say why (reason "other")');
      return { ok: true, invitation: { ...invitation, state: 'declined', closedAt: event.at, declineReason: event.reason, note } };
    }
    case 'expire':
      if (!due) return refuse('not_yet_due', 'The time to reply has not run out');
      return { ok: true, invitation: { ...invitation, state: 'expired', closedAt: invitation.respondBy } };
  }
}

/** How long the doctor took to answer (accept or decline); null when they did not. For the doctors' response-time statistics. */
export function invitationResponseMs(invitation: DoctorInvitation): number | null {
  const answeredAt = invitation.acceptedAt ?? (invitation.state === 'declined' ? invitation.closedAt : null);
  return answeredAt ? answeredAt.getTime() - invitation.sentAt.getTime() : null;
}

/** Sent and not yet answered, with time left at `now`. */
export function isInvitationPending(invitation: DoctorInvitation, now: Date): boolean {
  return invitation.state === 'sent' && now.getTime() < invitation.respondBy.getTime();
}
