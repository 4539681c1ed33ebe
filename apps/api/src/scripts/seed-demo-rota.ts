/**
 * DEMO DATA: a fictional rota for `npm run up` and the browser tests. Two teams (the North
 * day team and its EDT), seven fictional AMHPs (one approval expiring within 90 days, one
 * lapsed), the demo AMHP and EDT accounts linked to AMHPs, weekly day-duty and EDT patterns
 * from this week for 13 weeks, and ONE deliberate gap next week: the day duty AMHP is on leave
 * on Wednesday (or the next working day) and nobody covers, so the rota shows a gap to close.
 * Loaded only when there are no teams yet; dates are London dates relative to `now`.
 */
import { addLondonDays, addLondonMonths, bankHolidaysFor, isDayDutyDate, londonDateOf, londonInstant, teamConfig } from '@amhp/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AmhpEntity } from '../modules/assessments/amhps/amhp.entity';
import { AuditService } from '../modules/audit/audit.service';
import { UserEntity } from '../modules/identity/user.entity';
import { AbsenceEntity } from '../modules/rota/absences/absence.entity';
import { RotaPatternEntity } from '../modules/rota/patterns/rota-pattern.entity';
import { bumpRotaRevision } from '../modules/rota/revision/rota-revision';
import { TeamCoverRuleEntity } from '../modules/rota/teams/team-cover-rule.entity';
import { TeamEntity } from '../modules/rota/teams/team.entity';
import { mondayOf } from '../modules/rota/query/london-week';

const COUNCIL = 'Exampleshire County Council';
export const DEMO_DAY_TEAM = 'north';
export const DEMO_EDT_TEAM = 'edt';

type DemoAmhp = { key: string; name: string; team: string; account?: string; approved: (today: string) => { approvedOn: string; expiresOn: string } };

/** Approved `yearsAgo` years ago for five years (the last day is the day before the fifth anniversary). */
const fiveYearsFrom = (yearsAgo: number) => (today: string) => {
  const approvedOn = addLondonMonths(today, -12 * yearsAgo);
  return { approvedOn, expiresOn: addLondonDays(addLondonMonths(approvedOn, 60), -1) };
};
/** Approval whose last day is `days` from today (negative: already lapsed). */
const endingIn = (days: number) => (today: string) => {
  const expiresOn = addLondonDays(today, days);
  return { approvedOn: addLondonDays(addLondonMonths(expiresOn, -60), 1), expiresOn };
};

export const DEMO_AMHPS: readonly DemoAmhp[] = [
  { key: 'alex', name: 'Alex Morgan', team: DEMO_DAY_TEAM, account: 'amhp@demo.amhp-hub.example', approved: fiveYearsFrom(2) },
  { key: 'priya', name: 'Priya Shah', team: DEMO_DAY_TEAM, approved: fiveYearsFrom(1) },
  { key: 'dana', name: 'Dana Reid', team: DEMO_DAY_TEAM, approved: fiveYearsFrom(3) },
  { key: 'tom', name: 'Tom Walsh', team: DEMO_DAY_TEAM, approved: endingIn(45) },
  { key: 'grace', name: 'Grace Okafor', team: DEMO_DAY_TEAM, approved: endingIn(-20) },
  { key: 'sam', name: 'Sam Patel', team: DEMO_EDT_TEAM, account: 'edt@demo.amhp-hub.example', approved: fiveYearsFrom(2) },
  { key: 'chris', name: 'Chris Byrne', team: DEMO_EDT_TEAM, approved: fiveYearsFrom(1) },
];

export const DEMO_ROTA_WEEKS = 13;

/** The deliberate gap: next week's Wednesday, or the first working day after it. */
export function demoGapDate(now: Date): string {
  const config = teamConfig({ teamId: DEMO_DAY_TEAM, edtTeamId: DEMO_EDT_TEAM });
  let date = addLondonDays(mondayOf(londonDateOf(now)), 9);
  while (!isDayDutyDate(date, config, bankHolidaysFor('ENG'))) date = addLondonDays(date, 1);
  return date;
}

/** Loads the demo rota when there are no teams; returns whether it did. */
export async function seedDemoRota(dataSource: DataSource, now = new Date()): Promise<boolean> {
  const audit = new AuditService(dataSource);
  return dataSource.transaction(async (m) => {
    if ((await m.count(TeamEntity)) > 0) return false;
    await bumpRotaRevision(m);
    const today = londonDateOf(now);
    const monday = mondayOf(today);
    // Dated from before the rota starts, so that the worker's first start makes the handover of
    // the latest boundary and the demo's handover screen has one to acknowledge.
    const team = (id: string, kind: 'day' | 'edt', name: string) =>
      m.save(m.create(TeamEntity, { id, kind, name, edtTeamId: kind === 'day' ? DEMO_EDT_TEAM : null, nation: 'ENG', dayDutyWeekdays: [1, 2, 3, 4, 5], dayDutyStarts: '09:00', dayDutyEnds: '17:00', handoverAckMinutes: 30, createdAt: londonInstant(addLondonDays(monday, -7)) }));
    const teams = [await team(DEMO_EDT_TEAM, 'edt', 'Exampleshire EDT'), await team(DEMO_DAY_TEAM, 'day', 'North duty team')];
    for (const t of teams) await m.save(m.create(TeamCoverRuleEntity, { teamId: t.id, position: 0, kind: t.kind, minimum: 1, windowFrom: null, windowTo: null }));
    const ids: Record<string, string> = {};
    for (const demo of DEMO_AMHPS) {
      const user = demo.account ? await m.findOneBy(UserEntity, { email: demo.account }) : null;
      const saved = await m.save(
        m.create(AmhpEntity, { name: demo.name, approvingCouncil: COUNCIL, ...demo.approved(today), suspendedFrom: null, team: null, teamId: demo.team, userId: user?.id ?? null, availability: 'available' }),
      );
      ids[demo.key] = saved.id;
    }
    const validUntil = addLondonDays(monday, DEMO_ROTA_WEEKS * 7 - 1);
    const pattern = (teamId: string, kind: 'day' | 'edt', cycle: string[][], validFrom: string) =>
      m.save(m.create(RotaPatternEntity, { teamId, kind, anchor: monday, period: 'week', cycle, slots: null, validFrom, validUntil, version: 1 }));
    // Day duty: Alex this week, Priya next week, alternating. EDT: Sam, then Chris, from Sunday
    // night (it covers Monday until 09:00).
    const patterns = [
      await pattern(DEMO_DAY_TEAM, 'day', [[ids.alex], [ids.priya]], monday),
      await pattern(DEMO_EDT_TEAM, 'edt', [[ids.sam], [ids.chris]], addLondonDays(monday, -1)),
    ];
    const gap = demoGapDate(now);
    const leave = await m.save(m.create(AbsenceEntity, { amhpId: ids.priya, kind: 'leave', startsAt: londonInstant(gap), endsAt: londonInstant(addLondonDays(gap, 1)), createdBy: null }));
    await recordAll(audit, m, [
      ...teams.map((t) => ({ action: 'team.create', entityType: 'team', entityId: t.id, after: { ...t, demo: true } })),
      ...Object.values(ids).map((id) => ({ action: 'amhp.create', entityType: 'amhp', entityId: id, after: { demo: true } })),
      ...patterns.map((p) => ({ action: 'rota-pattern.create', entityType: 'rota_pattern', entityId: p.id, after: { ...p, demo: true } })),
      { action: 'absence.create', entityType: 'absence', entityId: leave.id, after: { ...leave, demo: true } },
    ]);
    return true;
  });
}

async function recordAll(audit: AuditService, m: EntityManager, entries: Parameters<AuditService['record']>[1][]): Promise<void> {
  for (const entry of entries) await audit.record(m, entry, null);
}
