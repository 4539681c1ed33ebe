import { Urgency, URGENCY_RANK } from './referral-source';

/** What the board needs to know about a referral or assessment to place it. */
export interface BoardOrderable {
  /** When the most urgent running legal clock expires, or null when no clock runs. */
  deadlineExpiresAt: Date | null;
  urgency: Urgency;
  receivedAt: Date;
}

/**
 * The board's order (issue 2, GET /api/referrals): the most urgent legal deadline first and
 * those with none after; then urgency (emergency, urgent, routine); then the oldest first,
 * so that nobody sinks to the bottom by waiting. Use with Array.prototype.sort.
 */
export function compareForBoard(a: BoardOrderable, b: BoardOrderable): number {
  const byDeadline = compareDeadlines(a.deadlineExpiresAt, b.deadlineExpiresAt);
  if (byDeadline !== 0) return byDeadline;
  const byUrgency = URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency];
  if (byUrgency !== 0) return byUrgency;
  return a.receivedAt.getTime() - b.receivedAt.getTime();
}

function compareDeadlines(a: Date | null, b: Date | null): number {
  if (a && b) return a.getTime() - b.getTime();
  if (a) return -1;
  if (b) return 1;
  return 0;
}
