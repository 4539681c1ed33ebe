import { hasReason } from '../rules/rule-violation';
import { IntendedLegalBasis, WardType } from './bed-vocabulary';

/**
 * A request for a bed, from the moment one is needed to admission. The wait starts when the bed
 * is needed (the decision to apply, or earlier when the AMHP says admission is likely), not
 * when one is found (London Mental Health Compact, 2019); finding it is for the recommending
 * doctors and the provider's bed manager unless local arrangements say otherwise (Code of
 * Practice 14.77, 14.89).
 *
 *   requested → searching → offered → accepted → admitted
 *                   ↑           │          │
 *                   └─ declined / retracted┘          any open state → withdrawn (with a reason)
 *
 * A declined offer (the AMHP turns it down) or a retracted one (the provider gives the bed to
 * someone else, or it closes, even after acceptance) sends the request back to searching: the
 * need has not gone away, and the wait keeps running from when the bed was needed. Admitted
 * and withdrawn are final. The s6(1) limit on admission is checked by the assessment's
 * lifecycle (and `conveyanceLimit`), which knows the examination and application times.
 */
export const BED_REQUEST_STATES = {
  requested: 'Bed requested',
  searching: 'Searching for a bed',
  offered: 'Bed offered',
  accepted: 'Offer accepted by the AMHP',
  admitted: 'Admitted',
  withdrawn: 'Withdrawn',
} as const;
export type BedRequestState = keyof typeof BED_REQUEST_STATES;
export const BED_REQUEST_FINAL_STATES: readonly BedRequestState[] = ['admitted', 'withdrawn'];

export interface BedOffer {
  hospital: string;
  ward: string;
  wardType: WardType | null;
  /** Outside the council's usual providers: an out-of-area placement, tracked nationally. */
  outOfAreaPlacement: boolean;
  /** Distance from the person's home, required for an out-of-area offer. */
  distanceMiles: number | null;
  offeredAt: Date;
  outcome: 'open' | 'accepted' | 'declined' | 'retracted';
  acceptedAt: Date | null;
  acceptedBy: string | null;
  closedAt: Date | null;
  closedReason: string | null;
}

export interface BedRequest {
  state: BedRequestState;
  /** When a bed became needed: the wait is counted from here. */
  neededAt: Date;
  /** When the request was recorded (on or after `neededAt`). */
  requestedAt: Date;
  legalBasis: IntendedLegalBasis;
  wardType: WardType | null;
  searchStartedAt: Date | null;
  /** Every offer, oldest first; the last is the current one while offered or accepted. */
  offers: BedOffer[];
  admittedAt: Date | null;
  withdrawal: { reason: string; at: Date } | null;
  /** The time of the latest change; commands dated earlier are refused. */
  lastChangedAt: Date;
}

export interface NewBedRequest {
  neededAt: Date;
  requestedAt: Date;
  legalBasis: IntendedLegalBasis;
  wardType?: WardType | null;
}

/** Opens a request; refuses a need dated after the request (the need comes first, or at the same time). */
export function openBedRequest(input: NewBedRequest): BedRequest {
  if (input.neededAt.getTime() > input.requestedAt.getTime()) throw new RangeError('neededAt: a bed is needed on or before the request is made');
  return {
    state: 'requested',
    neededAt: input.neededAt,
    requestedAt: input.requestedAt,
    legalBasis: input.legalBasis,
    wardType: input.wardType ?? null,
    searchStartedAt: null,
    offers: [],
    admittedAt: null,
    withdrawal: null,
    lastChangedAt: input.requestedAt,
  };
}

export type BedRequestCommand =
  | { type: 'start_search'; at: Date }
  | { type: 'offer'; at: Date; hospital: string; ward: string; wardType?: WardType | null; outOfArea: boolean; distanceMiles?: number | null }
  | { type: 'accept_offer'; at: Date; by: string }
  | { type: 'decline_offer'; at: Date; reason: string }
  | { type: 'retract_offer'; at: Date; reason: string }
  | { type: 'admit'; at: Date }
  | { type: 'withdraw'; at: Date; reason: string };
export type BedRequestCommandType = BedRequestCommand['type'];

/** From which states each command may be given. */
export const BED_REQUEST_COMMAND_STATES: Record<BedRequestCommandType, readonly BedRequestState[]> = {
  start_search: ['requested'],
  offer: ['requested', 'searching'],
  accept_offer: ['offered'],
  decline_offer: ['offered'],
  retract_offer: ['offered', 'accepted'],
  admit: ['accepted'],
  withdraw: ['requested', 'searching', 'offered', 'accepted'],
};

export type BedRequestRefusal = 'not_allowed_now' | 'out_of_order' | 'field_required' | 'invalid_distance';
export type BedRequestDecision = { ok: true; request: BedRequest } | { ok: false; refusal: BedRequestRefusal; message: string };

const refuse = (refusal: BedRequestRefusal, message: string): BedRequestDecision => ({ ok: false, refusal, message });

/** The commands the request accepts now. */
export function allowedBedRequestCommands(request: BedRequest): BedRequestCommandType[] {
  return (Object.keys(BED_REQUEST_COMMAND_STATES) as BedRequestCommandType[]).filter((t) => BED_REQUEST_COMMAND_STATES[t].includes(request.state));
}

function closeCurrentOffer(request: BedRequest, patch: Partial<BedOffer>): BedOffer[] {
  return request.offers.map((o, i) => (i === request.offers.length - 1 ? { ...o, ...patch } : o));
}

/** Applies a command, or refuses it saying why (naming the field where a field is at fault). */
export function decideBedRequest(request: BedRequest, command: BedRequestCommand): BedRequestDecision {
  if (!BED_REQUEST_COMMAND_STATES[command.type].includes(request.state)) {
    return refuse('not_allowed_now', `Cannot ${command.type.replace(/_/g, ' ')} when the bed request is ${request.state}`);
  }
  if (command.at.getTime() < request.lastChangedAt.getTime()) return refuse('out_of_order', 'at: earlier than the last change to the bed request');
  const next = { ...request, lastChangedAt: command.at };
  switch (command.type) {
    case 'start_search':
      return { ok: true, request: { ...next, state: 'searching', searchStartedAt: command.at } };
    case 'offer': {
      if (!hasReason(command.hospital)) return refuse('field_required', 'hospital: name the hospital');
      if (!hasReason(command.ward)) return refuse('field_required', 'ward: name the ward');
      const d = command.distanceMiles ?? null;
      if (d !== null && !(Number.isFinite(d) && d >= 0)) return refuse('invalid_distance', 'distanceMiles: 0 or more');
      if (command.outOfArea && d === null) return refuse('field_required', 'distanceMiles: an out-of-area offer gives the distance');
      const offer: BedOffer = {
        hospital: command.hospital.trim(),
        ward: command.ward.trim(),
        wardType: command.wardType ?? null,
        outOfAreaPlacement: command.outOfArea,
        distanceMiles: d,
        offeredAt: command.at,
        outcome: 'open',
        acceptedAt: null,
        acceptedBy: null,
        closedAt: null,
        closedReason: null,
      };
      return { ok: true, request: { ...next, state: 'offered', searchStartedAt: request.searchStartedAt ?? command.at, offers: [...request.offers, offer] } };
    }
    case 'accept_offer':
      if (!hasReason(command.by)) return refuse('field_required', 'by: the AMHP accepting the offer');
      return { ok: true, request: { ...next, state: 'accepted', offers: closeCurrentOffer(request, { outcome: 'accepted', acceptedAt: command.at, acceptedBy: command.by }) } };
    case 'decline_offer':
    case 'retract_offer':
      if (!hasReason(command.reason)) return refuse('field_required', 'reason: say why');
      return {
        ok: true,
        request: {
          ...next,
          state: 'searching',
          offers: closeCurrentOffer(request, { outcome: command.type === 'decline_offer' ? 'declined' : 'retracted', closedAt: command.at, closedReason: command.reason.trim() }),
        },
      };
    case 'admit':
      return { ok: true, request: { ...next, state: 'admitted', admittedAt: command.at } };
    case 'withdraw':
      if (!hasReason(command.reason)) return refuse('field_required', 'reason: say why the bed is no longer needed');
      return {
        ok: true,
        request: {
          ...next,
          state: 'withdrawn',
          withdrawal: { reason: command.reason.trim(), at: command.at },
          offers: request.state === 'offered' || request.state === 'accepted' ? closeCurrentOffer(request, { outcome: 'retracted', closedAt: command.at, closedReason: 'Request withdrawn' }) : request.offers,
        },
      };
  }
}

/** The offer on the table or accepted; null while searching or once final and not admitted. */
export function currentBedOffer(request: BedRequest): BedOffer | null {
  const last = request.offers[request.offers.length - 1];
  return last && (last.outcome === 'open' || last.outcome === 'accepted') ? last : null;
}

export interface BedRequestWaits {
  /** From the bed being needed to admission (or to `now` while still waiting, or to withdrawal). */
  waitMs: number;
  /** From the bed being needed to the AMHP accepting the bed eventually used ("bed identified"); null until then. */
  toBedIdentifiedMs: number | null;
  toAdmissionMs: number | null;
  offersDeclined: number;
  offersRetracted: number;
  /** Admitted (or accepted) out of area: an out-of-area placement. */
  outOfAreaPlacement: boolean;
}

/** The waits service leads measure, counted from when the bed was needed. */
export function bedRequestWaits(request: BedRequest, now: Date): BedRequestWaits {
  const accepted = request.offers.find((o) => o.outcome === 'accepted') ?? null;
  const end = request.admittedAt ?? request.withdrawal?.at ?? now;
  const since = (d: Date | null) => (d ? d.getTime() - request.neededAt.getTime() : null);
  return {
    waitMs: end.getTime() - request.neededAt.getTime(),
    toBedIdentifiedMs: since(accepted?.acceptedAt ?? null),
    toAdmissionMs: since(request.admittedAt),
    offersDeclined: request.offers.filter((o) => o.outcome === 'declined').length,
    offersRetracted: request.offers.filter((o) => o.outcome === 'retracted').length,
    outOfAreaPlacement: accepted?.outOfAreaPlacement ?? false,
  };
}
