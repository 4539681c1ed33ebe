import { BOARD_VIEWERS, CASE_READERS, ROLES } from '@amhp/contracts';
import type { ClientToServerEvents, Role, ServerEventName } from '@amhp/contracts';

/**
 * Who receives each server event. Typed against the whole event map: an event added to
 * libs/contracts/src/realtime/events.ts does not compile until it is given an audience here.
 * Administrators without a clinical role get no case events (only the rota's, which they manage);
 * read_only gets the board's rows (without the person's details: see BY_AUDIENCE) and alerts.
 */
export const EVENT_AUDIENCE = {
  // The board row; each audience's copy carries the person's details it may see (BY_AUDIENCE).
  'referral.upserted': BOARD_VIEWERS,
  'referral.closed': BOARD_VIEWERS,
  // Alerts name the referral reference, never the person.
  'alert.raised': BOARD_VIEWERS,
  'alert.acknowledged': BOARD_VIEWERS,
  // Ids and the stage, for an open case page (case readers); the board gets the row itself.
  'assessment.updated': CASE_READERS,
  // Team ids only (no case data); the rota is reloaded over HTTP. Administrators manage the rota.
  'rota.changed': [...BOARD_VIEWERS, 'administrator'],
  // Summaries (team names, times, a count of cases) for those who read handovers (case readers).
  'handover.created': CASE_READERS,
  'handover.acknowledged': CASE_READERS,
  // No data: what this instance sent may have gaps; every signed-in page reloads over HTTP.
  'realtime.resync': ROLES,
} as const satisfies Record<ServerEventName, readonly Role[]>;

/**
 * Events whose payload differs by audience: the case readers' rooms get their copy, and the
 * rest of the event's audience another, sent past the case readers' rooms (a user with both
 * roles gets one copy, the case reader's).
 */
export const BY_AUDIENCE = ['referral.upserted'] as const satisfies readonly ServerEventName[];
export type ByAudienceEvent = (typeof BY_AUDIENCE)[number];

/** Who may send each client event ('signed-in': any authenticated socket). */
export const CLIENT_EVENT_POLICY = {
  'board.ping': 'signed-in',
} as const satisfies Record<keyof ClientToServerEvents, 'signed-in' | readonly Role[]>;

export function roleRoom(role: Role): string {
  return `role:${role}`;
}

export function sessionRoom(sessionId: string): string {
  return `session:${sessionId}`;
}

export function userRoom(userId: string): string {
  return `user:${userId}`;
}

/** The rooms an event goes to: one per role allowed to see it. */
export function roomsFor(event: ServerEventName): string[] {
  const audience: readonly Role[] = EVENT_AUDIENCE[event] ?? [];
  return audience.map(roleRoom);
}

/** For a BY_AUDIENCE event: the case readers' rooms, and the other rooms of its audience. */
export function splitRoomsFor(event: ByAudienceEvent): { caseReaders: string[]; others: string[] } {
  const audience: readonly Role[] = EVENT_AUDIENCE[event];
  const readers = audience.filter((role) => (CASE_READERS as readonly Role[]).includes(role));
  return { caseReaders: readers.map(roleRoom), others: audience.filter((role) => !readers.includes(role)).map(roleRoom) };
}

export function mayEmit(event: string, roles: readonly Role[]): boolean {
  const policy = (CLIENT_EVENT_POLICY as Record<string, 'signed-in' | readonly Role[] | undefined>)[event];
  if (!policy) return false;
  return policy === 'signed-in' || roles.some((role) => policy.includes(role));
}
