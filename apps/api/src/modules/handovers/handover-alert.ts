import type { AlertSeverity, HandoverCaseView } from '@amhp/contracts';
import { formatLondonDateTime } from '@amhp/domain';

export interface HandoverAlertFacts {
  fromTeamName: string;
  toTeamName: string;
  boundaryAt: Date;
  ackDueAt: Date;
  cases: readonly Pick<HandoverCaseView, 'clocks'>[];
}

/**
 * The alert for a handover nobody on the incoming side has acknowledged in time, worded for a
 * shared screen (teams, times and counts; no person's details). Critical when a case handed over
 * has a running legal clock: someone may be detained under a power that is running out while
 * nobody has confirmed taking the case; otherwise a warning.
 */
export function handoverAlertWording(facts: HandoverAlertFacts): { severity: AlertSeverity; message: string } {
  const open = facts.cases.length;
  const timed = facts.cases.filter((c) => c.clocks.some((clock) => clock.status !== 'ended')).length;
  const cases = open === 1 ? '1 open case' : `${open} open cases`;
  const clocks = timed > 0 ? `, ${timed} with a running legal clock` : '';
  return {
    severity: timed > 0 ? 'critical' : 'warning',
    message:
      `Handover from ${facts.fromTeamName} to ${facts.toTeamName} at ${formatLondonDateTime(facts.boundaryAt)} ` +
      `not acknowledged by ${formatLondonDateTime(facts.ackDueAt)} (${cases}${clocks})`,
  };
}
