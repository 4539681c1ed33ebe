import type { TeamView } from '@amhp/contracts';

/** Which open referrals a day team's handover carries. */
export interface CaseScope {
  /** Referrals whose team_id is one of these. */
  teamIds: string[];
  /** Also referrals with no team (recorded before teams existed). */
  includeUnassigned: boolean;
}

/**
 * A referral belongs to the area of the day team it names; the day team's handover carries
 * every open one, whoever holds it now (the day team in hours, EDT out of hours). So that each
 * open case is in exactly one team's handover: referrals with no team go with the first day team
 * by id (the intake default), and referrals recorded against an EDT itself go with the first day
 * team (by id) that the EDT covers.
 */
export function caseScopeOf(dayTeamId: string, teams: readonly Pick<TeamView, 'id' | 'kind' | 'edtTeamId'>[]): CaseScope {
  const dayTeams = teams.filter((t) => t.kind === 'day').sort((a, b) => a.id.localeCompare(b.id));
  const team = dayTeams.find((t) => t.id === dayTeamId);
  const teamIds = [dayTeamId];
  if (team?.edtTeamId && dayTeams.find((t) => t.edtTeamId === team.edtTeamId)?.id === dayTeamId) teamIds.push(team.edtTeamId);
  return { teamIds, includeUnassigned: dayTeams[0]?.id === dayTeamId };
}
