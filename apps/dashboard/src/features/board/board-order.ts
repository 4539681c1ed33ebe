import { BOARD_ROW_DETAILS, BoardRow } from '@amhp/contracts';
import { BoardOrderable, compareForBoard as compareByBoardRule } from '@amhp/domain';

/**
 * The board's order, the same rule as GET /api/referrals: libs/domain's `compareForBoard`
 * (the most urgent legal deadline first, overdue ones on top, rows with no running clock after;
 * then urgency; then the longest waiting). The domain has no final tie-break, so the reference
 * breaks exact ties here to keep the order stable between renders.
 */
export function compareForBoard(a: BoardRow, b: BoardRow): number {
  const byRule = compareByBoardRule(toBoardOrderable(a), toBoardOrderable(b));
  if (byRule !== 0) return byRule;
  return a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
}

/** A row as the domain's board rule sees it. */
export function toBoardOrderable(r: BoardRow): BoardOrderable {
  const deadline = boardDeadline(r);
  return { deadlineExpiresAt: deadline === null ? null : new Date(deadline), urgency: r.urgency, receivedAt: new Date(r.receivedAt) };
}

/**
 * The instant (ms) a row is ordered by, or null when no clock runs. Once the referral has an
 * assessment (issue 3), its most urgent running clock decides: the referral's own holding-power
 * deadline may have been ended by a later fact (an s2 admission ends an s136), and later clocks
 * (s6(1), s4, s2) count too.
 */
export function boardDeadline(r: BoardRow): number | null {
  if (r.assessmentId !== null) {
    const clock = r.mostUrgentClock;
    return clock && clock.status !== 'ended' ? Date.parse(clock.expiresAt) : null;
  }
  return r.deadline ? Date.parse(r.deadline.expiresAt) : null;
}

/**
 * What changes the board: a row pushed over the socket (or the one this browser just created),
 * or a referral closed. Pushed rows are applied as they are: the board never asks the API per change.
 */
export type BoardEvent = { type: 'upserted'; row: BoardRow } | { type: 'closed'; id: string };

export function sortForBoard(rows: readonly BoardRow[]): BoardRow[] {
  return [...rows].sort(compareForBoard);
}

/** Whether `incoming` is older than `existing` (a push replayed after a fresher snapshot): the referral's version, then its assessment's. */
function isOlder(incoming: BoardRow, existing: BoardRow): boolean {
  if (incoming.version !== existing.version) return incoming.version < existing.version;
  return (incoming.assessmentVersion ?? 0) < (existing.assessmentVersion ?? 0);
}

/**
 * Applies one live event to the board. An older row than the one held is ignored. A pushed row
 * that came without the person's details (the server could not read them) keeps the ones the
 * board had: they never change after the referral is recorded.
 */
export function applyBoardEvent(board: BoardRow[], event: BoardEvent): BoardRow[] {
  if (event.type === 'closed') return board.filter((r) => r.id !== event.id);
  const existing = board.find((r) => r.id === event.row.id);
  if (existing && isOlder(event.row, existing)) return board;
  const incoming = existing ? withKnownDetails(event.row, existing) : event.row;
  return insertSorted(
    board.filter((r) => r.id !== incoming.id),
    incoming,
  );
}

function withKnownDetails(row: BoardRow, known: BoardRow): BoardRow {
  const missing = BOARD_ROW_DETAILS.filter((detail) => row[detail] === undefined && known[detail] !== undefined);
  if (missing.length === 0) return row;
  return { ...row, ...Object.fromEntries(missing.map((detail) => [detail, known[detail]])) };
}

function insertSorted(sorted: BoardRow[], item: BoardRow): BoardRow[] {
  const at = sorted.findIndex((r) => compareForBoard(item, r) < 0);
  return at === -1 ? [...sorted, item] : [...sorted.slice(0, at), item, ...sorted.slice(at)];
}
