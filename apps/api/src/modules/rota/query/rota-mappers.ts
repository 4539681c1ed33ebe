import type { CoverRuleView, RotaPatternView, TeamView } from '@amhp/contracts';
import { Absence, Amhp, CoverRule, IsoWeekday, RotaAdjustment, RotaPattern, TeamConfig, Warrant, teamConfig } from '@amhp/domain';
import { AmhpPastWarrantEntity } from '../../assessments/amhps/amhp-past-warrant.entity';
import { AmhpEntity } from '../../assessments/amhps/amhp.entity';
import { AbsenceEntity } from '../absences/absence.entity';
import { RotaAdjustmentEntity } from '../adjustments/rota-adjustment.entity';
import { RotaPatternEntity } from '../patterns/rota-pattern.entity';
import { TeamCoverRuleEntity } from '../teams/team-cover-rule.entity';
import { TeamEntity } from '../teams/team.entity';

/**
 * Rows to the domain's rota types. An EDT's own configuration names itself as its EDT: its
 * hours only cut its shifts (evenings, nights, weekends, bank holidays).
 */
export function teamConfigOf(team: TeamEntity): TeamConfig {
  return teamConfig({
    teamId: team.id,
    edtTeamId: team.edtTeamId ?? team.id,
    nation: team.nation,
    dayDutyWeekdays: team.dayDutyWeekdays as IsoWeekday[],
    dayDutyStarts: team.dayDutyStarts,
    dayDutyEnds: team.dayDutyEnds,
  });
}

export function coverRuleView(rule: TeamCoverRuleEntity): CoverRuleView {
  return { kind: rule.kind, minimum: rule.minimum, window: rule.windowFrom && rule.windowTo ? { from: rule.windowFrom, to: rule.windowTo } : null };
}

export function toTeamView(team: TeamEntity, rules: readonly TeamCoverRuleEntity[]): TeamView {
  return {
    id: team.id,
    name: team.name,
    kind: team.kind,
    edtTeamId: team.edtTeamId,
    nation: team.nation,
    dayDutyWeekdays: [...team.dayDutyWeekdays].map(Number),
    dayDutyStarts: team.dayDutyStarts,
    dayDutyEnds: team.dayDutyEnds,
    handoverAckMinutes: team.handoverAckMinutes,
    coverRules: rules.filter((r) => r.teamId === team.id).sort((a, b) => a.position - b.position).map(coverRuleView),
    version: team.version,
  };
}

/**
 * The domain's cover rules: a day team's own rules in its hours, and its EDT's rules outside
 * them (an EDT covering several day teams is required whenever any of them is out of hours).
 */
export function coverRulesOf(teams: readonly TeamEntity[], rules: readonly TeamCoverRuleEntity[]): CoverRule[] {
  const out: CoverRule[] = [];
  for (const day of teams.filter((t) => t.kind === 'day')) {
    const hours = teamConfigOf(day);
    for (const teamId of [day.id, day.edtTeamId]) {
      for (const rule of rules.filter((r) => r.teamId === teamId)) {
        const window = rule.windowFrom && rule.windowTo ? { window: { from: rule.windowFrom, to: rule.windowTo } } : {};
        out.push({ team: rule.teamId, kind: rule.kind, minimum: rule.minimum, hours, ...window });
      }
    }
  }
  return out;
}

export function toPatternView(p: RotaPatternEntity): RotaPatternView {
  return {
    id: p.id,
    teamId: p.teamId,
    kind: p.kind,
    anchor: p.anchor,
    period: p.period,
    cycle: p.cycle,
    slots: p.slots,
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    version: p.version,
  };
}

export function patternOf(p: RotaPatternEntity): RotaPattern {
  return {
    id: p.id,
    team: p.teamId,
    kind: p.kind,
    anchor: p.anchor,
    period: p.period,
    cycle: p.cycle,
    ...(p.slots ? { slots: p.slots } : {}),
    ...(p.validFrom ? { validFrom: p.validFrom } : {}),
    ...(p.validUntil ? { validUntil: p.validUntil } : {}),
  };
}

export function adjustmentOf(a: RotaAdjustmentEntity): RotaAdjustment {
  const p = a.payload;
  switch (p.type) {
    case 'replace':
      return { type: 'replace', id: a.id, shiftId: p.shiftId, amhpId: p.amhpId };
    case 'cancel':
      return { type: 'cancel', id: a.id, shiftId: p.shiftId };
    case 'add':
      return { type: 'add', id: a.id, team: p.teamId, kind: p.kind, startsAt: new Date(p.startsAt), endsAt: new Date(p.endsAt), amhpId: p.amhpId };
    case 'swap':
      return { type: 'swap', id: a.id, first: p.first, second: p.second };
  }
}

export function absenceOf(a: AbsenceEntity): Absence {
  return { amhpId: a.amhpId, kind: a.kind, from: a.startsAt, to: a.endsAt };
}

/**
 * The approving council is optional in the register (the legal checks decide approval by its
 * dates), so a missing one is not a reason to take an AMHP off the rota here either.
 */
export const COUNCIL_NOT_RECORDED = '(council not recorded)';

export function warrantOf(w: Pick<AmhpEntity, 'approvingCouncil' | 'approvedOn' | 'expiresOn' | 'suspendedFrom'>): Warrant {
  return { approvingCouncil: w.approvingCouncil ?? COUNCIL_NOT_RECORDED, approvedOn: w.approvedOn, expiresOn: w.expiresOn, suspendedFrom: w.suspendedFrom };
}

export function amhpOf(a: AmhpEntity, past: readonly AmhpPastWarrantEntity[]): Amhp {
  return { id: a.id, warrants: [warrantOf(a), ...past.filter((w) => w.amhpId === a.id).map(warrantOf)] };
}
