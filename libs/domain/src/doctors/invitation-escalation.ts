import { RankedDoctor, DoctorSlot } from './doctor-candidate';
import { DoctorInvitation, isInvitationPending } from './invitations';

export type NextInvitationStep =
  /** A doctor has accepted this slot. */
  | { kind: 'filled'; doctorId: string; overdue: DoctorInvitation[] }
  /** Invite these doctors now, best first. */
  | { kind: 'invite'; doctors: RankedDoctor[]; pending: DoctorInvitation[]; overdue: DoctorInvitation[] }
  /** Enough invitations are out: wait for an answer or for the first deadline. */
  | { kind: 'wait'; until: Date; pending: DoctorInvitation[]; overdue: DoctorInvitation[] }
  /** Everyone eligible has been asked and nobody is still to answer: the AMHP must look beyond the list. */
  | { kind: 'exhausted'; asked: number; ruledOut: number; overdue: DoctorInvitation[] };

export interface NextInvitationInput {
  slot: DoctorSlot;
  /** The ranking for the slot (`rankDoctorCandidates`). */
  ranking: readonly RankedDoctor[];
  /** Every invitation on this assessment, for any slot: a doctor asked once is not asked again. */
  invitations: readonly DoctorInvitation[];
  now: Date;
  /** How many invitations may be out at once for the slot (default 1: one doctor at a time). */
  maxOutstanding?: number;
}

/**
 * What to do next to fill a slot: invite the next eligible doctors in ranked order, skipping
 * those already invited (whatever they answered) and those ruled out; wait while enough
 * invitations are out; or say the list is exhausted. Invitations past their deadline but not
 * yet marked expired come back as `overdue`, for the caller to expire, and no longer count as out.
 */
export function nextInvitationStep(input: NextInvitationInput): NextInvitationStep {
  const maxOutstanding = input.maxOutstanding ?? 1;
  if (!Number.isInteger(maxOutstanding) || maxOutstanding < 1) throw new RangeError(`maxOutstanding must be a whole number of at least 1: ${maxOutstanding}`);
  const forSlot = input.invitations.filter((i) => i.slot === input.slot);
  const overdue = forSlot.filter((i) => i.state === 'sent' && !isInvitationPending(i, input.now));
  const accepted = forSlot.find((i) => i.state === 'accepted');
  if (accepted) return { kind: 'filled', doctorId: accepted.doctorId, overdue };
  const pending = forSlot.filter((i) => isInvitationPending(i, input.now)).sort((a, b) => a.respondBy.getTime() - b.respondBy.getTime());
  const asked = new Set(input.invitations.map((i) => i.doctorId));
  const fresh = input.ranking.filter((d) => d.eligible && !asked.has(d.doctorId));
  const room = maxOutstanding - pending.length;
  if (room > 0 && fresh.length > 0) return { kind: 'invite', doctors: fresh.slice(0, room), pending, overdue };
  if (pending.length > 0) return { kind: 'wait', until: pending[0].respondBy, pending, overdue };
  return {
    kind: 'exhausted',
    asked: input.ranking.filter((d) => asked.has(d.doctorId)).length,
    ruledOut: input.ranking.filter((d) => !d.eligible).length,
    overdue,
  };
}
