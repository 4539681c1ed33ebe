import { useCallback } from 'react';
import { Resource, useResource } from '../../lib/use-resource';
import type { RotaView, TeamView } from '@amhp/contracts';
import { fetchRota, fetchTeams } from './rota-api';
import { RotaRange } from './rota-dates';

/** The rota for the dates shown (one team or all), reloaded whenever the rota changes anywhere. */
export function useRota(range: RotaRange, team: string): Resource<RotaView> {
  const { from, to } = range;
  const load = useCallback((signal: AbortSignal) => fetchRota(from, to, team || undefined, signal), [from, to, team]);
  return useResource(load, { reloadOn: ['rota.changed'] });
}

export function useTeams(): Resource<TeamView[]> {
  const load = useCallback((signal: AbortSignal) => fetchTeams(signal), []);
  return useResource(load, { reloadOn: ['rota.changed'] });
}
