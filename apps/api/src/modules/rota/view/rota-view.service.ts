import { ROTA_MAX_DAYS } from '@amhp/contracts';
import type { OnDutyView, RotaGapsView, RotaQuery, RotaView } from '@amhp/contracts';
import {
  Nation,
  Shift,
  addLondonCalendarDays,
  addLondonDays,
  bankHolidaysBetween,
  bankHolidaysFor,
  findGaps,
  hoursWorked,
  londonDateOf,
  londonDaysBetween,
  londonInstant,
} from '@amhp/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValidationException } from '../../../infra/http/validation.exception';
import { AmhpEntity } from '../../assessments/amhps/amhp.entity';
import { mondayOf } from '../query/london-week';
import { coverRulesOf } from '../query/rota-mappers';
import { RotaQueryService } from '../rota-query.service';
import { TeamCoverRuleEntity } from '../teams/team-cover-rule.entity';
import { TeamEntity } from '../teams/team.entity';
import { baseShiftId } from '../assign/duty-checks';
import { NameOf, onDutyOfTeam, toGapView, toProblemView, toRotaAmhpView, toShiftView } from './rota-views';

/** The rota's read endpoints: the calendar view, the gaps ahead, who is on duty now. */
@Injectable()
export class RotaViewService {
  constructor(
    private readonly rota: RotaQueryService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The London days from..to (default: this week), all teams or the ones named. */
  async view(query: RotaQuery, now = new Date()): Promise<RotaView> {
    const from = query.from ?? (query.to ? addLondonDays(query.to, -6) : mondayOf(londonDateOf(now)));
    const to = query.to ?? addLondonDays(from, 6);
    if (londonDaysBetween(from, to) + 1 > ROTA_MAX_DAYS) throw new ValidationException([{ field: 'to', message: `Show at most ${ROTA_MAX_DAYS} days at once` }]);
    const [teams, teamRows, rules] = await Promise.all([this.rota.teams(), this.dataSource.manager.find(TeamEntity), this.dataSource.manager.find(TeamCoverRuleEntity)]);
    const unknown = (query.team ?? []).filter((id) => !teams.some((t) => t.id === id));
    if (unknown.length > 0) throw new ValidationException([{ field: 'team', message: `No team with id ${unknown.join(', ')}` }]);
    const selected = query.team ? teams.filter((t) => query.team!.includes(t.id)) : teams;
    const ids = selected.map((t) => t.id);
    // One day either side, so the night before `from` covers its early hours and gaps are true.
    const built = await this.rota.rota(addLondonDays(from, -1), addLondonDays(to, 1), ids);
    const shifts = built.shifts.filter((s) => s.date >= from && s.date <= to);
    const inView = new Set(shifts.map((s) => baseShiftId(s.id)));
    const dateOf = new Map(built.shifts.map((s) => [baseShiftId(s.id), s.date]));
    const problems = built.problems.filter((p) => !p.shiftId || inView.has(baseShiftId(p.shiftId)) || !dateOf.has(baseShiftId(p.shiftId)));
    const rulesOfView = coverRulesOf(teamRows, rules).filter((r) => ids.includes(r.team));
    const gaps = findGaps(built.shifts, rulesOfView, londonInstant(from), londonInstant(addLondonDays(to, 1)));
    const { nameOf, amhps } = await this.amhpViews(now);
    const nations = [...new Set<Nation>(selected.map((t) => t.nation))].sort();
    const holidays = new Map<string, string>();
    for (const nation of nations) for (const h of bankHolidaysBetween(bankHolidaysFor(nation), from, to)) if (!holidays.has(h.date)) holidays.set(h.date, h.name);
    return {
      from,
      to,
      teams: selected,
      shifts: shifts.map((s) => toShiftView(s, nameOf)),
      gaps: gaps.map(toGapView),
      problems: problems.map(toProblemView),
      bankHolidays: [...holidays.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, name]) => ({ date, name })),
      amhps,
      hoursWorked: hoursOnDuty(shifts),
      revision: await this.rota.rotaRevision(),
    };
  }

  /** The rota manager's warning: every gap and under-cover from now over the next weeks. */
  async gaps(weeks: number, now = new Date()): Promise<RotaGapsView> {
    const until = addLondonCalendarDays(now, weeks * 7);
    const [teamRows, rules] = await Promise.all([this.dataSource.manager.find(TeamEntity), this.dataSource.manager.find(TeamCoverRuleEntity)]);
    const built = await this.rota.rota(addLondonDays(londonDateOf(now), -1), addLondonDays(londonDateOf(until), 1));
    const gaps = findGaps(built.shifts, coverRulesOf(teamRows, rules), now, until);
    return { from: now.toISOString(), to: until.toISOString(), gaps: gaps.map(toGapView) };
  }

  /** Who is on duty now in every team, and who comes on next (looking a week ahead). */
  async onDuty(now = new Date()): Promise<OnDutyView> {
    const today = londonDateOf(now);
    const [teams, configs] = await Promise.all([this.rota.teams(), this.rota.dayTeamConfigs()]);
    const built = await this.rota.rota(addLondonDays(today, -1), addLondonDays(today, 7));
    const { nameOf } = await this.amhpViews(now);
    return { at: now.toISOString(), teams: teams.map((t) => onDutyOfTeam(t, built.shifts, configs, now, nameOf)) };
  }

  private async amhpViews(now: Date): Promise<{ nameOf: NameOf; amhps: RotaView['amhps'] }> {
    const [rows, domain] = await Promise.all([
      this.dataSource.manager.find(AmhpEntity, { select: { id: true, name: true, teamId: true }, order: { name: 'ASC' } }),
      this.rota.amhpsForRota(),
    ]);
    const names = new Map(rows.map((r) => [r.id, r.name]));
    const byId = new Map(domain.map((a) => [a.id, a]));
    return {
      nameOf: (id) => names.get(id) ?? null,
      amhps: rows.map((r) => toRotaAmhpView(r, byId.get(r.id)!, now)),
    };
  }
}

/**
 * Each AMHP's real hours on the shifts of the days shown (a night counts whole on the day it
 * starts, as the rota shows it), largest first, then by id.
 */
function hoursOnDuty(shifts: readonly Shift[]): RotaView['hoursWorked'] {
  if (shifts.length === 0) return [];
  const from = new Date(Math.min(...shifts.map((s) => s.startsAt.getTime())));
  const to = new Date(Math.max(...shifts.map((s) => s.endsAt.getTime())));
  const amhpIds = [...new Set(shifts.map((s) => s.amhpId).filter((id): id is string => id !== null))];
  return amhpIds
    .map((amhpId) => ({ amhpId, hours: hoursWorked(shifts, amhpId, from, to) }))
    .filter((h) => h.hours > 0)
    .sort((a, b) => b.hours - a.hours || (a.amhpId < b.amhpId ? -1 : 1));
}
