import type { HandoverDraftView, HandoverSummaryView } from '@amhp/contracts';
import { HandoverCreator } from '../src/modules/handovers/handover-creator.service';
import { nextBoundary } from '../src/modules/handovers/handover-schedule';
import { signIn, TestSession } from './support/auth';
import { acknowledge, dayTeam, dropTestTeams, EDT_TEAM, getHandover, latest, referralOf, TestTeam } from './support/handover-fixtures';
import { bootHarness, Harness } from './support/harness';
import { communityReferral } from './support/referral-fixtures';

/**
 * The handovers' HTTP side (issue 5): who may read and acknowledge them, notes for the next
 * handover, the draft of the next one, and the audit trail. Handovers are made here through
 * the service the worker's boundary job uses (handovers.int-spec.ts runs the real timers).
 */
let h: Harness;
let team: TestTeam;
let s: Record<'amhp' | 'edt' | 'lead' | 'viewer', TestSession>;
let referralId: string;

beforeAll(async () => {
  h = await bootHarness();
  await h.reset();
  await dropTestTeams(h);
  const [amhp, edt, lead, viewer] = await Promise.all([signIn(h, 'amhp'), signIn(h, 'edt_worker'), signIn(h, 'service_lead'), signIn(h, 'read_only')]);
  s = { amhp, edt, lead, viewer };
  // Day duty 00:00–00:01 every day: the latest boundary is day → EDT.
  team = await dayTeam(h, 'hx-api', '00:00', '00:01');
  referralId = (await referralOf(h, amhp, communityReferral({ teamId: team.id }))).id;
});
afterAll(async () => {
  if (h) await dropTestTeams(h);
  await h?.close();
});

const call = async (session: TestSession | null, method: 'GET' | 'POST', path: string, body?: unknown) => {
  const res = await fetch(`${h.baseUrl}${path}`, { method, headers: session ? session.headers() : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
};
const audit = (entityId: string, action: string) =>
  h.dataSource.query('SELECT actor_name, subject_referral_id FROM audit_events WHERE entity_id = $1 AND action = $2 ORDER BY id', [entityId, action]) as Promise<
    { actor_name: string; subject_referral_id: string | null }[]
  >;

describe('acknowledging a handover: the incoming side, once', () => {
  let handoverId: string;

  beforeAll(async () => {
    const made = await h.api.get(HandoverCreator).create(team.config, latest(team));
    handoverId = made!.id;
    expect(made).toMatchObject({ direction: 'day-to-edt', fromTeamId: team.id, toTeamId: EDT_TEAM });
  });

  it('is made once per boundary (the unique key), by the system, audited', async () => {
    expect(await h.api.get(HandoverCreator).create(team.config, latest(team))).toBeNull();
    expect(await audit(handoverId, 'handover.create')).toEqual([{ actor_name: 'system', subject_referral_id: null }]);
  });

  it('refuses the outgoing day team’s AMHP (403, naming who may), and those who do not act on cases', async () => {
    const byAmhp = await call(s.amhp, 'POST', `/api/handovers/${handoverId}/acknowledge`);
    expect(byAmhp.status).toBe(403);
    expect(byAmhp.body.message).toMatch(/incoming team \(HX emergency duty team\): an EDT worker/);
    expect((await call(s.lead, 'POST', `/api/handovers/${handoverId}/acknowledge`)).status).toBe(403);
    expect((await call(s.viewer, 'POST', `/api/handovers/${handoverId}/acknowledge`)).status).toBe(403);
    expect((await call(null, 'POST', `/api/handovers/${handoverId}/acknowledge`)).status).toBe(401);
    expect((await getHandover(h, s.edt, handoverId)).body.acknowledgedAt).toBeNull();
  });

  it('tells each reader whether they may acknowledge it, by the same rule the refusal uses', async () => {
    expect((await getHandover(h, s.edt, handoverId)).body.youMayAcknowledge).toBe(true);
    expect((await getHandover(h, s.amhp, handoverId)).body.youMayAcknowledge).toBe(false);
    expect((await getHandover(h, s.lead, handoverId)).body.youMayAcknowledge).toBe(false);
  });

  it('two EDT workers acknowledging at once: exactly one wins, the other gets 409 naming who did; audited once', async () => {
    const results = await Promise.all([acknowledge(h, s.edt, handoverId), acknowledge(h, s.edt, handoverId), acknowledge(h, s.edt, handoverId)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(results.find((r) => r.status === 409)!.body.message).toMatch(/^This handover was acknowledged by Test edt_worker at .*\. Nothing was changed\.$/);
    const { body } = await getHandover(h, s.lead, handoverId);
    expect(body).toMatchObject({ acknowledgedBy: { userId: s.edt.userId, name: 'Test edt_worker' }, overdue: false });
    expect(await audit(handoverId, 'handover.acknowledge')).toEqual([{ actor_name: 'Test edt_worker', subject_referral_id: null }]);
  });

  it('unknown and malformed ids: 404 and 400', async () => {
    expect((await call(s.edt, 'POST', '/api/handovers/6f1c2d4e-1111-4222-8333-944455556666/acknowledge')).status).toBe(404);
    const bad = await call(s.edt, 'GET', '/api/handovers/not-a-uuid');
    expect(bad.status).toBe(400);
  });
});

describe('reading handovers', () => {
  it('the list: newest boundary first, no personal details, for case readers only', async () => {
    const list = await call(s.lead, 'GET', `/api/handovers?team=${team.id}`);
    expect(list.status).toBe(200);
    const rows = list.body as unknown as HandoverSummaryView[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ dayTeamId: team.id, caseCount: 1, toTeam: { id: EDT_TEAM, name: 'HX emergency duty team', kind: 'edt' } });
    expect(JSON.stringify(rows)).not.toContain('Test Person');
    expect((await call(s.viewer, 'GET', '/api/handovers')).status).toBe(403);
    const bad = await call(s.lead, 'GET', '/api/handovers?limit=0');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('limit');
  });

  it('one handover with its cases: the read is audited against each case (issue 4)', async () => {
    const [row] = (await h.dataSource.query('SELECT id FROM handovers WHERE day_team_id = $1', [team.id])) as { id: string }[];
    const { status, body } = await getHandover(h, s.lead, row.id);
    expect(status).toBe(200);
    expect(body.cases).toEqual([expect.objectContaining({ referralId, personName: 'Test Person', stage: 'referral_received', awaiting: ['Screening: is a Mental Health Act assessment needed?'] })]);
    expect(await audit(row.id, 'handover.read')).toContainEqual({ actor_name: 'Test service_lead', subject_referral_id: referralId });
    expect((await getHandover(h, s.viewer, row.id)).status).toBe(403);
  });
});

describe('notes for the next handover', () => {
  it('refuses an empty note, an unknown or closed referral (400 naming the field), and those who do not act on cases', async () => {
    const empty = await call(s.amhp, 'POST', '/api/handover-notes', { referralId, text: '  ' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('"text"');
    const unknown = await call(s.amhp, 'POST', '/api/handover-notes', { referralId: '6f1c2d4e-1111-4222-8333-944455556666', text: 'x' });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('referralId');
    const closed = await referralOf(h, s.amhp, communityReferral({ teamId: team.id }));
    await call(s.amhp, 'POST', `/api/referrals/${closed.id}/close`, { version: closed.version, reason: 'Duplicate referral' });
    const onClosed = await call(s.amhp, 'POST', '/api/handover-notes', { referralId: closed.id, text: 'x' });
    expect(onClosed.status).toBe(400);
    expect(JSON.stringify(onClosed.body)).toMatch(/closed/);
    expect((await call(s.lead, 'POST', '/api/handover-notes', { referralId, text: 'x' })).status).toBe(403);
    expect((await call(s.viewer, 'POST', '/api/handover-notes', { referralId, text: 'x' })).status).toBe(403);
  });

  it('a note shows on the upcoming draft and goes into the next handover, not the one after', async () => {
    const written = await call(s.edt, 'POST', '/api/handover-notes', { referralId, text: 'Police to confirm the address by 08:00.' });
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ authorName: 'Test edt_worker', text: 'Police to confirm the address by 08:00.' });
    expect(await audit(written.body.id as string, 'handover-note.create')).toEqual([{ actor_name: 'Test edt_worker', subject_referral_id: referralId }]);

    const draft = await call(s.amhp, 'GET', `/api/handovers/upcoming?team=${team.id}`);
    expect(draft.status).toBe(200);
    const view = draft.body as unknown as HandoverDraftView;
    const next = nextBoundary(team.config, new Date())!;
    expect(view).toMatchObject({ id: null, dayTeamId: team.id, direction: 'edt-to-day', boundaryAt: next.at.toISOString(), acknowledgedAt: null });
    expect(view.cases.find((c) => c.referralId === referralId)?.notes.map((n) => n.text)).toEqual(['Police to confirm the address by 08:00.']);
    expect((await call(s.amhp, 'GET', '/api/handovers/upcoming?team=nope')).status).toBe(404);

    // The next boundary's handover carries it (made ahead of time here); the one after does not.
    const creator = h.api.get(HandoverCreator);
    const first = await creator.create(team.config, next);
    const then = nextBoundary(team.config, next.at)!;
    const second = await creator.create(team.config, then);
    const notesOf = async (id: string) => (await getHandover(h, s.amhp, id)).body.cases.flatMap((c) => c.notes.map((n) => n.text));
    expect(await notesOf(first!.id)).toEqual(['Police to confirm the address by 08:00.']);
    expect(await notesOf(second!.id)).toEqual([]);
  });
});
