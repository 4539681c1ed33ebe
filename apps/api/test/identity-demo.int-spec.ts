import { loadConfig } from '../src/config/app-config';
import { DEMO_ACCOUNTS, demoAccountsBanner, seedDemoAccounts } from '../src/modules/identity/demo/demo-accounts';
import supertest from 'supertest';
import { bootHarness, Harness } from './support/harness';
import { testDatabaseUrl } from './support/test-env';

let h: Harness;
beforeAll(async () => {
  h = await bootHarness();
  await h.dataSource.query(`DELETE FROM users WHERE email LIKE '%@demo.amhp-hub.example'`);
});
afterAll(async () => {
  await h?.close();
});

describe('demo accounts (DEMO DATA, created by the demo seed)', () => {
  it('creates one account per role, each signing in with its printed password to its role; a second run creates none', async () => {
    const result = await seedDemoAccounts(h.dataSource, h.config);
    expect(result).toMatchObject({ refused: false, created: DEMO_ACCOUNTS.map((a) => a.email) });
    expect(new Set(DEMO_ACCOUNTS.flatMap((a) => a.roles))).toEqual(new Set(['amhp', 'edt_worker', 'service_lead', 'administrator', 'read_only']));
    for (const account of DEMO_ACCOUNTS) {
      const res = await supertest(h.api.getHttpServer()).post('/api/auth/sign-in').send({ email: account.email, password: account.password }).expect(200);
      expect(res.body.user.roles).toEqual(account.roles);
      expect(res.body.mustChangePassword).toBe(false);
    }
    expect(await seedDemoAccounts(h.dataSource, h.config)).toMatchObject({ refused: false, created: [] });

    const banner = demoAccountsBanner(result);
    expect(banner).toContain('DEMO ACCOUNTS');
    for (const account of DEMO_ACCOUNTS) expect(banner).toMatch(new RegExp(`DEMO .*${account.email.replace(/\./g, '\\.')}\\s+${account.password}`));
  });

  it('never in production, unless DEMO_ACCOUNTS_IN_PRODUCTION=true', async () => {
    const production = loadConfig({ NODE_ENV: 'production', DATABASE_URL: testDatabaseUrl(), PUBLIC_ORIGIN: 'https://amhp.exampleshire.gov.uk' });
    expect(await seedDemoAccounts(h.dataSource, production)).toEqual({ refused: true });
    expect(demoAccountsBanner({ refused: true })).toContain('NOT created');
    const forced = production.with({ DEMO_ACCOUNTS_IN_PRODUCTION: 'true' });
    expect(await seedDemoAccounts(h.dataSource, forced)).toMatchObject({ refused: false });
  });
});
