import type { RoleGrantView, UserView } from '@amhp/contracts';
import supertest from 'supertest';
import { ensureTestUser, SignedInAgent, signedInAgent } from './support/auth';
import { bootHarness, Harness } from './support/harness';

/**
 * Nobody changes their own roles; every grant of a clinical role (one that opens case records)
 * is audited and listed for service leads until one of them reviews it.
 */
let h: Harness;
let admin: SignedInAgent;
let otherAdmin: SignedInAgent;
let lead: SignedInAgent;

beforeAll(async () => {
  h = await bootHarness();
  admin = await signedInAgent(h, 'administrator');
  otherAdmin = await signedInAgent(h, ['administrator', 'read_only']);
  lead = await signedInAgent(h, 'service_lead');
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.dataSource.query('DELETE FROM role_grants');
  await ensureTestUser(h, 'administrator');
});

let serial = 0;
const newAccount = (roles: string[]) => {
  serial += 1;
  return { email: `grant.${serial}.${Date.now()}@amhp-hub.test`, displayName: `Grant Test ${serial}`, roles, password: 'Meadow-quartz-signal-31' };
};
const grants = async () => (await lead.get('/api/role-grants').expect(200)).body as RoleGrantView[];
const audited = async (userId: string) =>
  ((await h.dataSource.query(`SELECT action, after FROM audit_events WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`, [userId])) as { action: string; after: Record<string, unknown> }[]);

describe('clinical roles', () => {
  it('an administrator cannot give themself a clinical role, so cannot read case records', async () => {
    const res = await admin.patch(`/api/users/${admin.session.userId}`).send({ roles: ['administrator', 'amhp'] }).expect(403);
    expect(res.body.message).toBe('You cannot change your own roles: ask another administrator');
    await admin.get('/api/referrals').expect(403);
    expect((await h.dataSource.query('SELECT roles FROM users WHERE id = $1', [admin.session.userId]))[0].roles).toEqual(['administrator']);
    expect(await grants()).toEqual([]);
  });

  it('a grant by another administrator is audited and shown to the service lead, who reviews it', async () => {
    await otherAdmin.patch(`/api/users/${admin.session.userId}`).send({ roles: ['administrator', 'amhp'] }).expect(200);
    const [grant] = await grants();
    expect(grant).toMatchObject({
      user: { id: admin.session.userId },
      grantedRoles: ['amhp'],
      rolesBefore: ['administrator'],
      rolesAfter: ['administrator', 'amhp'],
      source: 'administrator',
      grantedBy: { id: otherAdmin.session.userId },
      reviewedAt: null,
    });
    const trail = await audited(admin.session.userId);
    expect(trail.map((a) => a.action)).toEqual(expect.arrayContaining(['user.update', 'user.clinical-role-granted']));
    expect(trail.find((a) => a.action === 'user.clinical-role-granted')?.after).toMatchObject({ granted: ['amhp'], source: 'administrator' });

    const reviewed = (await lead.post(`/api/role-grants/${grant.id}/review`).expect(200)).body as RoleGrantView;
    expect(reviewed).toMatchObject({ id: grant.id, reviewedBy: 'Test service_lead' });
    expect(reviewed.reviewedAt).not.toBeNull();
    const [{ action }] = (await h.dataSource.query(`SELECT action FROM audit_events WHERE entity_type = 'role-grant' AND entity_id = $1`, [grant.id])) as { action: string }[];
    expect(action).toBe('role-grant.review');
  });

  it('creating an account with a clinical role records a grant; read-only or a change of name does not', async () => {
    const clinical = (await admin.post('/api/users').send(newAccount(['edt_worker'])).expect(201)).body as UserView;
    const viewer = (await admin.post('/api/users').send(newAccount(['read_only'])).expect(201)).body as UserView;
    await admin.patch(`/api/users/${viewer.id}`).send({ displayName: 'Renamed Viewer' }).expect(200);
    await admin.patch(`/api/users/${clinical.id}`).send({ roles: ['edt_worker', 'read_only'] }).expect(200);
    const list = await grants();
    expect(list.map((g) => [g.user.id, g.grantedRoles])).toEqual([[clinical.id, ['edt_worker']]]);
  });

  it('only service leads see and review grants; a malformed id is a 400', async () => {
    await admin.get('/api/role-grants').expect(403);
    await otherAdmin.post('/api/role-grants/00000000-0000-4000-8000-000000000000/review').expect(403);
    await lead.post('/api/role-grants/not-a-uuid/review').expect(400);
    await lead.post('/api/role-grants/00000000-0000-4000-8000-000000000000/review').expect(404);
    await supertest(h.api.getHttpServer()).get('/api/role-grants').expect(401);
  });
});
