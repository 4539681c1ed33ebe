import type { TeamView } from '@amhp/contracts';
import { Amhp, LondonDate, Rota, Shift, TeamConfig, addLondonDays, londonDateOf, londonInstant } from '@amhp/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { AmhpPastWarrantEntity } from '../assessments/amhps/amhp-past-warrant.entity';
import { AmhpEntity } from '../assessments/amhps/amhp.entity';
import { AbsenceEntity } from './absences/absence.entity';
import { RotaAdjustmentEntity } from './adjustments/rota-adjustment.entity';
import { RotaPatternEntity } from './patterns/rota-pattern.entity';
import { absenceOf, adjustmentOf, amhpOf, patternOf, teamConfigOf, toTeamView } from './query/rota-mappers';
import { buildTeamsRota } from './query/teams-rota';
import { currentRotaRevision } from './revision/rota-revision';
import { TeamCoverRuleEntity } from './teams/team-cover-rule.entity';
import { TeamEntity } from './teams/team.entity';

/**
 * Read side of the rota, for the rota's own endpoints and for allocation, calendars and
 * handovers: teams, the rota built by the domain rules from what PostgreSQL holds, AMHPs'
 * approvals, and the revision. Every method reads through `manager` when given, so a change
 * can check the rota inside its own transaction.
 */
@Injectable()
export class RotaQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every team (day and EDT) with config and cover rules, by id. */
  async teams(manager?: EntityManager): Promise<TeamView[]> {
    const m = this.m(manager);
    const [teams, rules] = await Promise.all([m.find(TeamEntity, { order: { id: 'ASC' } }), m.find(TeamCoverRuleEntity)]);
    return teams.map((t) => toTeamView(t, rules));
  }

  /** Domain TeamConfig of a day team (NotFound for an unknown or EDT team id). */
  async dayTeamConfig(dayTeamId: string, manager?: EntityManager): Promise<TeamConfig> {
    const team = await this.m(manager).findOneBy(TeamEntity, { id: dayTeamId });
    if (!team || team.kind !== 'day') throw new NotFoundException(`No day team with id ${dayTeamId}`);
    return teamConfigOf(team);
  }

  /** Domain TeamConfigs of every day team, by id. */
  async dayTeamConfigs(manager?: EntityManager): Promise<TeamConfig[]> {
    const teams = await this.m(manager).find(TeamEntity, { where: { kind: 'day' }, order: { id: 'ASC' } });
    return teams.map(teamConfigOf);
  }

  /** The first day team by id (the default for intake), or null if none. */
  async defaultDayTeamId(manager?: EntityManager): Promise<string | null> {
    const team = await this.m(manager).findOne(TeamEntity, { where: { kind: 'day' }, order: { id: 'ASC' }, select: { id: true } });
    return team?.id ?? null;
  }

  /**
   * The rota for the London dates `from`..`to` (both included) of every team, or the ones
   * named: patterns, then one-off changes in the order made, then absences and approval.
   */
  async rota(from: LondonDate, to: LondonDate, teamIds?: readonly string[], manager?: EntityManager): Promise<Rota> {
    const m = this.m(manager);
    const allTeams = await m.find(TeamEntity, { order: { id: 'ASC' } });
    const teams = teamIds ? allTeams.filter((t) => teamIds.includes(t.id)) : allTeams;
    if (teams.length === 0) return { shifts: [], problems: [] };
    const patterns = await m
      .createQueryBuilder(RotaPatternEntity, 'p')
      .where({ teamId: In(teams.map((t) => t.id)) })
      .andWhere(new Brackets((w) => w.where('p.valid_until IS NULL').orWhere('p.valid_until >= :from', { from })))
      .andWhere(new Brackets((w) => w.where('p.valid_from IS NULL').orWhere('p.valid_from <= :to', { to })))
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    const adjustments = await m
      .createQueryBuilder(RotaAdjustmentEntity, 'a')
      .where('a.last_date >= :from AND a.first_date <= :to', { from, to })
      .orderBy('a.position', 'ASC')
      .getMany();
    // A night belongs to the date it starts on and ends the next morning.
    const absences = await m
      .createQueryBuilder(AbsenceEntity, 'x')
      .where('x.ends_at > :start AND x.starts_at < :end', { start: londonInstant(from), end: londonInstant(addLondonDays(to, 2)) })
      .getMany();
    return buildTeamsRota({
      teams: teams.map((t) => ({ config: teamConfigOf(t), patterns: patterns.filter((p) => p.teamId === t.id).map(patternOf) })),
      adjustments: adjustments.map(adjustmentOf),
      absences: absences.map(absenceOf),
      amhps: await this.amhpsForRota(m),
      from,
      to,
    });
  }

  /** Every shift of the dates around the instant: covers at least [instant − 1 day, instant + 1 day]. */
  async shiftsAround(instant: Date, manager?: EntityManager): Promise<Shift[]> {
    const date = londonDateOf(instant);
    return (await this.rota(addLondonDays(date, -2), addLondonDays(date, 1), undefined, manager)).shifts;
  }

  /** Domain Amhp (id and warrants, current and past) for every AMHP. */
  async amhpsForRota(manager?: EntityManager): Promise<Amhp[]> {
    const m = this.m(manager);
    const [amhps, past] = await Promise.all([m.find(AmhpEntity, { order: { name: 'ASC' } }), m.find(AmhpPastWarrantEntity)]);
    return amhps.map((a) => amhpOf(a, past));
  }

  /** The AMHP row linked to a user account, or null. */
  async amhpOfUser(userId: string, manager?: EntityManager): Promise<{ id: string; name: string; teamId: string | null } | null> {
    const amhp = await this.m(manager).findOne(AmhpEntity, { where: { userId }, select: { id: true, name: true, teamId: true } });
    return amhp ? { id: amhp.id, name: amhp.name, teamId: amhp.teamId } : null;
  }

  /** Increases on every rota change (patterns, one-off changes, absences, teams, warrants): iCalendar SEQUENCE. */
  rotaRevision(manager?: EntityManager): Promise<number> {
    return currentRotaRevision(this.m(manager));
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }
}
