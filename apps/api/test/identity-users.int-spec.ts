import type { UserView, ValidationErrorBody } from '@amhp/contracts';
import supertest from 'supertest';
import { SignedInAgent, signedInAgent, signIn } from './support/auth';
import { bootHarness, Harness } from './support/harness';

let h: Harness;
let admin: SignedInAgent;
const http = () => supertest(h.api.getHttpServer());

beforeAll(async () => {
  h = await bootHarness();
  admin = await signedInAgent(h, 'administrator');
});
afterAll(async () => {
  await h?.close();
});

let serial = 0;
function newAccount(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return { email: `new.worker.${serial}.${Date.now()}@amhp-hub.test`, displayName: `New Worker ${serial}`, roles: ['edt_worker'], password: 'Meadow-quartz-signal-31', ...overrides };
}

async function auditOf(userId: string) {
  return (await h.dataSource.query(`SELECT action, actor_user_id, before, after FROM audit_events WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`, [userId])) as {
    action: string;
    actor_user_id: string | null;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }[];
}

describe('users administration (administrators)', () => {
  it('creates a local account that must change its password at first sign-in; audited without the hash', async () => {
    const input = newAccount();
    const res = await admin.post('/api/users').send(input).expect(201);
    const user = res.body as UserView;
    expect(user).toMatchObject({ email: input.email, displayName: input.displayName, roles: ['edt_worker'], authSource: 'local', disabled: false, mustChangePassword: true });
    const signedIn = await http().post('/api/auth/sign-in').send({ email: input.email, password: input.password }).expect(200);
    expect(signedIn.body.mustChangePassword).toBe(true);

    const [created] = await auditOf(user.id);
    expect(created.action).toBe('user.create');
    expect(created.actor_user_id).toBe(admin.session.userId);
    expect(created.after).toMatchObject({ email: input.email, roles: ['edt_worker'], hasPassword: true });
    expect(JSON.stringify(created.after)).not.toMatch(/argon2|passwordHash/);
  });

  it.each([
    ['shorter than 12 characters', 'Short-pw-1', 'at least 12'],
    ['a well-known password', 'Password1234', 'too common'],
    ['containing the username', 'xx-new.worker-zz-99', 'username'],
  ])('refuses a password %s (400 on the password field)', async (_name, password, message) => {
    const input = newAccount({ password });
    const res = await admin.post('/api/users').send(input).expect(400);
    const body = res.body as ValidationErrorBody;
    expect(body.issues.map((i) => i.field)).toContain('password');
    expect(JSON.stringify(body.issues)).toContain(message);
  });

  it('refuses a second account with the same email, and unknown roles', async () => {
    const input = newAccount();
    await admin.post('/api/users').send(input).expect(201);
    const dup = await admin.post('/api/users').send({ ...input, email: input.email.toUpperCase() }).expect(409);
    expect(dup.body).toMatchObject({ message: 'An account with this email already exists', issues: [{ field: 'email' }] });
    const bad = await admin.post('/api/users').send(newAccount({ roles: ['superuser'] })).expect(400);
    expect((bad.body as ValidationErrorBody).issues[0].field).toMatch(/^roles/);
  });

  it('changes roles (audited before and after); the change applies to the user’s next request', async () => {
    const created = (await admin.post('/api/users').send(newAccount()).expect(201)).body as UserView;
    const updated = (await admin.patch(`/api/users/${created.id}`).send({ roles: ['amhp', 'service_lead'] }).expect(200)).body as UserView;
    expect(updated.roles).toEqual(['amhp', 'service_lead']);
    const change = (await auditOf(created.id)).find((a) => a.action === 'user.update')!;
    expect(change.before).toMatchObject({ roles: ['edt_worker'] });
    expect(change.after).toMatchObject({ roles: ['amhp', 'service_lead'] });
  });

  it('disables an account: its sessions end at once and it cannot sign in; enabling restores sign-in', async () => {
    const input = newAccount();
    const created = (await admin.post('/api/users').send(input).expect(201)).body as UserView;
    const session = await http().post('/api/auth/sign-in').send({ email: input.email, password: input.password }).expect(200);
    const cookie = (session.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    await admin.post(`/api/users/${created.id}/disable`).expect(200);
    await http().get('/api/auth/me').set('cookie', cookie).expect(401);
    await http().post('/api/auth/sign-in').send({ email: input.email, password: input.password }).expect(401);
    const enabled = (await admin.post(`/api/users/${created.id}/enable`).expect(200)).body as UserView;
    expect(enabled.disabled).toBe(false);
    await http().post('/api/auth/sign-in').send({ email: input.email, password: input.password }).expect(200);
  });

  it('unlocks an account locked by failed sign-ins', async () => {
    const input = newAccount();
    const created = (await admin.post('/api/users').send(input).expect(201)).body as UserView;
    for (let i = 0; i < 5; i++) await http().post('/api/auth/sign-in').send({ email: input.email, password: 'wrong passphrase!' }).expect(401);
    const listed = ((await admin.get('/api/users').expect(200)).body as UserView[]).find((u) => u.id === created.id)!;
    expect(listed.lockedUntil).not.toBeNull();
    await http().post('/api/auth/sign-in').send({ email: input.email, password: input.password }).expect(401);
    const unlocked = (await admin.post(`/api/users/${created.id}/unlock`).expect(200)).body as UserView;
    expect(unlocked.lockedUntil).toBeNull();
    await http().post('/api/auth/sign-in').send({ email: input.email, password: input.password }).expect(200);
  });

  it('resets a password: old sessions end, the new one must be changed at next sign-in', async () => {
    const input = newAccount();
    const created = (await admin.post('/api/users').send(input).expect(201)).body as UserView;
    const old = await http().post('/api/auth/sign-in').send({ email: input.email, password: input.password }).expect(200);
    const cookie = (old.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    await admin.post(`/api/users/${created.id}/password`).send({ password: 'password' }).expect(400);
    await admin.post(`/api/users/${created.id}/password`).send({ password: 'Tundra-violet-compass-8' }).expect(200);
    await http().get('/api/auth/me').set('cookie', cookie).expect(401);
    await http().post('/api/auth/sign-in').send({ email: input.email, password: input.password }).expect(401);
    const next = await http().post('/api/auth/sign-in').send({ email: input.email, password: 'Tundra-violet-compass-8' }).expect(200);
    expect(next.body.mustChangePassword).toBe(true);
    expect((await auditOf(created.id)).map((a) => a.action)).toContain('user.reset-password');
  });

  it('keeps an enabled administrator: no changing one’s own roles or disabling oneself', async () => {
    await admin.patch(`/api/users/${admin.session.userId}`).send({ roles: ['amhp'] }).expect(403);
    await admin.post(`/api/users/${admin.session.userId}/disable`).expect(403);
  });

  it('another administrator can remove one’s administrator role, which applies to the very next request', async () => {
    const other = await signedInAgent(h, ['administrator', 'amhp']);
    await other.patch(`/api/users/${admin.session.userId}`).send({ roles: ['amhp'] }).expect(200);
    await admin.get('/api/users').expect(403);
    await other.patch(`/api/users/${admin.session.userId}`).send({ roles: ['administrator'] }).expect(200);
    await admin.get('/api/users').expect(200);
  });

  it('is for administrators only; service leads get the directory of names for the audit search', async () => {
    const lead = await signIn(h, 'service_lead');
    await http().get('/api/users').set(lead.headers()).expect(403);
    await http().post('/api/users').set(lead.headers()).send(newAccount()).expect(403);
    const directory = (await http().get('/api/users/directory').set(lead.headers()).expect(200)).body as Record<string, unknown>[];
    expect(directory.length).toBeGreaterThan(0);
    expect(Object.keys(directory[0]).sort()).toEqual(['displayName', 'email', 'id']);
    const amhp = await signIn(h, 'amhp');
    await http().get('/api/users/directory').set(amhp.headers()).expect(403);
  });
});
