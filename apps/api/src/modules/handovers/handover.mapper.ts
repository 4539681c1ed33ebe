import type { HandoverSummaryView, HandoverTeamView, HandoverView, TeamView } from '@amhp/contracts';
import { Acknowledger, mayAcknowledgeHandover } from '@amhp/domain';
import { HandoverEntity } from './handover.entity';

export type TeamsById = ReadonlyMap<string, Pick<TeamView, 'id' | 'name' | 'kind'>>;

export function teamsById(teams: readonly TeamView[]): TeamsById {
  return new Map(teams.map((t) => [t.id, t]));
}

/** A team as a handover names it (teams are never deleted while handovers name them; the fallback is defensive). */
export function teamRef(teams: TeamsById, id: string, kind: HandoverTeamView['kind']): HandoverTeamView {
  const team = teams.get(id);
  return { id, name: team?.name ?? id, kind: team?.kind ?? kind };
}

type Stored = Omit<HandoverEntity, 'cases'>;

function header(h: Stored, teams: TeamsById, now: Date): Omit<HandoverSummaryView, 'caseCount'> {
  const toEdt = h.direction === 'day-to-edt';
  return {
    id: h.id,
    dayTeamId: h.dayTeamId,
    fromTeam: teamRef(teams, h.fromTeamId, toEdt ? 'day' : 'edt'),
    toTeam: teamRef(teams, h.toTeamId, toEdt ? 'edt' : 'day'),
    direction: h.direction,
    boundaryAt: h.boundaryAt.toISOString(),
    createdAt: h.createdAt.toISOString(),
    ackDueAt: h.ackDueAt.toISOString(),
    acknowledgedAt: h.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: h.acknowledgedAt ? { userId: h.acknowledgedByUserId, name: h.acknowledgedByName ?? '' } : null,
    overdue: !h.acknowledgedAt && now.getTime() > h.ackDueAt.getTime(),
  };
}

export function toHandoverSummary(h: Stored, caseCount: number, teams: TeamsById, now = new Date()): HandoverSummaryView {
  return { ...header(h, teams, now), caseCount };
}

/** The handover as `viewer` sees it: whether they may acknowledge it is theirs to know. */
export function toHandoverView(h: HandoverEntity, teams: TeamsById, viewer: Acknowledger, now = new Date()): HandoverView {
  return { ...header(h, teams, now), cases: h.cases, youMayAcknowledge: mayAcknowledgeHandover(viewer, h) };
}
