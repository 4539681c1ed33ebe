import { BOARD_VIEWERS, CASE_READERS } from '@amhp/contracts';
import type { ClientToServerEvents, Role, ServerEventName } from '@amhp/contracts';

/**
 * Who receives each server event. Typed against the whole event map: an event added to
 * libs/contracts/src/realtime/events.ts does not compile until it is given an audience here.
 * Administrators without a clinical role get no case events (only the rota's, which they manage);
 * read_only gets the board's.
 */
export const EVENT_AUDIENCE = {
  'referral.upserted': BOARD_VIEWERS,
  'referral.closed': BOARD_VIEWERS,
  'alert.raised': BOARD_VIEWERS,
  'alert.acknowledged': BOARD_VIEWERS,
  // Ids and the stage only (the board shows the stage); the record itself is read over HTTP.
  'assessment.updated': BOARD_VIEWERS,
  // Team ids only (no case data); the rota is reloaded over HTTP. Administrators manage the rota.
  'rota.changed': [...BOARD_VIEWERS, 'administrator'],
  // Summaries (team names, times, a count of cases) for those who read handovers (case readers).
  'handover.created': CASE_READERS,
  'handover.acknowledged': CASE_READERS,
} as const satisfies Record<ServerEventName, readonly Role[]>;

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

export function mayEmit(event: string, roles: readonly Role[]): boolean {
  const policy = (CLIENT_EVENT_POLICY as Record<string, 'signed-in' | readonly Role[] | undefined>)[event];
  if (!policy) return false;
  return policy === 'signed-in' || roles.some((role) => policy.includes(role));
}
