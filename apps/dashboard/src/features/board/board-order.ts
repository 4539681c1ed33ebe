import { ReferralView } from '@amhp/contracts';
import { AssessmentStage, BoardOrderable, compareForBoard as compareByBoardRule } from '@amhp/domain';

/**
 * The board's order, the same rule as GET /api/referrals: libs/domain's `compareForBoard`
 * (the most urgent legal deadline first, overdue ones on top, rows with no running clock after;
 * then urgency; then the longest waiting). The domain has no final tie-break, so the reference
 * breaks exact ties here to keep the order stable between renders.
 */
export function compareForBoard(a: ReferralView, b: ReferralView): number {
  const byRule = compareByBoardRule(toBoardOrderable(a), toBoardOrderable(b));
  if (byRule !== 0) return byRule;
  return a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
}

/** A referral as the domain's board rule sees it. */
export function toBoardOrderable(r: ReferralView): BoardOrderable {
  const deadline = boardDeadline(r);
  return { deadlineExpiresAt: deadline === null ? null : new Date(deadline), urgency: r.urgency, receivedAt: new Date(r.receivedAt) };
}

/**
 * The instant (ms) a row is ordered by, or null when no clock runs. Once the referral has an
 * assessment (issue 3), its most urgent running clock decides: the referral's own holding-power
 * deadline may have been ended by a later fact (an s2 admission ends an s136), and later clocks
 * (s6(1), s4, s2) count too.
 */
export function boardDeadline(r: ReferralView): number | null {
  if (r.mostUrgentClock !== undefined) {
    const clock = r.mostUrgentClock;
    return clock && clock.status !== 'ended' ? Date.parse(clock.expiresAt) : null;
  }
  return r.deadline ? Date.parse(r.deadline.expiresAt) : null;
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
