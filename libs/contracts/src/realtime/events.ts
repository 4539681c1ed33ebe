import { AlertView } from '../alerts/alert.view';
import { AssessmentUpdatedEvent } from '../assessments/assessment.view';
import type { BoardRow, BoardRowBase } from '../board/board-row';
import type { HandoverAcknowledgedEvent, HandoverSummaryView } from '../handovers/handover.view';

/**
 * Every event the server pushes, typed once for both the API's socket.io server and the
 * dashboard's client. After a dropped connection the server could not recover, the dashboard
 * reloads its snapshot over HTTP, so an event is never the only copy of a fact.
 */
export interface ServerToClientEvents {
  /**
   * A board row changed (a referral, or its assessment's stage, clocks or allocation): the row
   * itself, with the person's details the receiving role may see, so that a board applies it
   * without asking the API.
   */
  'referral.upserted': (row: BoardRow) => void;
  'referral.closed': (payload: { id: string }) => void;
  'alert.raised': (alert: AlertView) => void;
  'alert.acknowledged': (payload: { id: string }) => void;
  /** An assessment changed (a command or a record): an open case page reloads it over HTTP. */
  'assessment.updated': (payload: AssessmentUpdatedEvent) => void;
  /** A handover was made at a boundary (issue 5): reload the handovers list. */
  'handover.created': (handover: HandoverSummaryView) => void;
  /** The incoming team acknowledged a handover. */
  'handover.acknowledged': (payload: HandoverAcknowledgedEvent) => void;
  /** The rota changed (patterns, one-off changes, absences, teams, warrants) for these teams: reload it over HTTP. */
  'rota.changed': (payload: { teamIds: string[] }) => void;
  /**
   * The server may have missed events for this connection (its relay fell further behind than
   * the live stream keeps): reload every snapshot over HTTP, as after a reconnect.
   */
  'realtime.resync': (payload: Record<string, never>) => void;
}

export interface ClientToServerEvents {
  /** The client asks whether the server is alive; the ack carries the server's clock for skew correction. */
  'board.ping': (ack: (serverTime: string) => void) => void;
}

export type ServerEventName = keyof ServerToClientEvents;
export type ServerEventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];

/**
 * What the Redis stream carries for an event, where it differs from what sockets receive: no
 * person's details ever go through Redis (a board row travels without them; each API
 * instance adds those each audience may see, from PostgreSQL, before emitting).
 */
interface StreamedPayloads {
  'referral.upserted': BoardRowBase;
}

export type StreamedPayload<E extends ServerEventName> = E extends keyof StreamedPayloads ? StreamedPayloads[E] : ServerEventPayload<E>;

/** The shape of one event as it travels between processes (worker → Redis → API → browsers). */
export type RealtimeMessage = {
  [E in ServerEventName]: { event: E; payload: StreamedPayload<E> };
}[ServerEventName];

export const REALTIME_PATH = '/socket.io';
