import type { CoverGapView, OnDutyTeamView, RotaAmhpView, RotaProblemView, ShiftView, TeamView } from '@amhp/contracts';
import {
  Amhp,
  CoverGap,
  RotaProblem,
  Shift,
  TeamConfig,
  canBeOnDuty,
  isOutOfHours,
  nextOnDuty,
  onDutyAt,
  shiftHours,
} from '@amhp/domain';
import { approvalToday } from '../query/approval-state';

/** Pure mappings from the domain's rota to the views of libs/contracts/src/rota. */

export type NameOf = (amhpId: string) => string | null;

export function toShiftView(s: Shift, nameOf: NameOf): ShiftView {
  return {
    id: s.id,
    teamId: s.team,
    kind: s.kind,
    slot: s.slot,
    date: s.date,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    hours: shiftHours(s),
    amhpId: s.amhpId,
    amhpName: s.amhpId ? nameOf(s.amhpId) : null,
    vacated: s.vacated ? { amhpId: s.vacated.amhpId, amhpName: nameOf(s.vacated.amhpId), reason: s.vacated.reason } : null,
  };
}

export function toGapView(g: CoverGap): CoverGapView {
  return { teamId: g.team, kind: g.kind, from: g.from.toISOString(), to: g.to.toISOString(), required: g.required, onDuty: g.onDuty };
}

export function toProblemView(p: RotaProblem): RotaProblemView {
  return { code: p.code, message: p.message, ...(p.shiftId ? { shiftId: p.shiftId } : {}), ...(p.amhpId ? { amhpId: p.amhpId } : {}), ...(p.adjustmentId ? { adjustmentId: p.adjustmentId } : {}) };
}

export function toRotaAmhpView(row: { id: string; name: string; teamId: string | null }, amhp: Amhp, now: Date): RotaAmhpView {
  const status = approvalToday(amhp, now);
  return {
    id: row.id,
    name: row.name,
    teamId: row.teamId,
    approval: { state: status.state, expiresOn: status.expiresOn, daysUntilExpiry: status.daysUntilExpiry },
    canBeOnDuty: canBeOnDuty(amhp, now),
  };
}

/** Whether the team's kind of duty is in force: day duty in its hours; EDT when any day team it covers is out of hours. */
export function inForceAt(team: TeamView, configs: readonly TeamConfig[], now: Date): boolean {
  if (team.kind === 'day') {
    const config = configs.find((c) => c.teamId === team.id);
    return config ? !isOutOfHours(now, config) : false;
  }
  const covered = configs.filter((c) => c.edtTeamId === team.id);
  return covered.some((c) => isOutOfHours(now, c));
}

/**
 * Who is on duty now for the team, each until the end of their run of back-to-back shifts
 * (an EDT weekend day followed by the night is one stretch), and who comes on next after
 * those runs.
 */
export function onDutyOfTeam(team: TeamView, shifts: readonly Shift[], configs: readonly TeamConfig[], now: Date, nameOf: NameOf): OnDutyTeamView {
  const own = shifts.filter((s) => s.team === team.id);
  const chained = new Set<string>();
  const onDuty = onDutyAt(own, now).map((s) => {
    let until = s.endsAt;
    for (let next = own.find((n) => n.amhpId === s.amhpId && n.startsAt.getTime() === until.getTime()); next; next = own.find((n) => n.amhpId === s.amhpId && n.startsAt.getTime() === until.getTime())) {
      chained.add(next.id);
      until = next.endsAt;
    }
    return { amhpId: s.amhpId!, amhpName: nameOf(s.amhpId!) ?? s.amhpId!, until: until.toISOString() };
  });
  const next = nextOnDuty(
    own.filter((s) => !chained.has(s.id)),
    now,
  ).map((s) => ({ amhpId: s.amhpId!, amhpName: nameOf(s.amhpId!) ?? s.amhpId!, from: s.startsAt.toISOString(), to: s.endsAt.toISOString() }));
  return { teamId: team.id, teamName: team.name, kind: team.kind, inForce: inForceAt(team, configs, now), onDuty: dedupeBy(onDuty, (o) => o.amhpId), next };
}

function dedupeBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(key(i)) ? false : (seen.add(key(i)), true)));
}
