import { ReferralView } from '@amhp/contracts';
import { AssessmentStage, URGENCY_RANK } from '@amhp/domain';

/**
 * The board's order, the same rule as GET /api/referrals: the most urgent legal deadline
 * first (s136/s135(1) 24 h, s5(2) 72 h, s5(4) 6 h: the earliest expiry, overdue ones on top),
 * referrals with no legal clock after all that have one; then urgency (emergency, urgent,
 * routine); then the longest waiting. The reference breaks exact ties so the order is stable.
 *
 * Written here because libs/domain had no `compareForBoard` when the dashboard was built;
 * switch to the domain's once it exists so there is only one copy of the rule.
 */
export function compareForBoard(a: ReferralView, b: ReferralView): number {
  const da = boardDeadline(a);
  const db = boardDeadline(b);
  if (da !== db) return da < db ? -1 : 1;
  const ua = URGENCY_RANK[a.urgency];
  const ub = URGENCY_RANK[b.urgency];
  if (ua !== ub) return ua - ub;
  const ra = Date.parse(a.receivedAt);
  const rb = Date.parse(b.receivedAt);
  if (ra !== rb) return ra - rb;
  return a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
}

/**
 * The instant a row is ordered by. Once the referral has an assessment (issue 3), its most
 * urgent running clock decides: the referral's own holding-power deadline may have been ended
 * by a later fact (an s2 admission ends an s136), and later clocks (s6(1), s4, s2) count too.
 */
export function boardDeadline(r: ReferralView): number {
  if (r.mostUrgentClock !== undefined) {
    const clock = r.mostUrgentClock;
    return clock && clock.status !== 'ended' ? Date.parse(clock.expiresAt) : Number.POSITIVE_INFINITY;
  }
  return r.deadline ? Date.parse(r.deadline.expiresAt) : Number.POSITIVE_INFINITY;
}

export type BoardEvent =
  | { type: 'upserted'; referral: ReferralView }
  | { type: 'closed'; id: string }
  /** 'assessment.updated': the stage moves at once; the row's clock follows when the referral is fetched. */
  | { type: 'stage'; referralId: string; assessmentId: string; stage: AssessmentStage };

export function sortForBoard(referrals: readonly ReferralView[]): ReferralView[] {
  return [...referrals].filter((r) => r.status === 'open').sort(compareForBoard);
}

/**
 * Applies one live event to the board. A referral that is no longer open leaves it; an event
 * older than what the board holds (lower `version`, e.g. replayed after a fresh snapshot) is ignored.
 */
export function applyBoardEvent(board: ReferralView[], event: BoardEvent): ReferralView[] {
  if (event.type === 'closed') return board.filter((r) => r.id !== event.id);
  if (event.type === 'stage') {
    const row = board.find((r) => r.id === event.referralId);
    if (!row || row.stage === event.stage) return board;
    return board.map((r) => (r === row ? { ...r, assessmentId: event.assessmentId, stage: event.stage } : r));
  }
  const incoming = event.referral;
  const existing = board.find((r) => r.id === incoming.id);
  if (existing && existing.version > incoming.version) return board;
  const others = board.filter((r) => r.id !== incoming.id);
  if (incoming.status !== 'open') return others;
  return insertSorted(others, incoming);
}

function insertSorted(sorted: ReferralView[], item: ReferralView): ReferralView[] {
  const at = sorted.findIndex((r) => compareForBoard(item, r) < 0);
  return at === -1 ? [...sorted, item] : [...sorted.slice(0, at), item, ...sorted.slice(at)];
}
