import type { HandoverDirection } from '@amhp/contracts';
import { HandoverBoundary, handoverBoundaries, TeamConfig } from '@amhp/domain';

const DAY_MS = 24 * 3600 * 1000;
/**
 * How far to look for a boundary. The longest stretch of EDT cover in England and Wales is a
 * weekend joined to bank holidays (Christmas to New Year: Thursday 17:00 to the next Tuesday
 * 09:00); a team with no day-duty weekdays has no boundary at all.
 */
const SEARCH_MS = 15 * DAY_MS;

export function directionOf(boundary: Pick<HandoverBoundary, 'fromKind'>): HandoverDirection {
  return boundary.fromKind === 'day' ? 'day-to-edt' : 'edt-to-day';
}

/** The first boundary strictly after `instant`, or null if the team has none in the next 15 days. */
export function nextBoundary(config: TeamConfig, instant: Date): HandoverBoundary | null {
  return handoverBoundaries(new Date(instant.getTime() + 1), new Date(instant.getTime() + SEARCH_MS), config)[0] ?? null;
}

/** The last boundary at or before `instant` (a missed one, when the worker was down), or null. */
export function latestBoundary(config: TeamConfig, instant: Date): HandoverBoundary | null {
  const found = handoverBoundaries(new Date(instant.getTime() - SEARCH_MS), new Date(instant.getTime() + 1), config);
  return found[found.length - 1] ?? null;
}

/** The boundary before this one (where the previous handover's notes window ends), or null. */
export function previousBoundary(config: TeamConfig, boundaryAt: Date): HandoverBoundary | null {
  return latestBoundary(config, new Date(boundaryAt.getTime() - 1));
}

/** The boundary at exactly this instant under the team's configuration now, or null (its hours changed). */
export function boundaryAt(config: TeamConfig, instant: Date): HandoverBoundary | null {
  return handoverBoundaries(instant, new Date(instant.getTime() + 1), config)[0] ?? null;
}

/**
 * When the incoming team must have acknowledged a handover made at `createdAt`: the team's
 * handoverAckMinutes later (HANDOVER_ACK_SECONDS in tests).
 */
export function ackDueAt(createdAt: Date, ackMinutes: number, overrideSeconds: number | null = null): Date {
  const ms = overrideSeconds !== null ? overrideSeconds * 1000 : ackMinutes * 60_000;
  return new Date(createdAt.getTime() + ms);
}
