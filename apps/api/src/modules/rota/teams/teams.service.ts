import { teamProblems } from '@amhp/contracts';
import type { CreateTeam, FieldIssue, TeamView, UpdateTeam } from '@amhp/contracts';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ValidationException } from '../../../infra/http/validation.exception';
import { toTeamView } from '../query/rota-mappers';
import { RotaQueryService } from '../rota-query.service';
import { RotaChanges } from '../revision/rota-changes.service';
import { TeamCoverRuleEntity } from './team-cover-rule.entity';
import { TeamEntity } from './team.entity';

type TeamBody = CreateTeam | UpdateTeam;

/** Teams and their configuration: day duty hours, the EDT that covers them, cover rules. */
@Injectable()
export class TeamsService {
  constructor(
    private readonly changes: RotaChanges,
    private readonly rota: RotaQueryService,
  ) {}

  list(): Promise<TeamView[]> {
    return this.rota.teams();
  }

  create(body: CreateTeam, now = new Date()): Promise<TeamView> {
    return this.changes.apply('team.create', async (m) => {
      if (await m.existsBy(TeamEntity, { id: body.id })) throw new ConflictException(`A team with id ${body.id} already exists`);
      await this.checkEdt(m, body, body.id);
      const team = await m.save(m.create(TeamEntity, { id: body.id, kind: body.kind, ...config(body), version: 1, createdAt: now, updatedAt: now }));
      // Omitted cover rules: one AMHP of the team's kind whenever its duty is in force.
      const rules = await this.saveRules(m, team.id, body.coverRules ?? [{ kind: body.kind, minimum: 1, window: null }]);
      const view = toTeamView(team, rules);
      return { result: view, audit: { action: 'team.create', entityType: 'team', entityId: team.id, after: view }, teamIds: [team.id] };
    });
  }

  update(id: string, body: UpdateTeam, now = new Date()): Promise<TeamView> {
    return this.changes.apply('team.update', async (m) => {
      const team = await m.findOneBy(TeamEntity, { id });
      if (!team) throw new NotFoundException(`No team with id ${id}`);
      if (team.version !== body.version) {
        throw new ConflictException(`Team ${id} was changed by someone else (you had version ${body.version}, it is now ${team.version}): reload it and try again`);
      }
      const issues = teamProblems(body, team.kind).map((i) => ({ field: i.path.join('.'), message: i.message }));
      if (issues.length > 0) throw new ValidationException(issues);
      await this.checkEdt(m, body, id);
      const before = toTeamView(team, await m.findBy(TeamCoverRuleEntity, { teamId: id }));
      await m.update(TeamEntity, { id }, { ...config(body), version: team.version + 1, updatedAt: now });
      let rules = await m.findBy(TeamCoverRuleEntity, { teamId: id });
      if (body.coverRules) {
        await m.delete(TeamCoverRuleEntity, { teamId: id });
        rules = await this.saveRules(m, id, body.coverRules);
      }
      const after = toTeamView(await m.findOneByOrFail(TeamEntity, { id }), rules);
      const covered = team.kind === 'edt' ? (await m.findBy(TeamEntity, { edtTeamId: id })).map((t) => t.id) : [team.edtTeamId, body.edtTeamId];
      return {
        result: after,
        audit: { action: 'team.update', entityType: 'team', entityId: id, before, after },
        teamIds: [id, ...covered.filter((t): t is string => t !== null)],
      };
    });
  }

  /** A day team's EDT must exist and be an EDT. */
  private async checkEdt(m: EntityManager, body: TeamBody, id: string): Promise<void> {
    if (!body.edtTeamId) return;
    const issues: FieldIssue[] = [];
    const edt = await m.findOneBy(TeamEntity, { id: body.edtTeamId });
    if (!edt) issues.push({ field: 'edtTeamId', message: `No team with id ${body.edtTeamId}` });
    else if (edt.kind !== 'edt' || edt.id === id) issues.push({ field: 'edtTeamId', message: `Team ${body.edtTeamId} is not an EDT` });
    if (issues.length > 0) throw new ValidationException(issues);
  }

  private async saveRules(m: EntityManager, teamId: string, rules: NonNullable<TeamBody['coverRules']>): Promise<TeamCoverRuleEntity[]> {
    return m.save(
      rules.map((r, position) =>
        m.create(TeamCoverRuleEntity, { teamId, position, kind: r.kind, minimum: r.minimum, windowFrom: r.window?.from ?? null, windowTo: r.window?.to ?? null }),
      ),
    );
  }
}

function config(body: TeamBody) {
  return {
    name: body.name,
    edtTeamId: body.edtTeamId,
    nation: body.nation,
    dayDutyWeekdays: [...new Set(body.dayDutyWeekdays)].sort((a, b) => a - b),
    dayDutyStarts: body.dayDutyStarts,
    dayDutyEnds: body.dayDutyEnds,
    handoverAckMinutes: body.handoverAckMinutes,
  };
}
