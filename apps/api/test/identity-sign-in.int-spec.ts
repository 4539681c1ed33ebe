import type { SessionView } from '@amhp/contracts';
import supertest from 'supertest';
import { hashToken } from '../src/modules/identity/sessions/session-tokens';
import { ensureTestUser, signIn, TEST_PASSWORD } from './support/auth';
import { deleteKeys } from './support/global-teardown';
import { bootHarness, Harness } from './support/harness';
import { testQueuePrefix } from './support/test-env';

let h: Harness;
const http = () => supertest(h.api.getHttpServer());

beforeAll(async () => {
  h = await bootHarness({ env: { AUTH_LOCKOUT_THRESHOLD: '3', AUTH_LOCKOUT_MINUTES: '15', SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '12' } });
});
afterAll(async () => {
  await h?.close();
});

const EMAIL = 'sign.in.tester@amhp-hub.test';

async function freshUser() {
  return ensureTestUser(h, 'amhp', { email: EMAIL, displayName: 'Sign In Tester' });
}

function setCookies(res: supertest.Response): string[] {
  const raw = res.headers['set-cookie'] as unknown;
  return Array.isArray(raw) ? (raw as string[]) : [];
}

function cookieOf(res: supertest.Response): string {
  return setCookies(res)
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function auditActions(userId: string): Promise<string[]> {
  const rows = (await h.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [userId])) as { action: string }[];
  return rows.map((r) => r.action);
}

describe('local sign-in', () => {
  it('opens a server-side session: httpOnly SameSite=Lax cookie, a readable CSRF cookie, the token stored only as a hash', async () => {
    const user = await freshUser();
    const res = await http().post('/api/auth/sign-in').send({ email: 'Sign.In.Tester@AMHP-hub.test', password: TEST_PASSWORD }).expect(200);
    const body = res.body as SessionView;
    expect(body.user).toMatchObject({ id: user.id, email: EMAIL, roles: ['amhp'], authSource: 'local' });
    expect(body.mustChangePassword).toBe(false);
    expect(body.idleMinutes).toBe(30);
    expect(Date.parse(body.expiresAt) - Date.now()).toBeGreaterThan(11.9 * 3600_000);

    const [session, csrf] = ['amhp_session=', 'amhp_csrf='].map((prefix) => setCookies(res).find((c) => c.startsWith(prefix))!);
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Path=\//);
    expect(session).not.toMatch(/Secure/i); // not in development and tests: see the production test below
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(csrf.split(';')[0]).toBe(`amhp_csrf=${body.csrfToken}`);

    const token = session.split(';')[0].split('=')[1];
    const rows = (await h.dataSource.query(`SELECT token_hash FROM sessions WHERE user_id = $1`, [user.id])) as { token_hash: string }[];
    expect(rows.map((r) => r.token_hash)).toContain(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);

    const me = await http().get('/api/auth/me').set('cookie', cookieOf(res)).expect(200);
    expect((me.body as SessionView).user.id).toBe(user.id);
    expect(await auditActions(user.id)).toContain('auth.sign-in');
  });

  it('answers a wrong password and an unknown account alike (401), and audits both attempts', async () => {
    const user = await freshUser();
    const wrong = await http().post('/api/auth/sign-in').send({ email: EMAIL, password: 'not the right passphrase' }).expect(401);
    const unknown = await http().post('/api/auth/sign-in').send({ email: 'nobody.here@amhp-hub.test', password: TEST_PASSWORD }).expect(401);
    expect(wrong.body.message).toBe(unknown.body.message);
    expect(setCookies(wrong)).toEqual([]);
    const failed = (await h.dataSource.query(
      `SELECT entity_id, after FROM audit_events WHERE action = 'auth.sign-in-failed' AND after->>'email' IN ($1, 'nobody.here@amhp-hub.test') ORDER BY id DESC LIMIT 2`,
      [EMAIL],
    )) as { entity_id: string | null; after: { reason: string } }[];
    expect(failed.map((f) => [f.entity_id, f.after.reason])).toEqual([
      [null, 'unknown account'],
      [user.id, 'wrong password'],
    ]);
  });

  it('refuses a body that is not a sign-in (400, naming the fields)', async () => {
    const res = await http().post('/api/auth/sign-in').send({ email: 'not-an-email' }).expect(400);
    expect((res.body as { issues: { field: string }[] }).issues.map((i) => i.field).sort()).toEqual(['email', 'password']);
  });
});

describe('lockout after repeated failures (AUTH_LOCKOUT_THRESHOLD=3, 15 minutes)', () => {
  it('locks the account on the third failure: even the right password is then refused, until the period ends', async () => {
    const user = await freshUser();
    for (let i = 0; i < 3; i++) await http().post('/api/auth/sign-in').send({ email: EMAIL, password: `wrong passphrase ${i}` }).expect(401);
    const [row] = (await h.dataSource.query(`SELECT locked_until FROM users WHERE id = $1`, [user.id])) as { locked_until: Date }[];
    expect(row.locked_until.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(row.locked_until.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect(await auditActions(user.id)).toContain('auth.locked');

    const refused = await http().post('/api/auth/sign-in').send({ email: EMAIL, password: TEST_PASSWORD }).expect(401);
    expect(setCookies(refused)).toEqual([]);

    // Fifteen minutes later (the lock is moved into the past rather than waiting for it).
    await h.dataSource.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`, [user.id]);
    await http().post('/api/auth/sign-in').send({ email: EMAIL, password: TEST_PASSWORD }).expect(200);
    const [after] = (await h.dataSource.query(`SELECT failed_sign_ins, locked_until FROM users WHERE id = $1`, [user.id])) as { failed_sign_ins: number; locked_until: Date | null }[];
    expect(after).toEqual({ failed_sign_ins: 0, locked_until: null });
  });

  it('a success before the threshold resets the count', async () => {
    await freshUser();
    for (let i = 0; i < 2; i++) await http().post('/api/auth/sign-in').send({ email: EMAIL, password: 'wrong passphrase' }).expect(401);
    await http().post('/api/auth/sign-in').send({ email: EMAIL, password: TEST_PASSWORD }).expect(200);
    for (let i = 0; i < 2; i++) await http().post('/api/auth/sign-in').send({ email: EMAIL, password: 'wrong passphrase' }).expect(401);
    await http().post('/api/auth/sign-in').send({ email: EMAIL, password: TEST_PASSWORD }).expect(200);
  });

  it('refuses a disabled account, whatever the password', async () => {
    const user = await freshUser();
    await h.dataSource.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [user.id]);
    await http().post('/api/auth/sign-in').send({ email: EMAIL, password: TEST_PASSWORD }).expect(401);
  });
});

describe('session expiry and sign-out', () => {
  it('ends a session idle for longer than SESSION_IDLE_MINUTES', async () => {
    const session = await signIn(h, 'amhp');
    await http().get('/api/auth/me').set('cookie', session.cookie).expect(200);
    await h.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE csrf_token = $1`, [session.csrfToken]);
    await http().get('/api/auth/me').set('cookie', session.cookie).expect(401);
    const [{ count }] = (await h.dataSource.query(`SELECT count(*)::int AS count FROM sessions WHERE csrf_token = $1`, [session.csrfToken])) as { count: number }[];
    expect(count).toBe(0);
  });

  it('keeps a session in use alive past the idle limit from sign-in, but not past its absolute expiry', async () => {
    const session = await signIn(h, 'amhp');
    // Signed in 40 minutes ago, last request 10 minutes ago: still live.
    await h.dataSource.query(`UPDATE sessions SET created_at = now() - interval '40 minutes', last_seen_at = now() - interval '10 minutes' WHERE csrf_token = $1`, [session.csrfToken]);
    await http().get('/api/auth/me').set('cookie', session.cookie).expect(200);
    // Twelve hours after sign-in it ends, however active.
    await h.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE csrf_token = $1`, [session.csrfToken]);
    await http().get('/api/auth/me').set('cookie', session.cookie).expect(401);
  });

  it('signs out: the cookie stops working at once and is cleared; sign-out needs the CSRF header', async () => {
    const session = await signIn(h, 'amhp');
    await http().post('/api/auth/sign-out').set('cookie', session.cookie).expect(403);
    await http().get('/api/auth/me').set('cookie', session.cookie).expect(200);
    const out = await http().post('/api/auth/sign-out').set(session.headers()).expect(204);
    expect(setCookies(out).some((c) => /^amhp_session=;/.test(c))).toBe(true);
    await http().get('/api/auth/me').set('cookie', session.cookie).expect(401);
    expect(await auditActions(session.userId)).toContain('auth.sign-out');
  });

  it('a forged or unknown cookie is simply not signed in (401)', async () => {
    await http().get('/api/auth/me').set('cookie', 'amhp_session=forged-token-value').expect(401);
    await http().get('/api/auth/me').expect(401);
  });
});

describe('changing one’s password', () => {
  it('an account whose password was set by an administrator can do nothing else until it is changed, to one the policy accepts', async () => {
    const user = await ensureTestUser(h, 'amhp', { email: 'must.change@amhp-hub.test', displayName: 'Must Change', mustChangePassword: true });
    const res = await http().post('/api/auth/sign-in').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const body = res.body as SessionView;
    expect(body.mustChangePassword).toBe(true);
    const headers = { cookie: cookieOf(res), 'x-csrf-token': body.csrfToken };
    // The same person signed in elsewhere too: that session ends when the password changes.
    const elsewhere = cookieOf(await http().post('/api/auth/sign-in').send({ email: user.email, password: TEST_PASSWORD }).expect(200));

    await http().get('/api/referrals').set(headers).expect(403);
    const weak = await http().post('/api/auth/password').set(headers).send({ currentPassword: TEST_PASSWORD, newPassword: 'password1234' }).expect(400);
    expect(JSON.stringify(weak.body)).toContain('too common');
    const named = await http().post('/api/auth/password').set(headers).send({ currentPassword: TEST_PASSWORD, newPassword: 'must.change-forever-99' }).expect(400);
    expect(JSON.stringify(named.body)).toContain('username');
    await http().post('/api/auth/password').set(headers).send({ currentPassword: 'not it at all, no', newPassword: 'Orchid-lantern-harbour-7' }).expect(400);

    const changed = await http().post('/api/auth/password').set(headers).send({ currentPassword: TEST_PASSWORD, newPassword: 'Orchid-lantern-harbour-7' }).expect(200);
    expect((changed.body as SessionView).mustChangePassword).toBe(false);
    await http().get('/api/referrals').set(headers).expect(200);
    await http().get('/api/auth/me').set('cookie', elsewhere).expect(401);
    await http().post('/api/auth/sign-in').send({ email: user.email, password: 'Orchid-lantern-harbour-7' }).expect(200);
    await http().post('/api/auth/sign-in').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
  });
});

describe('in production', () => {
  let prod: Harness;
  beforeAll(async () => {
    prod = await bootHarness({ env: { NODE_ENV: 'production', PUBLIC_ORIGIN: 'https://amhp.exampleshire.gov.uk' } });
  });
  afterAll(async () => {
    await prod?.close();
  });

  it('the cookies are Secure and __Host- prefixed (HTTPS only, this host only, path /)', async () => {
    const user = await ensureTestUser(prod, 'amhp');
    const res = await supertest(prod.api.getHttpServer()).post('/api/auth/sign-in').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const cookies = setCookies(res);
    expect(cookies.map((c) => c.split('=')[0]).sort()).toEqual(['__Host-amhp_csrf', '__Host-amhp_session']);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).not.toMatch(/Domain=/i);
    }
  });
});

describe('rate limits (counted in Redis, per address before sign-in and per user after)', () => {
  const harnesses: Harness[] = [];
  const prefixes: string[] = [];
  async function limitedHarness(name: string, env: Record<string, string>): Promise<Harness> {
    const prefix = `${testQueuePrefix()}-${name}`;
    prefixes.push(prefix);
    const booted = await bootHarness({ env: { QUEUE_PREFIX: prefix, ...env } });
    harnesses.push(booted);
    return booted;
  }
  afterAll(async () => {
    for (const booted of harnesses) await booted.close();
    for (const prefix of prefixes) await deleteKeys(h.redis, `${prefix}:*`);
  });

  it('sign-in is strict (RATE_LIMIT_SIGN_IN_PER_MINUTE=3): the fourth attempt in a minute is refused with 429 and Retry-After', async () => {
    const limited = await limitedHarness('sign-in-limit', { RATE_LIMIT_SIGN_IN_PER_MINUTE: '3' });
    const client = supertest(limited.api.getHttpServer());
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await client.post('/api/auth/sign-in').send({ email: EMAIL, password: 'wrong passphrase' })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const blocked = await client.post('/api/auth/sign-in').send({ email: EMAIL, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after-sign-in'])).toBeGreaterThan(0);
    // Other routes are not held back by the sign-in limit.
    await client.get('/api/auth/config').expect(200);
  });

  it('the API limit (RATE_LIMIT_API_PER_MINUTE=5) counts each signed-in user apart from their address', async () => {
    const limited = await limitedHarness('api-limit', { RATE_LIMIT_API_PER_MINUTE: '5' });
    const client = supertest(limited.api.getHttpServer());
    const session = await signIn(limited, 'amhp'); // one request from this address
    const mine: number[] = [];
    for (let i = 0; i < 6; i++) mine.push((await client.get('/api/auth/me').set('cookie', session.cookie)).status);
    expect(mine).toEqual([200, 200, 200, 200, 200, 429]);
    const anonymous: number[] = [];
    for (let i = 0; i < 5; i++) anonymous.push((await client.get('/api/auth/config')).status);
    expect(anonymous).toEqual([200, 200, 200, 200, 429]);
  });
});
