import {
  Absence,
  Amhp,
  LondonDate,
  Rota,
  RotaAdjustment,
  RotaPattern,
  TeamConfig,
  expandPatterns,
  finishRota,
} from '@amhp/domain';

export interface TeamsRotaInput {
  /** Each team with its own hours and its patterns. */
  teams: readonly { config: TeamConfig; patterns: readonly RotaPattern[] }[];
  /** Every one-off change, in the order made; added shifts of teams not built are left out. */
  adjustments: readonly RotaAdjustment[];
  absences: readonly Absence[];
  amhps: readonly Amhp[];
  from: LondonDate;
  to: LondonDate;
}

/**
 * The domain's `buildRota` over several teams at once: each team's patterns are expanded
 * with its own hours, then the one-off changes are applied to all of them together (a swap
 * between a day duty and an EDT shift is checked on both sides at once), then leave,
 * sickness and approval (s114). Double bookings are found across teams: an AMHP cannot be
 * day duty for one team and on EDT at the same time.
 */
export function buildTeamsRota(input: TeamsRotaInput): Rota {
  const expanded = input.teams.flatMap((t) => expandPatterns(t.patterns, t.config, input.from, input.to));
  const built = new Set(input.teams.map((t) => t.config.teamId));
  const adjustments = input.adjustments.filter((a) => a.type !== 'add' || built.has(a.team));
  return finishRota(expanded, { ...input, adjustments });
}
