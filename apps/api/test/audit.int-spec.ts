import type { AuditEventView, AuditPage, ReferralView } from '@amhp/contracts';
import supertest from 'supertest';
import { SignedInAgent, signedInAgent } from './support/auth';
import { bootHarness, eventually, Harness } from './support/harness';
import { communityReferral } from './support/referral-fixtures';

let h: Harness;
let amhp: SignedInAgent;
let lead: SignedInAgent;

beforeAll(async () => {
  h = await bootHarness();
  amhp = await signedInAgent(h, 'amhp');
  lead = await signedInAgent(h, 'service_lead');
});
afterAll(async () => {
  await h?.close();
});

async function createReferral(overrides = {}): Promise<ReferralView> {
  return (await amhp.post('/api/referrals').set('user-agent', 'AuditTest/1.0').send(communityReferral(overrides)).expect(201)).body as ReferralView;
}

async function entriesFor(entityId: string) {
  return (await h.dataSource.query(`SELECT * FROM audit_events WHERE entity_id = $1 ORDER BY id`, [entityId])) as Record<string, unknown>[];
}

describe('the audit table is append-only, enforced by PostgreSQL', () => {
  it.each([
    ['UPDATE', `UPDATE audit_events SET action = 'tampered'`],
    ['DELETE', `DELETE FROM audit_events`],
    ['TRUNCATE', `TRUNCATE audit_events`],
  ])('refuses %s, even from the table owner', async (operation, sql) => {
    await createReferral();
    const [{ before }] = (await h.dataSource.query(`SELECT count(*)::int AS before FROM audit_events`)) as { before: number }[];
    await expect(h.dataSource.query(sql)).rejects.toThrow(new RegExp(`audit_events is append-only: ${operation} refused`));
    const [{ after }] = (await h.dataSource.query(`SELECT count(*)::int AS after FROM audit_events`)) as { after: number }[];
    expect(after).toBe(before);
    const [{ tampered }] = (await h.dataSource.query(`SELECT count(*)::int AS tampered FROM audit_events WHERE action = 'tampered'`)) as { tampered: number }[];
    expect(tampered).toBe(0);
  });

  it('no other role may change it either (privileges revoked from PUBLIC)', async () => {
    const rows = (await h.dataSource.query(
      `SELECT privilege_type FROM information_schema.role_table_grants WHERE table_name = 'audit_events' AND grantee = 'PUBLIC'`,
    )) as { privilege_type: string }[];
    expect(rows.map((r) => r.privilege_type)).not.toEqual(expect.arrayContaining(['UPDATE']));
    expect(rows.map((r) => r.privilege_type)).not.toEqual(expect.arrayContaining(['DELETE']));
  });
});

describe('every write leaves an entry, in the same transaction', () => {
  it('recording a referral: who, when, from where, what, and the record as written', async () => {
    const started = Date.now();
    const referral = await createReferral();
    const [entry] = (await entriesFor(referral.id)).filter((e) => e.action === 'referral.create');
    expect(entry).toMatchObject({
      actor_user_id: amhp.session.userId,
      actor_name: 'Test amhp',
      entity_type: 'referral',
      subject_referral_id: referral.id,
      user_agent: 'AuditTest/1.0',
      before: null,
    });
    expect(String(entry.ip)).toMatch(/127\.0\.0\.1/);
    expect(String(entry.request_id)).toMatch(/^[\w-]{8,}$/);
    expect((entry.occurred_at as Date).getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(entry.after).toMatchObject({ id: referral.id, reference: referral.reference, nhsNumber: '9434765919', status: 'open' });
  });

  it('if the entry cannot be written, the change is not saved either', async () => {
    const [{ before }] = (await h.dataSource.query(`SELECT count(*)::int AS before FROM referrals`)) as { before: number }[];
    // Make PostgreSQL refuse this one kind of entry (a schema change, undone below).
    await h.dataSource.query(`ALTER TABLE audit_events ADD CONSTRAINT audit_test_refuse CHECK (action <> 'referral.create') NOT VALID`);
    try {
      await amhp.post('/api/referrals').send(communityReferral()).expect(500);
    } finally {
      await h.dataSource.query(`ALTER TABLE audit_events DROP CONSTRAINT audit_test_refuse`);
    }
    const [{ after }] = (await h.dataSource.query(`SELECT count(*)::int AS after FROM referrals`)) as { after: number }[];
    expect(after).toBe(before);
  });

  it('closing a referral records it before and after', async () => {
    const referral = await createReferral();
    await amhp.post(`/api/referrals/${referral.id}/close`).send({ reason: 'Informal admission agreed', version: referral.version }).expect(200);
    const [entry] = (await entriesFor(referral.id)).filter((e) => e.action === 'referral.close');
    expect(entry.before).toMatchObject({ status: 'open', version: 1, closedReason: null });
    // Closing withdraws the referral's open assessment, which closes the referral (one transaction).
    expect(entry.after).toMatchObject({ status: 'closed', version: 2, closedReason: 'Assessment withdrawn: Informal admission agreed' });
    const bySubject = (await h.dataSource.query(`SELECT action FROM audit_events WHERE subject_referral_id = $1 AND entity_type = 'assessment'`, [referral.id])) as { action: string }[];
    expect(bySubject.map((e) => e.action)).toContain('assessment.assessment_withdrawn');
    // A refused change (stale version) leaves nothing.
    await amhp.post(`/api/referrals/${referral.id}/close`).send({ reason: 'again', version: 1 }).expect(409);
    expect((await entriesFor(referral.id)).filter((e) => e.action === 'referral.close')).toHaveLength(1);
  });
});

describe('every read of a person’s details leaves an entry', () => {
  it('GET /api/referrals/:id is audited with the reader; the board list and a 404 are not reads of a record', async () => {
    const referral = await createReferral();
    await lead.get(`/api/referrals/${referral.id}`).expect(200);
    const reads = (await entriesFor(referral.id)).filter((e) => e.action === 'referral.read');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actor_user_id: lead.session.userId, entity_type: 'referral', subject_referral_id: referral.id, before: null, after: null });

    await lead.get('/api/referrals').expect(200);
    expect((await entriesFor(referral.id)).filter((e) => e.action === 'referral.read')).toHaveLength(1);
    await lead.get('/api/referrals/6f1c2d4e-1111-4222-8333-944455556666').expect(404);
    expect(await entriesFor('6f1c2d4e-1111-4222-8333-944455556666')).toEqual([]);
  });
});

describe('opening a case (the assessment) is a read of the person’s details too', () => {
  it('GET /api/assessments/:id is audited against the case; a search by either id finds the whole case', async () => {
    const referral = await createReferral();
    expect(referral.assessmentId).toBeTruthy();
    await lead.get(`/api/assessments/${referral.assessmentId}`).expect(200);
    const [read] = await entriesFor(referral.assessmentId!);
    expect(read).toMatchObject({ action: 'assessment.read', actor_user_id: lead.session.userId, entity_type: 'assessment', subject_referral_id: referral.id });

    const byAssessment = (await lead.get('/api/audit/events').query({ person: referral.assessmentId }).expect(200)).body as AuditPage;
    const byReferral = (await lead.get('/api/audit/events').query({ person: referral.id }).expect(200)).body as AuditPage;
    expect(byAssessment.events.map((e) => e.action)).toEqual(expect.arrayContaining(['assessment.read', 'referral.create']));
    expect(byReferral.events.map((e) => e.id)).toEqual(byAssessment.events.map((e) => e.id));
  });
});

describe('searching the trail (service leads)', () => {
  it('by referral id, by NHS number (as typed, with spaces), by user, by action and by date; newest first', async () => {
    // An NHS number no other test file uses: the trail is append-only and shared by the run's files.
    const mine = await createReferral({ person: { ...communityReferral().person, nhsNumber: '402 018 7312' } });
    const other = await createReferral();
    await lead.get(`/api/referrals/${mine.id}`).expect(200);

    const byId = (await lead.get('/api/audit/events').query({ person: mine.id }).expect(200)).body as AuditPage;
    expect(byId.events.map((e) => e.action)).toEqual(['referral.read', 'referral.create']);
    expect(byId.events.every((e) => e.entityId === mine.id)).toBe(true);

    const byNhs = (await lead.get('/api/audit/events').query({ person: '402 018 7312' }).expect(200)).body as AuditPage;
    expect(byNhs.events.map((e) => e.id)).toEqual(byId.events.map((e) => e.id));

    const byUser = (await lead.get('/api/audit/events').query({ userId: lead.session.userId, action: 'referral' }).expect(200)).body as AuditPage;
    expect(byUser.events.every((e) => e.actorUserId === lead.session.userId && e.action.startsWith('referral.'))).toBe(true);
    expect(byUser.events.map((e) => e.entityId)).toContain(mine.id);
    expect(byUser.events.map((e) => e.entityId)).not.toContain(other.id);

    const future = (await lead.get('/api/audit/events').query({ from: new Date(Date.now() + 60_000).toISOString() }).expect(200)).body as AuditPage;
    expect(future.events).toEqual([]);
    const past = (await lead.get('/api/audit/events').query({ person: mine.id, to: '2020-01-01T00:00:00Z' }).expect(200)).body as AuditPage;
    expect(past.events).toEqual([]);
  });

  it('pages through results with `before`', async () => {
    const referral = await createReferral();
    for (let i = 0; i < 3; i++) await lead.get(`/api/referrals/${referral.id}`).expect(200);
    const first = (await lead.get('/api/audit/events').query({ person: referral.id, limit: 2 }).expect(200)).body as AuditPage;
    expect(first.events).toHaveLength(2);
    const second = (await lead.get('/api/audit/events').query({ person: referral.id, limit: 2, before: first.nextBefore }).expect(200)).body as AuditPage;
    expect(second.events).toHaveLength(2);
    expect(second.nextBefore).toBeNull();
    const ids = [...first.events, ...second.events].map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('refuses malformed filters, naming them', async () => {
    const res = await lead.get('/api/audit/events').query({ person: 'Smith', from: 'yesterday' }).expect(400);
    expect((res.body as { issues: { field: string }[] }).issues.map((i) => i.field).sort()).toEqual(['from', 'person']);
  });

  it('exports the same search as CSV, and records that the trail was searched and exported', async () => {
    const referral = await createReferral();
    const res = await lead.get('/api/audit/events.csv').query({ person: referral.id }).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="amhp-hub-audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe('id,occurred_at_utc,actor_user_id,actor_name,ip,user_agent,request_id,action,entity_type,entity_id,subject_referral_id,before,after');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('referral.create');
    expect(lines[1]).toContain(referral.id);

    const searches = (await lead.get('/api/audit/events').query({ userId: lead.session.userId, action: 'audit' }).expect(200)).body as AuditPage;
    const actions = searches.events.map((e: AuditEventView) => e.action);
    expect(actions).toContain('audit.export');
    expect(actions).toContain('audit.search');
  });

  it('is for service leads only', async () => {
    await amhp.get('/api/audit/events').expect(403);
    await amhp.get('/api/audit/events.csv').expect(403);
    const admin = await signedInAgent(h, 'administrator');
    await admin.get('/api/audit/events').expect(403);
    await supertest(h.api.getHttpServer()).get('/api/audit/events').expect(401);
  });
});

describe('alerts: raised by the system, acknowledged by people, both audited', () => {
  let withWorker: Harness;
  beforeAll(async () => {
    withWorker = await bootHarness({ worker: true });
  });
  afterAll(async () => {
    await withWorker?.close();
  });

  it('an expired s136 (arrival 25 hours ago, s136(2A)) raises alerts recorded as the system; acknowledging one records who', async () => {
    const worker = await signedInAgent(withWorker, 'edt_worker');
    const arrival = new Date(Date.now() - 25 * 3600_000).toISOString();
    const referral = (
      await worker
        .post('/api/referrals')
        .send(communityReferral({ legal: { situation: 's136', clockStartedAt: arrival, placeOfSafety: 'Example Hospital' }, urgency: 'emergency' }))
        .expect(201)
    ).body as ReferralView;
    const raised = await eventually(async () => {
      const rows = (await withWorker.dataSource.query(
        `SELECT a.id, e.actor_user_id, e.actor_name, e.subject_referral_id FROM alerts a JOIN audit_events e ON e.entity_id = a.id::text AND e.action = 'alert.raise' WHERE a.referral_id = $1`,
        [referral.id],
      )) as { id: string; actor_user_id: string | null; actor_name: string; subject_referral_id: string }[];
      return rows.length ? rows : undefined;
    }, 20_000);
    expect(raised[0]).toMatchObject({ actor_user_id: null, actor_name: 'system', subject_referral_id: referral.id });

    await worker.post(`/api/alerts/${raised[0].id}/acknowledge`).expect(200);
    await worker.post(`/api/alerts/${raised[0].id}/acknowledge`).expect(200); // twice: one entry
    const acks = (await withWorker.dataSource.query(`SELECT actor_user_id, before, after FROM audit_events WHERE entity_id = $1 AND action = 'alert.acknowledge'`, [raised[0].id])) as {
      actor_user_id: string;
      before: { acknowledgedAt: string | null };
      after: { acknowledgedAt: string | null };
    }[];
    expect(acks).toHaveLength(1);
    expect(acks[0].actor_user_id).toBe(worker.session.userId);
    expect(acks[0].before.acknowledgedAt).toBeNull();
    expect(acks[0].after.acknowledgedAt).not.toBeNull();
  });
});
