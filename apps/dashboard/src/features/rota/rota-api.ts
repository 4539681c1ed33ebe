import type {
  AbsenceView,
  CreateAbsenceInput,
  CreateRotaAdjustmentInput,
  CreateRotaPatternInput,
  CreateTeamInput,
  OnDutyView,
  RotaAdjustmentView,
  RotaGapsView,
  RotaPatternView,
  RotaView,
  TeamView,
  UpdateRotaPatternInput,
  UpdateTeamInput,
} from '@amhp/contracts';
import { apiRequest } from '../../lib/api-client';

/**
 * The rota endpoints (apps/api/src/modules/rota). Writes answer 400 naming each bad field
 * (an AMHP whose approval is not in force at the shift is refused, citing s114) and 409 when
 * the rota changed since the manager looked (a pattern's version, a shift's AMHP).
 */
const query = (params: Record<string, string | undefined>) => {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
};

export const rotaPath = (from: string, to: string, team?: string) => `/api/rota${query({ from, to, team })}`;

export const fetchRota = (from: string, to: string, team?: string, signal?: AbortSignal) => apiRequest<RotaView>(rotaPath(from, to, team), { signal });
export const fetchGaps = (weeks = 8, signal?: AbortSignal) => apiRequest<RotaGapsView>(`/api/rota/gaps?weeks=${weeks}`, { signal });
export const fetchOnDuty = (signal?: AbortSignal) => apiRequest<OnDutyView>('/api/rota/on-duty', { signal });

export const fetchPatterns = (signal?: AbortSignal) => apiRequest<RotaPatternView[]>('/api/rota/patterns', { signal });
export const createPattern = (body: CreateRotaPatternInput) => apiRequest<RotaPatternView>('/api/rota/patterns', { method: 'POST', body });
export const updatePattern = (id: string, body: UpdateRotaPatternInput) =>
  apiRequest<RotaPatternView>(`/api/rota/patterns/${encodeURIComponent(id)}`, { method: 'PUT', body });
export const deletePattern = (id: string, version: number) =>
  apiRequest<unknown>(`/api/rota/patterns/${encodeURIComponent(id)}?version=${version}`, { method: 'DELETE' });

export const createAdjustment = (body: CreateRotaAdjustmentInput) => apiRequest<RotaAdjustmentView>('/api/rota/adjustments', { method: 'POST', body });

export const fetchAbsences = (from: string, to: string, signal?: AbortSignal) => apiRequest<AbsenceView[]>(`/api/rota/absences${query({ from, to })}`, { signal });
export const createAbsence = (body: CreateAbsenceInput) => apiRequest<AbsenceView>('/api/rota/absences', { method: 'POST', body });
export const deleteAbsence = (id: string) => apiRequest<unknown>(`/api/rota/absences/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const fetchTeams = (signal?: AbortSignal) => apiRequest<TeamView[]>('/api/teams', { signal });
/** Rota managers: a new team (409 when its id is taken) or a team's whole configuration with the version seen (stale: 409). */
export const createTeam = (body: CreateTeamInput) => apiRequest<TeamView>('/api/teams', { method: 'POST', body });
export const updateTeam = (id: string, body: UpdateTeamInput) => apiRequest<TeamView>(`/api/teams/${encodeURIComponent(id)}`, { method: 'PUT', body });
