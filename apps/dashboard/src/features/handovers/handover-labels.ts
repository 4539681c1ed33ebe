import type { HandoverSummaryView } from '@amhp/contracts';
import { formatLondonDayTime } from '../../lib/london-time';

/** "North day team → North EDT" */
export function handoverRoute(h: Pick<HandoverSummaryView, 'fromTeam' | 'toTeam'>): string {
  return `${h.fromTeam.name} → ${h.toTeam.name}`;
}

export type HandoverState = 'acknowledged' | 'overdue' | 'awaiting';

export function handoverState(h: Pick<HandoverSummaryView, 'acknowledgedAt' | 'overdue'>): HandoverState {
  if (h.acknowledgedAt) return 'acknowledged';
  return h.overdue ? 'overdue' : 'awaiting';
}

/** The state in words: who acknowledged and when, or by when it is due. */
export function handoverStateText(h: Pick<HandoverSummaryView, 'acknowledgedAt' | 'acknowledgedBy' | 'overdue' | 'ackDueAt'>): string {
  if (h.acknowledgedAt) return `Acknowledged by ${h.acknowledgedBy?.name ?? 'the incoming team'}, ${formatLondonDayTime(h.acknowledgedAt)}`;
  if (h.overdue) return `Not acknowledged: was due ${formatLondonDayTime(h.ackDueAt)}`;
  return `Awaiting acknowledgement by ${formatLondonDayTime(h.ackDueAt)}`;
}
