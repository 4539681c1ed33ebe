import type { ReferralView } from '@amhp/contracts';
import { dutyTeamAt } from '@amhp/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ValidationException } from '../../infra/http/validation.exception';
import { RotaQueryService } from '../rota/rota-query.service';

export type DutyTeamOf = (teamId: string | null) => ReferralView['dutyTeam'];

/**
 * Which team a referral belongs to (its day team, chosen at intake) and which team is
 * responsible for it at an instant: the day team in its hours, its EDT out of hours
 * (evenings, nights, weekends, bank holidays), as libs/domain dutyTeamAt decides.
 */
@Injectable()
export class ReferralTeamsService {
  constructor(private readonly rota: RotaQueryService) {}

  /**
   * The day team of a new referral: the one named (a 400 naming teamId if there is no such day
   * team), else the first day team; null while no team has been set up.
   */
  async intakeTeam(manager: EntityManager, teamId: string | undefined): Promise<string | null> {
    if (teamId === undefined) return this.rota.defaultDayTeamId(manager);
    try {
      return (await this.rota.dayTeamConfig(teamId, manager)).teamId;
    } catch (error) {
      if (error instanceof NotFoundException) throw new ValidationException([{ field: 'teamId', message: `No day team with id "${teamId}": choose one of the day teams` }]);
      throw error;
    }
  }

  /**
   * Labels views with the team responsible at `at`. A referral without a team (recorded before
   * teams existed) is treated as the first day team's, as allocation treats it.
   */
  async dutyTeams(at = new Date()): Promise<DutyTeamOf> {
    const [teams, configs] = await Promise.all([this.rota.teams(), this.rota.dayTeamConfigs()]);
    const names = new Map(teams.map((t) => [t.id, t.name]));
    const byId = new Map(configs.map((c) => [c.teamId, c]));
    const fallback = configs[0];
    return (teamId) => {
      const config = (teamId ? byId.get(teamId) : undefined) ?? fallback;
      if (!config) return null;
      const { team, kind } = dutyTeamAt(at, config);
      return { id: team, name: names.get(team) ?? team, kind };
    };
  }
}
