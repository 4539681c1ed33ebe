import { addLondonDays, londonDateOf, londonInstant } from '@amhp/domain';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { dropDatabase } from '../src/infra/database/database-admin';
import { openDataSource } from '../src/infra/database/open-data-source';
import { scratchDatabaseUrl } from '../src/infra/database/schema-check';
import { AmhpEntity } from '../src/modules/assessments/amhps/amhp.entity';
import { seedDemoAccounts } from '../src/modules/identity/demo/demo-accounts';
import { UserEntity } from '../src/modules/identity/user.entity';
import { approvalToday } from '../src/modules/rota/query/approval-state';
import { mondayOf } from '../src/modules/rota/query/london-week';
import { RotaQueryService } from '../src/modules/rota/rota-query.service';
import { RotaViewService } from '../src/modules/rota/view/rota-view.service';
import { DEMO_DAY_TEAM, DEMO_EDT_TEAM, demoGapDate, seedDemoRota } from '../src/scripts/seed-demo-rota';
import { testDatabaseUrl } from './support/test-env';

/**
 * DEMO DATA: the demo rota (scripts/seed-demo-rota) in a database of its own, so that its
 * teams do not mix with the other tests'. Run at two moments to show it follows "now".
 */
let url: string;
let ds: DataSource;

beforeAll(async () => {
  url = scratchDatabaseUrl(testDatabaseUrl(), 'amhp_test_rota_seed');
  ds = await openDataSource(url, { migrate: true, poolSize: 2 });
  await seedDemoAccounts(ds, loadConfig({ NODE_ENV: 'test', DATABASE_URL: url }));
});
afterAll(async () => {
  await ds?.destroy();
  if (url) await dropDatabase(url);
});

describe.each([
  ['a Monday in winter', new Date('2026-12-21T10:00:00Z')],
  ['a Wednesday before the clocks go forward', new Date('2027-03-24T15:00:00Z')],
])('the demo rota seeded on %s', (_label, now) => {
  const rota = () => new RotaQueryService(ds);
  const views = () => new RotaViewService(rota(), ds);

  beforeAll(async () => {
    await ds.query('TRUNCATE absences, rota_adjustments, rota_patterns, team_cover_rules, amhp_training, amhp_past_warrants');
    await ds.query('DELETE FROM amhps');
    await ds.query('DELETE FROM teams WHERE edt_team_id IS NOT NULL');
    await ds.query('DELETE FROM teams');
    expect(await seedDemoRota(ds, now)).toBe(true);
  });

  it('loads once: a second run changes nothing', async () => {
    expect(await seedDemoRota(ds, now)).toBe(false);
    expect((await rota().teams()).map((t) => [t.id, t.kind, t.edtTeamId])).toEqual([
      [DEMO_EDT_TEAM, 'edt', null],
      [DEMO_DAY_TEAM, 'day', DEMO_EDT_TEAM],
    ]);
  });

  it('this week is fully covered; next week has exactly one gap, the day duty of the AMHP on leave', async () => {
    const monday = mondayOf(londonDateOf(now));
    const thisWeek = await views().view({ from: monday, to: addLondonDays(monday, 6), team: undefined }, now);
    expect(thisWeek.gaps).toEqual([]);
    const gapDate = demoGapDate(now);
    const nextWeek = await views().view({ from: addLondonDays(monday, 7), to: addLondonDays(monday, 13), team: undefined }, now);
    expect(nextWeek.gaps).toEqual([
      { teamId: DEMO_DAY_TEAM, kind: 'day', from: londonInstant(gapDate, '09:00').toISOString(), to: londonInstant(gapDate, '17:00').toISOString(), required: 1, onDuty: 0 },
    ]);
    const vacated = nextWeek.shifts.find((s) => s.date === gapDate && s.teamId === DEMO_DAY_TEAM)!;
    expect(vacated).toMatchObject({ amhpId: null, vacated: { amhpName: 'Priya Shah', reason: 'leave' } });
    // The one gap is the rota manager's warning for the next 8 weeks too.
    expect((await views().gaps(8, now)).gaps).toHaveLength(1);
  });

  it('links the demo AMHP and EDT accounts, and has one approval expiring and one lapsed', async () => {
    const users = await ds.getRepository(UserEntity).find();
    const amhps = await ds.getRepository(AmhpEntity).find({ order: { name: 'ASC' } });
    const byName = (name: string) => amhps.find((a) => a.name === name)!;
    expect(byName('Alex Morgan').userId).toBe(users.find((u) => u.email === 'amhp@demo.amhp-hub.example')!.id);
    expect(byName('Sam Patel')).toMatchObject({ teamId: DEMO_EDT_TEAM, userId: users.find((u) => u.email === 'edt@demo.amhp-hub.example')!.id });
    const states = Object.fromEntries((await rota().amhpsForRota()).map((a) => [amhps.find((x) => x.id === a.id)!.name, approvalToday(a, now).state]));
    expect(states).toEqual({
      'Alex Morgan': 'current',
      'Chris Byrne': 'current',
      'Dana Reid': 'current',
      'Grace Okafor': 'lapsed',
      'Priya Shah': 'current',
      'Sam Patel': 'current',
      'Tom Walsh': 'expiring',
    });
  });
});
