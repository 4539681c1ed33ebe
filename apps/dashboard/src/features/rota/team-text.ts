import type { CoverRuleView, TeamKind, TeamView } from '@amhp/contracts';

/** How a team's configuration reads to a rota manager. ISO weekdays: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS: readonly (readonly [number, string])[] = [
  [1, 'Mon'],
  [2, 'Tue'],
  [3, 'Wed'],
  [4, 'Thu'],
  [5, 'Fri'],
  [6, 'Sat'],
  [7, 'Sun'],
];

export const TEAM_KIND_TEXT: Record<TeamKind, string> = { day: 'Day team', edt: 'EDT' };
export const NATION_TEXT: Record<TeamView['nation'], string> = { ENG: 'England', WLS: 'Wales' };
const RULE_KIND_TEXT: Record<TeamKind, string> = { day: 'Day duty', edt: 'EDT cover' };

const dayName = (d: number) => WEEKDAYS.find(([n]) => n === d)?.[1] ?? String(d);

/** "Mon–Fri", "Mon, Wed–Fri", "no days": runs of three or more days read as a range. */
export function weekdaysText(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 0) return 'no days';
  const runs: number[][] = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && d === last[last.length - 1] + 1) last.push(d);
    else runs.push([d]);
  }
  return runs
    .flatMap((run) => (run.length >= 3 ? [`${dayName(run[0])}–${dayName(run[run.length - 1])}`] : run.map(dayName)))
    .join(', ');
}

/** "Day duty: at least 1 AMHP, all the time"; "EDT cover: at least 2 AMHPs, 22:00–08:00 daily". */
export function coverRuleText(rule: CoverRuleView): string {
  const who = `at least ${rule.minimum} AMHP${rule.minimum === 1 ? '' : 's'}`;
  return `${RULE_KIND_TEXT[rule.kind]}: ${who}, ${rule.window ? `${rule.window.from}–${rule.window.to} daily` : 'all the time'}`;
}

export const ruleKindText = (kind: TeamKind) => RULE_KIND_TEXT[kind];
