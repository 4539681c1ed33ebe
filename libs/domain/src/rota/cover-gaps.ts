import { BankHolidayCalendar } from './bank-holidays';
import { compareText } from './compare-text';
import { ShiftKind, dutyPeriodsBetween } from './duty-calendar';
import { Interval, intersect } from './intervals';
import { LondonTime, addLondonCalendarDays, addLondonDays, londonDateOf, londonInstant } from '../time';
import { datesBetween, isWallClockTime } from './rota-dates';
import { Shift } from './shift';
import { TeamConfig } from './team-config';

/**
 * The least number of AMHPs that must be on duty for a team while its kind of duty is in
 * force (day duty in the team's hours, EDT outside them), optionally only between two
 * London wall-clock times (e.g. two EDT AMHPs 17:00–23:00). There is no statutory minimum;
 * the Code of Practice (14.35) expects a 24-hour service, so the default is one of each.
 */
export interface CoverRule {
  team: string;
  kind: ShiftKind;
  minimum: number;
  /** The hours that decide when day duty or EDT is in force. */
  hours: TeamConfig;
  /** A daily window; `to` at or before `from` runs past midnight (22:00–08:00). */
  window?: { from: LondonTime; to: LondonTime };
}

export interface CoverGap {
  from: Date;
  to: Date;
  team: string;
  kind: ShiftKind;
  required: number;
  onDuty: number;
}

export const DEFAULT_GAP_HORIZON_WEEKS = 8;

/** One duty AMHP in hours and one EDT AMHP out of hours. */
export function defaultCoverRules(config: TeamConfig): CoverRule[] {
  return [
    { team: config.teamId, kind: 'day', minimum: 1, hours: config },
    { team: config.edtTeamId, kind: 'edt', minimum: 1, hours: config },
  ];
}

/** When the rule applies within [from, to). */
function ruleIntervals(rule: CoverRule, from: Date, to: Date, bankHolidays?: BankHolidayCalendar): Interval[] {
  const inForce = dutyPeriodsBetween(from, to, rule.hours, bankHolidays).filter((p) => p.kind === rule.kind);
  const windows: Interval[] = [];
  if (rule.window) {
    const { from: start, to: end } = rule.window;
    if (!isWallClockTime(start) || !isWallClockTime(end)) throw new RangeError('Cover rule window times must be HH:mm');
    for (const date of datesBetween(addLondonDays(londonDateOf(from), -1), londonDateOf(to))) {
      windows.push({ from: londonInstant(date, start), to: londonInstant(end <= start ? addLondonDays(date, 1) : date, end) });
    }
  }
  const clip = { from, to };
  return inForce
    .flatMap((p) => (rule.window ? windows.map((w) => intersect(p, w)) : [intersect(p, clip)]))
    .map((i) => i && intersect(i, clip))
    .filter((i): i is Interval => i !== null);
}

/**
 * The times in [from, to) when fewer AMHPs are on duty for a team and kind than its rules
 * require (the largest minimum where rules overlap), by default over the next 8 weeks.
 * An AMHP on two shifts at once counts once. Each gap is a longest stretch with the same
 * shortfall: consecutive vacant shifts merge into one gap, and the gap splits where the
 * number on duty changes. Pass shifts after leave, sickness and approval are applied
 * (`buildRota`), or an absent AMHP still counts as cover.
 */
export function findGaps(
  shifts: readonly Shift[],
  rules: readonly CoverRule[],
  from: Date,
  to: Date = addLondonCalendarDays(from, DEFAULT_GAP_HORIZON_WEEKS * 7),
  bankHolidays?: BankHolidayCalendar,
): CoverGap[] {
  const groups = new Map<string, { team: string; kind: ShiftKind; rules: CoverRule[] }>();
  for (const rule of rules) {
    if (!Number.isInteger(rule.minimum) || rule.minimum < 0) throw new RangeError('A cover minimum is a whole number of AMHPs');
    const key = `${rule.team}\u0000${rule.kind}`;
    const group = groups.get(key) ?? { team: rule.team, kind: rule.kind, rules: [] };
    group.rules.push(rule);
    groups.set(key, group);
  }
  const gaps: CoverGap[] = [];
  for (const { team, kind, rules: own } of groups.values()) {
    const required = own.flatMap((rule) => ruleIntervals(rule, from, to, bankHolidays).map((i) => ({ ...i, minimum: rule.minimum })));
    const cover = shifts.filter((s) => s.team === team && s.kind === kind && s.amhpId !== null);
    const points = new Set<number>([from.getTime(), to.getTime()]);
    for (const i of [...required, ...cover.map((s) => ({ from: s.startsAt, to: s.endsAt }))]) {
      for (const t of [i.from.getTime(), i.to.getTime()]) if (t > from.getTime() && t < to.getTime()) points.add(t);
    }
    const sorted = [...points].sort((a, b) => a - b);
    for (let k = 0; k + 1 < sorted.length; k++) {
      const [a, b] = [sorted[k], sorted[k + 1]];
      const need = required.filter((r) => r.from.getTime() <= a && a < r.to.getTime()).reduce((max, r) => Math.max(max, r.minimum), 0);
      const onDuty = new Set(cover.filter((s) => s.startsAt.getTime() <= a && a < s.endsAt.getTime()).map((s) => s.amhpId)).size;
      if (onDuty >= need) continue;
      const last = gaps[gaps.length - 1];
      if (last && last.team === team && last.kind === kind && last.to.getTime() === a && last.required === need && last.onDuty === onDuty) {
        last.to = new Date(b);
      } else {
        gaps.push({ from: new Date(a), to: new Date(b), team, kind, required: need, onDuty });
      }
    }
  }
  return gaps.sort((x, y) => x.from.getTime() - y.from.getTime() || compareText(x.team, y.team) || compareText(x.kind, y.kind));
}
