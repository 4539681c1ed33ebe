import type { OnDutyView, RotaPatternView, TeamView } from '@amhp/contracts';
import { signedInAgent, signIn } from './support/auth';
import { BoardClient } from './support/board-client';
import { bootHarness, Harness } from './support/harness';
import { RotaClient, shiftsOf } from './support/rota-client';

/**
 * Who may change the rota and how changes are guarded: rota managers only (service leads and
 * administrators), s114 (a lapsed AMHP cannot be put on duty), two managers at once (409),
 * every change audited and announced to boards; who is on duty now and next.
 */
let h: Harness;
let r: RotaClient;
let day: TeamView;
let edt: TeamView;
let oak: string;
let pine: string;
let lapsed: string;

beforeAll(async () => {
  h = await bootHarness();
  r = await RotaClient.create(h);
  ({ day, edt } = await r.teams('changes'));
  oak = (await r.amhp('Oak Test', day.id)).id;
  pine = (await r.amhp('Pine Test', day.id)).id;
  lapsed = (await r.amhp('Lapsed Test', day.id, { approvedOn: '2019-01-01', expiresOn: '2023-12-31' })).id;
});
afterAll(async () => {
  await r?.cleanup();
  await h?.close();
});

describe('rota managers', () => {
  it('AMHPs, EDT workers and read-only users read the rota but cannot change it; service leads and administrators can', async () => {
    const pattern = { teamId: day.id, anchor: '2027-05-03', validFrom: '2027-05-03', validUntil: '2027-05-09', cycle: [[oak]] };
    for (const role of ['amhp', 'edt_worker', 'read_only'] as const) {
      const agent = await signedInAgent(h, role);
      await agent.get(`/api/rota?from=2027-05-03&to=2027-05-09&team=${day.id}`).expect(200);
      await agent.get('/api/rota/on-duty').expect(200);
      await agent.get('/api/teams').expect(200);
      await agent.post('/api/rota/patterns').send(pattern).expect(403);
      await agent.post('/api/rota/adjustments').send({ type: 'cancel', shiftId: 'x' }).expect(403);
      await agent.post('/api/rota/absences').send({}).expect(403);
      await agent.post('/api/teams').send({}).expect(403);
    }
    const admin = await signedInAgent(h, 'administrator');
    await admin.get('/api/rota/gaps').expect(200);
    const created = await admin.post('/api/rota/patterns').send(pattern).expect(201);
    await r.lead.delete(`/api/rota/patterns/${created.body.id}?version=1`).expect(204);
  });
});

describe('s114: only an AMHP with approval in force can be put on duty', () => {
  it('refuses a lapsed AMHP in a pattern, a replacement, an added shift and a swap, naming the field', async () => {
    const p = await r.lead.post('/api/rota/patterns').send({ teamId: day.id, anchor: '2027-06-07', cycle: [[oak, lapsed]] }).expect(400);
    expect(p.body.issues).toEqual([{ field: 'cycle.0.1', message: expect.stringContaining('s114') }]);
    await r.pattern({ teamId: day.id, anchor: '2027-06-07', validFrom: '2027-06-07', validUntil: '2027-06-13', cycle: [[oak]] });
    const [mon] = shiftsOf(await r.rota('2027-06-07', '2027-06-07', [day.id]), day.id, '2027-06-07');
    const replace = await r.lead.post('/api/rota/adjustments').send({ type: 'replace', shiftId: mon.id, amhpId: lapsed, expectedAmhpId: oak }).expect(400);
    expect(replace.body.issues).toEqual([{ field: 'amhpId', message: expect.stringMatching(/Lapsed|approval.*s114/) }]);
    const add = await r.lead
      .post('/api/rota/adjustments')
      .send({ type: 'add', teamId: day.id, kind: 'day', startsAt: '2027-06-12T08:00:00Z', endsAt: '2027-06-12T16:00:00Z', amhpId: lapsed })
      .expect(400);
    expect(add.body.issues[0].field).toBe('amhpId');
    // An AMHP whose approval ends mid-rota: approved until 8 June 2027, not on the 9th.
    const ending = (await r.amhp('Ending Test', day.id, { approvedOn: '2022-06-09', expiresOn: '2027-06-08' })).id;
    const [tue, wed] = [...shiftsOf(await r.rota('2027-06-08', '2027-06-09', [day.id]), day.id, '2027-06-08'), ...shiftsOf(await r.rota('2027-06-09', '2027-06-09', [day.id]), day.id, '2027-06-09')];
    await r.lead.post('/api/rota/adjustments').send({ type: 'replace', shiftId: tue.id, amhpId: ending, expectedAmhpId: oak }).expect(201);
    const swap = await r.lead
      .post('/api/rota/adjustments')
      .send({ type: 'swap', first: { shiftId: tue.id, amhpId: ending }, second: { shiftId: wed.id, amhpId: oak } })
      .expect(400);
    expect(swap.body.issues).toEqual([{ field: 'first.amhpId', message: expect.stringContaining('s114') }]);
  });

  it('shows a shift whose AMHP lapses after the pattern was made as a vacancy and a problem', async () => {
    const ending = (await r.amhp('Lapsing Test', day.id, { approvedOn: '2022-07-01', expiresOn: '2027-06-30' })).id;
    await r.pattern({ teamId: day.id, anchor: '2027-06-28', validFrom: '2027-06-28', validUntil: '2027-07-02', cycle: [[ending]] });
    const rota = await r.rota('2027-06-30', '2027-07-01', [day.id]);
    expect(rota.shifts.map((s) => [s.date, s.amhpId, s.vacated?.reason ?? null])).toEqual([
      ['2027-06-30', ending, null],
      ['2027-07-01', null, 'not-approved'],
    ]);
    expect(rota.problems).toEqual([expect.objectContaining({ code: 'not-approved', amhpId: ending })]);
    expect(rota.gaps.map((g) => g.from)).toEqual(['2027-07-01T08:00:00.000Z']);
  });
});

describe('patterns', () => {
  it('refuses a kind other than the team’s, a slot of the other kind, an unknown team or AMHP, naming each field', async () => {
    const base = { teamId: day.id, anchor: '2027-04-05', cycle: [[oak]] };
    expect((await r.lead.post('/api/rota/patterns').send({ ...base, kind: 'edt' }).expect(400)).body.issues.map((i: { field: string }) => i.field)).toEqual(['kind']);
    expect((await r.lead.post('/api/rota/patterns').send({ ...base, slots: ['edt-night'] }).expect(400)).body.issues.map((i: { field: string }) => i.field)).toEqual(['slots']);
    expect((await r.lead.post('/api/rota/patterns').send({ ...base, teamId: 'nowhere' }).expect(400)).body.issues.map((i: { field: string }) => i.field)).toEqual(['teamId']);
    const unknown = await r.lead.post('/api/rota/patterns').send({ ...base, cycle: [[oak], [null, '6f1c2d4e-1111-4222-8333-944455556666']] }).expect(400);
    expect(unknown.body.issues).toEqual([{ field: 'cycle.1.1', message: expect.stringContaining('No AMHP') }]);
    const malformed = await r.lead.post('/api/rota/patterns').send({ teamId: day.id, anchor: '2027-02-30', cycle: [] }).expect(400);
    expect(malformed.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['anchor', 'cycle']);
  });
});

describe('two managers at once', () => {
  it('a replacement naming who the manager saw on the shift gets 409 once someone else changed it', async () => {
    await r.pattern({ teamId: day.id, anchor: '2027-08-02', validFrom: '2027-08-02', validUntil: '2027-08-06', cycle: [[oak]] });
    const [shift] = shiftsOf(await r.rota('2027-08-02', '2027-08-02', [day.id]), day.id, '2027-08-02');
    const other = await signedInAgent(h, 'administrator');
    const [a, b] = await Promise.all([
      r.lead.post('/api/rota/adjustments').send({ type: 'replace', shiftId: shift.id, amhpId: pine, expectedAmhpId: oak }),
      other.post('/api/rota/adjustments').send({ type: 'replace', shiftId: shift.id, amhpId: null, expectedAmhpId: oak }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const winner = a.status === 201 ? pine : null;
    expect(shiftsOf(await r.rota('2027-08-02', '2027-08-02', [day.id]), day.id, '2027-08-02')[0].amhpId).toBe(winner);
  });

  it('a pattern edited on a stale version gets 409 and changes nothing; so does deleting it', async () => {
    const p: RotaPatternView = await r.pattern({ teamId: day.id, anchor: '2027-09-06', validFrom: '2027-09-06', validUntil: '2027-09-10', cycle: [[oak]] });
    const { id, version: _v, kind: _k, ...body } = p;
    const updated = await r.lead.put(`/api/rota/patterns/${id}`).send({ ...body, cycle: [[pine]], version: 1 }).expect(200);
    expect(updated.body.version).toBe(2);
    await r.lead.put(`/api/rota/patterns/${id}`).send({ ...body, cycle: [[oak]], version: 1 }).expect(409);
    await r.lead.delete(`/api/rota/patterns/${id}?version=1`).expect(409);
    expect(shiftsOf(await r.rota('2027-09-06', '2027-09-06', [day.id]), day.id, '2027-09-06')[0].amhpId).toBe(pine);
    await r.lead.delete(`/api/rota/patterns/${id}?version=2`).expect(204);
    expect(shiftsOf(await r.rota('2027-09-06', '2027-09-06', [day.id]), day.id, '2027-09-06')).toEqual([]);
  });

  it('a swap whose sides changed since the manager looked gets 409', async () => {
    await r.pattern({ teamId: day.id, anchor: '2027-10-04', validFrom: '2027-10-04', validUntil: '2027-10-05', period: 'day', cycle: [[oak], [pine]] });
    const rota = await r.rota('2027-10-04', '2027-10-05', [day.id]);
    const [mon, tue] = rota.shifts;
    await r.lead.post('/api/rota/adjustments').send({ type: 'swap', first: { shiftId: mon.id, amhpId: pine }, second: { shiftId: tue.id, amhpId: oak } }).expect(409);
  });
});

describe('teams', () => {
  it('creates, refuses bad or duplicate teams with the field named, and guards edits with the version', async () => {
    const noEdt = await r.lead.post('/api/teams').send({ id: `x-${r.suffix}`, kind: 'day', name: 'No EDT' }).expect(400);
    expect(noEdt.body.issues.map((i: { field: string }) => i.field)).toEqual(['edtTeamId']);
    const badEdt = await r.lead.post('/api/teams').send({ id: `x-${r.suffix}`, kind: 'day', name: 'Bad EDT', edtTeamId: day.id }).expect(400);
    expect(badEdt.body.issues[0].field).toBe('edtTeamId');
    await r.lead.post('/api/teams').send({ id: day.id, kind: 'day', name: 'Again', edtTeamId: edt.id }).expect(409);
    expect(day).toMatchObject({ kind: 'day', edtTeamId: edt.id, nation: 'ENG', dayDutyWeekdays: [1, 2, 3, 4, 5], dayDutyStarts: '09:00', dayDutyEnds: '17:00', handoverAckMinutes: 30 });
    expect(day.coverRules).toEqual([{ kind: 'day', minimum: 1, window: null }]);
    const { id, kind: _k, coverRules: _c, version, ...rest } = day;
    const edited = await r.lead.put(`/api/teams/${id}`).send({ ...rest, handoverAckMinutes: 45, version }).expect(200);
    expect(edited.body).toMatchObject({ handoverAckMinutes: 45, version: version + 1, coverRules: [{ kind: 'day', minimum: 1, window: null }] });
    await r.lead.put(`/api/teams/${id}`).send({ ...rest, version }).expect(409);
    const late = await r.lead.put(`/api/teams/${id}`).send({ ...rest, dayDutyStarts: '18:00', version: version + 1 }).expect(400);
    expect(late.body.issues[0].field).toBe('dayDutyEnds');
  });
});

describe('who is on duty now, and next', () => {
  it('names the AMHP on duty until the end of their shift, and who comes on next', async () => {
    const { day: team } = await r.teams('onduty');
    const [now, next] = [(await r.amhp('Now Test', team.id)).id, (await r.amhp('Next Test', team.id)).id];
    const t = Date.now();
    const iso = (ms: number) => new Date(Math.floor(ms / 60000) * 60000).toISOString();
    await r.lead.post('/api/rota/adjustments').send({ type: 'add', teamId: team.id, kind: 'day', startsAt: iso(t - 3600e3), endsAt: iso(t + 3600e3), amhpId: now }).expect(201);
    await r.lead.post('/api/rota/adjustments').send({ type: 'add', teamId: team.id, kind: 'day', startsAt: iso(t + 2 * 3600e3), endsAt: iso(t + 3 * 3600e3), amhpId: next }).expect(201);
    const amhp = await signedInAgent(h, 'amhp');
    const view = (await amhp.get('/api/rota/on-duty').expect(200)).body as OnDutyView;
    const ours = view.teams.find((x) => x.teamId === team.id)!;
    expect(ours.onDuty).toEqual([{ amhpId: now, amhpName: 'Now Test', until: iso(t + 3600e3) }]);
    expect(ours.next).toEqual([{ amhpId: next, amhpName: 'Next Test', from: iso(t + 2 * 3600e3), to: iso(t + 3 * 3600e3) }]);
    expect(typeof ours.inForce).toBe('boolean');
  });
});

describe('audit and live updates', () => {
  it('writes an audit entry for each change and tells boards the rota changed', async () => {
    const lead = await signIn(h, 'service_lead');
    const board = await BoardClient.connect(h.baseUrl, { cookie: lead.cookie });
    // An administrator (a rota manager without a clinical role) hears of rota changes, and of nothing else.
    const adminBoard = await BoardClient.connect(h.baseUrl, { cookie: (await signIn(h, 'administrator')).cookie });
    try {
      const before = Number((await h.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action LIKE 'absence.%'`))[0].n);
      const created = await r.lead.post('/api/rota/absences').send({ amhpId: pine, kind: 'training', from: '2027-11-01', to: '2027-11-01' }).expect(201);
      await board.waitFor('rota.changed', (p) => p.teamIds.includes(day.id));
      await adminBoard.waitFor('rota.changed', (p) => p.teamIds.includes(day.id));
      await r.lead.delete(`/api/rota/absences/${created.body.id}`).expect(204);
      const rows = (await h.dataSource.query(`SELECT action, entity_id, actor_user_id FROM audit_events WHERE action LIKE 'absence.%' ORDER BY id`)) as {
        action: string;
        entity_id: string;
        actor_user_id: string;
      }[];
      expect(rows).toHaveLength(before + 2);
      expect(rows.slice(-2)).toEqual([
        { action: 'absence.create', entity_id: created.body.id, actor_user_id: r.lead.session.userId },
        { action: 'absence.delete', entity_id: created.body.id, actor_user_id: r.lead.session.userId },
      ]);
      const adjustments = (await h.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action LIKE 'rota-adjustment.%' OR action LIKE 'rota-pattern.%' OR action LIKE 'team.%'`))[0].n;
      expect(adjustments).toBeGreaterThan(5);
    } finally {
      board.close();
      adminBoard.close();
    }
  });

  it('a refused change saves nothing and does not move the revision', async () => {
    const before = (await r.rota('2027-06-07', '2027-06-07', [day.id])).revision;
    await r.lead.post('/api/rota/absences').send({ amhpId: pine, kind: 'leave', from: '2027-11-03', to: '2027-11-02' }).expect(400);
    expect((await r.rota('2027-06-07', '2027-06-07', [day.id])).revision).toBe(before);
  });
});
