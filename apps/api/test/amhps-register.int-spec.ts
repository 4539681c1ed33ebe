import type { AmhpRegisterView, AmhpTrainingView, ApprovalAlertView } from '@amhp/contracts';
import { addLondonDays, addLondonMonths, londonDateOf } from '@amhp/domain';
import { ensureTestUser, signedInAgent } from './support/auth';
import { bootHarness, Harness } from './support/harness';
import { RotaClient, shiftsOf } from './support/rota-client';

/**
 * The AMHP register (s114): warrants of at most five years, renewals that keep the past rota
 * approved, warnings before expiry, training hours against the yearly requirement, the
 * account an AMHP signs in with, and their own availability.
 */
let h: Harness;
let r: RotaClient;
let teamId: string;
const today = londonDateOf(new Date());

beforeAll(async () => {
  h = await bootHarness();
  r = await RotaClient.create(h);
  teamId = (await r.teams('register')).day.id;
});
afterAll(async () => {
  await r?.cleanup();
  await h?.close();
});

describe('warrants', () => {
  it('refuses an approval longer than five years, naming the field', async () => {
    const res = await r.lead.post('/api/amhps').send({ name: 'Too Long', approvingCouncil: 'Exampleshire County Council', approvedOn: '2026-04-01', expiresOn: '2031-04-01' }).expect(400);
    expect(res.body.issues).toEqual([{ field: 'expiresOn', message: expect.stringContaining('five years') }]);
    const five = await r.lead.post('/api/amhps').send({ name: 'Just Five', approvingCouncil: 'Exampleshire County Council', approvedOn: '2026-04-01', expiresOn: '2031-03-31' }).expect(201);
    r.amhpIds.push(five.body.id);
    // Recording an AMHP is audited with what was recorded; the refused one left nothing.
    const audited = (await h.dataSource.query(`SELECT action, after->>'name' AS name FROM audit_events WHERE entity_type = 'amhp' AND entity_id = $1`, [five.body.id])) as { action: string; name: string }[];
    expect(audited).toEqual([{ action: 'amhp.create', name: 'Just Five' }]);
  });

  it('lists AMHPs with team, account, availability, approval state and training this year', async () => {
    const amhp = await r.amhp('Listed Test', teamId);
    const list = (await r.lead.get('/api/amhps').expect(200)).body as AmhpRegisterView[];
    expect(list.find((a) => a.id === amhp.id)).toMatchObject({
      name: 'Listed Test',
      teamId,
      userId: null,
      availability: 'available',
      approvalState: 'current',
      approvalCurrent: true,
      trainingHoursThisYear: 0,
      trainingRequiredHours: 18,
    });
  });

  it('renews a warrant: the new one is in force, and the past rota still finds the AMHP approved', async () => {
    const expiresOn = addLondonDays(today, 20);
    const approvedOn = addLondonDays(addLondonMonths(expiresOn, -60), 1);
    const amhp = await r.amhp('Renewed Test', teamId, { approvedOn, expiresOn });
    expect(amhp.approvalState).toBe('expiring');
    const tooLong = await r.lead
      .patch(`/api/amhps/${amhp.id}`)
      .send({ warrant: { approvingCouncil: 'Exampleshire County Council', approvedOn: addLondonDays(expiresOn, 1), expiresOn: addLondonMonths(addLondonDays(expiresOn, 1), 61) } })
      .expect(400);
    expect(tooLong.body.issues[0].field).toBe('warrant.expiresOn');
    const renewed = await r.lead
      .patch(`/api/amhps/${amhp.id}`)
      .send({ warrant: { approvingCouncil: 'Exampleshire County Council', approvedOn: addLondonDays(expiresOn, 1), expiresOn: addLondonDays(addLondonMonths(expiresOn, 60), 0) } })
      .expect(200);
    // Approved without a break: no longer flagged as expiring.
    expect(renewed.body).toMatchObject({ approvalState: 'current', approvedOn: addLondonDays(expiresOn, 1) });
    expect(renewed.body.daysUntilExpiry).toBeGreaterThan(5 * 365);
    // Under the old warrant yesterday's and today's shifts stay covered: a one-week pattern from today.
    await r.pattern({ teamId, anchor: today, validFrom: today, validUntil: addLondonDays(today, 6), period: 'day', cycle: [[amhp.id]] });
    const rota = await r.rota(today, addLondonDays(today, 6), [teamId]);
    expect(rota.problems.filter((p) => p.amhpId === amhp.id)).toEqual([]);
    const alerts = (await r.lead.get('/api/amhps/approval-alerts').expect(200)).body as ApprovalAlertView[];
    expect(alerts.map((a) => a.amhpId)).not.toContain(amhp.id);
  });

  it('warns of approvals expiring within 90 days (or ?days=) and of lapsed ones, soonest first', async () => {
    const soon = await r.amhp('Expiring Test', teamId, { approvedOn: '2022-06-01', expiresOn: addLondonDays(today, 30) });
    const gone = await r.amhp('Gone Test', teamId, { approvedOn: '2019-01-01', expiresOn: '2023-12-31' });
    const alerts = (await r.lead.get('/api/amhps/approval-alerts').expect(200)).body as ApprovalAlertView[];
    const ours = alerts.filter((a) => [soon.id, gone.id].includes(a.amhpId));
    expect(ours).toEqual([
      { amhpId: gone.id, amhpName: 'Gone Test', approvingCouncil: 'Exampleshire County Council', state: 'lapsed', expiresOn: '2023-12-31', daysUntilExpiry: expect.any(Number) },
      { amhpId: soon.id, amhpName: 'Expiring Test', approvingCouncil: 'Exampleshire County Council', state: 'expiring', expiresOn: addLondonDays(today, 30), daysUntilExpiry: 30 },
    ]);
    const ten = (await r.lead.get('/api/amhps/approval-alerts?days=10').expect(200)).body as ApprovalAlertView[];
    expect(ten.map((a) => a.amhpId)).not.toContain(soon.id);
    expect((await r.lead.get('/api/amhps/approval-alerts?days=0').expect(400)).body.issues[0].field).toBe('days');
  });

  it('suspending an approval takes the AMHP off the rota from that day (s114)', async () => {
    const amhp = await r.amhp('Suspended Test', teamId);
    await r.pattern({ teamId, anchor: '2027-12-06', validFrom: '2027-12-06', validUntil: '2027-12-07', period: 'day', cycle: [[amhp.id]] });
    await r.lead.patch(`/api/amhps/${amhp.id}`).send({ suspendedFrom: '2027-12-07' }).expect(200);
    const rota = await r.rota('2027-12-06', '2027-12-07', [teamId]);
    expect(shiftsOf(rota, teamId, '2027-12-06').find((s) => s.amhpId === amhp.id)).toBeDefined();
    expect(shiftsOf(rota, teamId, '2027-12-07').find((s) => s.vacated?.amhpId === amhp.id)?.vacated?.reason).toBe('not-approved');
  });
});

describe('linked accounts, training and availability', () => {
  it('links an AMHP to the account they sign in with (one account, one AMHP) and refuses unknown teams', async () => {
    const user = await ensureTestUser(h, 'amhp', { email: `linked-${r.suffix}@amhp-hub.test` });
    const a = await r.amhp('Linked Test', teamId);
    const b = await r.amhp('Other Test', teamId);
    await r.lead.patch(`/api/amhps/${a.id}`).send({ userId: user.id }).expect(200);
    const twice = await r.lead.patch(`/api/amhps/${b.id}`).send({ userId: user.id }).expect(400);
    expect(twice.body.issues[0].field).toBe('userId');
    expect((await r.lead.patch(`/api/amhps/${b.id}`).send({ teamId: 'nowhere' }).expect(400)).body.issues[0].field).toBe('teamId');
    expect((await r.lead.patch(`/api/amhps/${b.id}`).send({}).expect(400)).body.issues).toHaveLength(1);
  });

  it('logs training against the approval year: managers for anyone, an AMHP for themself only', async () => {
    const self = await signedInAgent(h, ['amhp', 'edt_worker']);
    const mine = await r.amhp('Training Test', teamId, { approvedOn: addLondonDays(today, -100), expiresOn: addLondonDays(addLondonMonths(today, 48), 0) });
    const other = await r.amhp('Not Mine Test', teamId);
    await r.lead.patch(`/api/amhps/${mine.id}`).send({ userId: self.session.userId }).expect(200);
    await r.lead.post(`/api/amhps/${mine.id}/training`).send({ completedOn: addLondonDays(today, -10), hours: 10, title: 'Legal update' }).expect(201);
    const logged = (await self.post(`/api/amhps/${mine.id}/training`).send({ completedOn: today, hours: 8.5, title: 'Best interests' }).expect(201)).body as AmhpTrainingView;
    expect(logged.thisYear).toMatchObject({ year: 1, hours: 18.5, required: 18, shortfall: 0, state: 'met' });
    expect(logged.entries.map((e) => e.hours)).toEqual([8.5, 10]);
    await self.get(`/api/amhps/${other.id}/training`).expect(403);
    await self.post(`/api/amhps/${other.id}/training`).send({ completedOn: today, hours: 1, title: 'x' }).expect(403);
    const bad = await r.lead.post(`/api/amhps/${mine.id}/training`).send({ completedOn: '2999-01-01', hours: 0.1, title: '' }).expect(400);
    expect(bad.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['completedOn', 'hours', 'title']);
    const viewer = await signedInAgent(h, 'read_only');
    await viewer.get(`/api/amhps/${mine.id}/training`).expect(403);
    const listed = ((await r.lead.get('/api/amhps').expect(200)).body as AmhpRegisterView[]).find((a) => a.id === mine.id)!;
    expect(listed.trainingHoursThisYear).toBe(18.5);
  });

  it('an AMHP sets their own availability; an account not linked to an AMHP gets 404', async () => {
    const me = await signedInAgent(h, 'amhp');
    const amhp = await r.amhp('Available Test', teamId);
    await me.put('/api/amhps/me/availability').send({ availability: 'unavailable' }).expect(404);
    await h.dataSource.query('UPDATE amhps SET user_id = NULL WHERE user_id = $1', [me.session.userId]);
    await r.lead.patch(`/api/amhps/${amhp.id}`).send({ userId: me.session.userId }).expect(200);
    const set = await me.put('/api/amhps/me/availability').send({ availability: 'unavailable' }).expect(200);
    expect(set.body).toMatchObject({ id: amhp.id, availability: 'unavailable' });
    expect((await me.put('/api/amhps/me/availability').send({ availability: 'busy' }).expect(400)).body.issues[0].field).toBe('availability');
    const [{ n }] = (await h.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'amhp.availability' AND entity_id = $1`, [amhp.id])) as { n: number }[];
    expect(n).toBe(1);
    await (await signedInAgent(h, 'service_lead')).put('/api/amhps/me/availability').send({ availability: 'available' }).expect(403);
  });
});
