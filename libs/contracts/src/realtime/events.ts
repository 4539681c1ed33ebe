import { AlertView } from '../alerts/alert.view';
import { AssessmentUpdatedEvent } from '../assessments/assessment.view';
import type { HandoverAcknowledgedEvent, HandoverSummaryView } from '../handovers/handover.view';
import { ReferralView } from '../referrals/referral.view';

/**
 * Every event the server pushes, typed once for both the API's socket.io server and the
 * dashboard's client. After a dropped connection the dashboard reloads its snapshot over
 * HTTP, so an event is a hint to update, never the only copy of a fact.
 */
export interface ServerToClientEvents {
  'referral.upserted': (referral: ReferralView) => void;
  'referral.closed': (payload: { id: string }) => void;
  'alert.raised': (alert: AlertView) => void;
  'alert.acknowledged': (payload: { id: string }) => void;
  /** An assessment changed (a command or a record): reload it over HTTP. */
  'assessment.updated': (payload: AssessmentUpdatedEvent) => void;
  /** A handover was made at a boundary (issue 5): reload the handovers list. */
  'handover.created': (handover: HandoverSummaryView) => void;
  /** The incoming team acknowledged a handover. */
  'handover.acknowledged': (payload: HandoverAcknowledgedEvent) => void;
  /** The rota changed (patterns, one-off changes, absences, teams, warrants) for these teams: reload it over HTTP. */
  'rota.changed': (payload: { teamIds: string[] }) => void;
}

export interface ClientToServerEvents {
  /** The client asks whether the server is alive; the ack carries the server's clock for skew correction. */
  'board.ping': (ack: (serverTime: string) => void) => void;
}

export type ServerEventName = keyof ServerToClientEvents;
export type ServerEventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];

/** The shape of one event as it travels between processes (worker → API → browsers). */
export type RealtimeMessage = {
  [E in ServerEventName]: { event: E; payload: ServerEventPayload<E> };
}[ServerEventName];

export const REALTIME_PATH = '/socket.io';
