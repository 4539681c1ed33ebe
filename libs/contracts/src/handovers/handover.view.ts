import type { AssessmentStage, HandoverDirection, ShiftKind } from '@amhp/domain';
import type { ClockView } from '../clocks/clock.view';

/**
 * Handover between a day team and its emergency duty team (EDT), at each boundary of day duty
 * (09:00 and 17:00 London on working days by default; the edges of weekends and bank holidays).
 * Instants are ISO 8601 in UTC. A stored handover is a snapshot: its cases are as they were at
 * the boundary, and it is kept so that it can be read later.
 */

export type { HandoverDirection };

export const HANDOVER_DIRECTIONS: readonly HandoverDirection[] = ['day-to-edt', 'edt-to-day'];

export interface HandoverTeamView {
  id: string;
  name: string;
  kind: ShiftKind;
}

/** A note the outgoing side wrote on a case for the next handover. */
export interface HandoverNoteView {
  id: string;
  authorName: string;
  text: string;
  writtenAt: string;
}

/** One open case as it was handed over. */
export interface HandoverCaseView {
  referralId: string;
  /** The referral's assessment (null only for a referral recorded before assessments existed). */
  assessmentId: string | null;
  reference: string;
  personName: string;
  stage: AssessmentStage;
  stageLabel: string;
  amhp: { id: string; name: string } | null;
  /** The case's running legal clocks, the soonest to expire first, warning level as at the handover. */
  clocks: ClockView[];
  /** What the case is waiting for (doctors, a bed, conveyance, admission...), in words. */
  awaiting: string[];
  /** The labels of the commands the case's stage allows now (the next steps open to the incoming AMHP). */
  outstandingActions: string[];
  /** Notes written since the previous handover of the team, oldest first. */
  notes: HandoverNoteView[];
}

/** What every handover row shows in a list (no personal details). */
export interface HandoverSummaryView {
  id: string;
  /** The day team whose area the handover covers. */
  dayTeamId: string;
  fromTeam: HandoverTeamView;
  toTeam: HandoverTeamView;
  direction: HandoverDirection;
  /** The boundary (when day duty started or ended). */
  boundaryAt: string;
  createdAt: string;
  /** The incoming team is to acknowledge by then, or an alert is raised. */
  ackDueAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: { userId: string | null; name: string } | null;
  /** Not acknowledged and past ackDueAt (as at the server's now). */
  overdue: boolean;
  caseCount: number;
}

/** GET /api/handovers/:id: the handover with its cases. */
export interface HandoverView extends Omit<HandoverSummaryView, 'caseCount'> {
  cases: HandoverCaseView[];
  /** Whether the user who asked is on the incoming side (domain mayAcknowledgeHandover). */
  youMayAcknowledge: boolean;
}

/**
 * GET /api/handovers/upcoming: what would be handed over at the day team's next boundary if it
 * were now (not stored; id null; notes written since the last handover). ackDueAt is the
 * boundary plus the team's acknowledgement time.
 */
export interface HandoverDraftView extends Omit<HandoverView, 'id' | 'acknowledgedAt' | 'acknowledgedBy' | 'overdue' | 'youMayAcknowledge'> {
  id: null;
  acknowledgedAt: null;
  acknowledgedBy: null;
  overdue: false;
}

/** The 'handover.acknowledged' socket event. */
export interface HandoverAcknowledgedEvent {
  id: string;
  acknowledgedAt: string;
}
