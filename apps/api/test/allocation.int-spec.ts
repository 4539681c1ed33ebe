import type { AllocationSuggestionView, AmhpView, AssessmentView, MyCasesView, ReferralView, TeamView } from '@amhp/contracts';
import { assessmentCommandUrl } from '@amhp/contracts';
import { addLondonDays, dutyTeamAt, isDayDutyDate, londonDateOf, londonInstant, teamConfig } from '@amhp/domain';
import { SignedInAgent, signedInAgent } from './support/auth';
import { bootHarness, Harness } from './support/harness';
import { communityReferral } from './support/referral-fixtures';
import { assessmentOf, RotaSetup } from './support/rota-setup';

/**
 * Allocation (issue 5): a referral accepted for assessment goes to the on-duty AMHP of the
 * team responsible: the day team in hours, its EDT out of hours (evenings, nights, weekends,
 * bank holidays); the suggestion ranks the on-duty AMHPs by availability and caseload; an AMHP
 * without approval in force is never suggested (s114). The ranking is checked at fixed
 * instants (?at=, a working weekday in a week's time); acceptance allocates at the real now,
 * with rota data made around it, so the tests hold at any hour.
 */
let h: Harness;
let rota: RotaSetup;
let amhpWorker: SignedInAgent;
const HOUR = 3_600_000;

// Teams: a standard day team (Mon–Fri 09:00–17:00), a day team in hours all day every day, one
// never in hours, all covered by one EDT; and a day team whose EDT has nobody on the rota.
let ids: { day: string; always: string; never: string; edt: string; lonely: string; emptyEdt: string };
let d1: AmhpView, d2: AmhpView, lapsed: AmhpView, e1: AmhpView, a1: AmhpView, a2: AmhpView, e2: AmhpView;
let wednesday: string;
let inHours: Date, evening: Date, saturday: Date;

beforeAll(async () => {
  h = await bootHarness();
  rota = await RotaSetup.connect(h);
  amhpWorker = await signedInAgent(h, 'amhp');
  ids = {
    day: rota.teamId('day'),
    always: rota.teamId('always'),
    never: rota.teamId('never'),
    edt: rota.teamId('edt'),
    lonely: rota.teamId('lonely'),
    emptyEdt: rota.teamId('edt-empty'),
  };
  await rota.team({ id: ids.edt, kind: 'edt', name: 'Test EDT' });
  await rota.team({ id: ids.emptyEdt, kind: 'edt', name: 'Unstaffed EDT' });
  await rota.team({ id: ids.day, kind: 'day', name: 'Test day team', edtTeamId: ids.edt });
  await rota.team({ id: ids.always, kind: 'day', name: 'Always in hours', edtTeamId: ids.edt, dayDutyWeekdays: [1, 2, 3, 4, 5, 6, 7], dayDutyStarts: '00:00', dayDutyEnds: '23:59' });
  await rota.team({ id: ids.never, kind: 'day', name: 'Never in hours', edtTeamId: ids.edt, dayDutyWeekdays: [] });
  await rota.team({ id: ids.lonely, kind: 'day', name: 'Nobody on duty', edtTeamId: ids.emptyEdt, dayDutyWeekdays: [] });

  const d1User = await rota.user('alloc-d1', ['amhp']);
  const d2User = await rota.user('alloc-d2', ['amhp']);
  d1 = await rota.amhp('Dana One', ids.day, d1User.userId);
  d2 = await rota.amhp('Dev Two', ids.day, d2User.userId);
  lapsed = await rota.amhp('Lee Lapsed', ids.day);
  e1 = await rota.amhp('Eve EDT', ids.edt);
  a1 = await rota.amhp('Ash Always', ids.always);
  a2 = await rota.amhp('Ari Always', ids.always);
  e2 = await rota.amhp('Eli EDT now', ids.edt);

  // A working Wednesday at least a week ahead (not a bank holiday), its evening, and the Saturday after.
  const config = teamConfig({ teamId: ids.day, edtTeamId: ids.edt });
  wednesday = addLondonDays(londonDateOf(new Date()), 7);
  const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
  while (weekday(wednesday) !== 3 || !isDayDutyDate(wednesday, config)) wednesday = addLondonDays(wednesday, 1);
  inHours = londonInstant(wednesday, '10:00');
  evening = londonInstant(wednesday, '20:00');
  saturday = londonInstant(addLondonDays(wednesday, 3), '11:00');
  for (const amhp of [d1, d2, lapsed]) await rota.shift(ids.day, 'day', londonInstant(wednesday, '09:00'), londonInstant(wednesday, '17:00'), amhp.id);
  await rota.shift(ids.edt, 'edt', londonInstant(wednesday, '17:00'), londonInstant(addLondonDays(wednesday, 1), '09:00'), e1.id);
  await rota.shift(ids.edt, 'edt', londonInstant(addLondonDays(wednesday, 3), '09:00'), londonInstant(addLondonDays(wednesday, 3), '17:00'), e1.id);
  // s114: Lee's approval is suspended from today, after being put on the rota.
  await rota.lead.patch(`/api/amhps/${lapsed.id}`).send({ suspendedFrom: londonDateOf(new Date()) }).expect(200);

  // Around the real now: two "always" AMHPs on day duty and one EDT AMHP.
  const now = Date.now();
  for (const amhp of [a1, a2]) await rota.shift(ids.always, 'day', new Date(now - HOUR), new Date(now + 2 * HOUR), amhp.id);
  await rota.shift(ids.edt, 'edt', new Date(now - HOUR), new Date(now + 2 * HOUR), e2.id);
});

afterAll(async () => {
  await rota?.removeShifts();
  await h?.close();
});

async function referral(teamId?: string): Promise<ReferralView> {
  const res = await amhpWorker.post('/api/referrals').send(communityReferral(teamId ? { teamId } : {}));
  if (res.status !== 201) throw new Error(`referral: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as ReferralView;
}

async function command(assessmentId: string, type: 'screen_referral' | 'allocate_amhp', body: object): Promise<AssessmentView> {
  const { version } = (await amhpWorker.get(`/api/assessments/${assessmentId}`).expect(200)).body as AssessmentView;
  const res = await amhpWorker.post(assessmentCommandUrl(assessmentId, type)).send({ ...body, version });
  if (res.status !== 200) throw new Error(`${type}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as AssessmentView;
}

const accept = (assessmentId: string) => command(assessmentId, 'screen_referral', { decision: 'accepted', reason: 'Assessment needed' });
const allocate = (assessmentId: string, amhpId: string) => command(assessmentId, 'allocate_amhp', { amhpId });

/** Accepts the referral (which may allocate someone on duty now) and makes sure the case is with `amhpId`. */
async function give(assessmentId: string, amhpId: string): Promise<void> {
  const accepted = await accept(assessmentId);
  if (accepted.amhp?.id !== amhpId) await allocate(assessmentId, amhpId);
}

async function suggestion(assessmentId: string, at?: Date): Promise<AllocationSuggestionView> {
  const res = await amhpWorker.get(`/api/assessments/${assessmentId}/allocation`).query(at ? { at: at.toISOString() } : {});
  if (res.status !== 200) throw new Error(`allocation: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as AllocationSuggestionView;
}

describe('the suggested AMHP', () => {
  let held: ReferralView;

  beforeAll(async () => {
    // Dana already holds one open case.
    held = await referral(ids.day);
    await give(assessmentOf(held), d1.id);
  });

  it('in hours (a weekday, 10:00): the day team’s on-duty AMHP with the fewest open cases', async () => {
    const s = await suggestion(assessmentOf(await referral(ids.day)), inHours);
    expect(s).toMatchObject({ team: ids.day, teamName: 'Test day team', kind: 'day', outOfHours: false, at: inHours.toISOString() });
    expect(s.suggested).toMatchObject({ amhpId: d2.id, amhpName: 'Dev Two', rank: 1, openCases: 0, availability: 'available', onDutyUntil: londonInstant(wednesday, '17:00').toISOString() });
    expect(s.ranked.map((c) => [c.amhpName, c.openCases])).toEqual([
      ['Dev Two', 0],
      ['Dana One', 1],
    ]);
    expect(s.ranked[1].reasons.map((r) => r.code)).toEqual(['on-duty', 'available', 'caseload']);
    expect(s.excluded.find((e) => e.amhpId === e1.id)?.reasons.map((r) => r.code)).toEqual(['not-on-duty']);
  });

  it('out of hours at 20:00 on a weekday: the EDT AMHP on duty', async () => {
    const s = await suggestion(assessmentOf(await referral(ids.day)), evening);
    expect(s).toMatchObject({ team: ids.edt, teamName: 'Test EDT', kind: 'edt', outOfHours: true });
    expect(s.suggested?.amhpId).toBe(e1.id);
    expect(s.ranked.map((c) => c.amhpId)).toEqual([e1.id]);
  });

  it('out of hours on a Saturday: the EDT AMHP on duty', async () => {
    const s = await suggestion(assessmentOf(await referral(ids.day)), saturday);
    expect(s).toMatchObject({ team: ids.edt, kind: 'edt', outOfHours: true });
    expect(s.suggested?.amhpId).toBe(e1.id);
  });

  it('s114: an AMHP whose approval has lapsed is never suggested, though rostered and with no cases', async () => {
    const s = await suggestion(assessmentOf(await referral(ids.day)), inHours);
    expect(s.ranked.map((c) => c.amhpId)).not.toContain(lapsed.id);
    const reasons = s.excluded.find((e) => e.amhpId === lapsed.id)?.reasons.map((r) => r.code);
    expect(reasons).toContain('not-approved');
    // The allocate command refuses them too (s114), quoting the section.
    const target = assessmentOf(await referral(ids.day));
    await accept(target);
    const { version } = (await amhpWorker.get(`/api/assessments/${target}`).expect(200)).body as AssessmentView;
    const refused = await amhpWorker.post(assessmentCommandUrl(target, 'allocate_amhp')).send({ amhpId: lapsed.id, version });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toMatch(/s114/);
  });

  it('an AMHP marked unavailable is not suggested', async () => {
    const user = await rota.user('alloc-d2', ['amhp']);
    await user.put('/api/amhps/me/availability').send({ availability: 'unavailable' }).expect(200);
    try {
      const s = await suggestion(assessmentOf(await referral(ids.day)), inHours);
      expect(s.suggested?.amhpId).toBe(d1.id);
      expect(s.excluded.find((e) => e.amhpId === d2.id)?.reasons.map((r) => r.code)).toEqual(['unavailable']);
    } finally {
      await user.put('/api/amhps/me/availability').send({ availability: 'available' }).expect(200);
    }
  });

  it('reassignment: the allocated AMHP is left out, the next is suggested, and the allocate command moves the case', async () => {
    const before = await suggestion(assessmentOf(held), inHours);
    expect(before.allocatedAmhp).toEqual({ id: d1.id, name: 'Dana One' });
    expect(before.excluded.find((e) => e.amhpId === d1.id)?.reasons.map((r) => r.code)).toContain('excluded');
    expect(before.suggested?.amhpId).toBe(d2.id);

    await allocate(assessmentOf(held), d2.id);
    const view = (await amhpWorker.get(`/api/referrals/${held.id}`).expect(200)).body as ReferralView;
    expect(view.allocatedAmhp).toEqual({ id: d2.id, name: 'Dev Two' });
    const after = await suggestion(assessmentOf(held), inHours);
    expect(after.allocatedAmhp?.id).toBe(d2.id);
    expect(after.suggested).toMatchObject({ amhpId: d1.id, openCases: 0 });
  });

  it('my cases: each AMHP sees the open cases allocated to them; an account without an AMHP sees none', async () => {
    const dev = await rota.user('alloc-d2', ['amhp']);
    const dana = await rota.user('alloc-d1', ['amhp']);
    const mine = (await dev.get('/api/my-cases').expect(200)).body as MyCasesView;
    expect(mine.amhp).toEqual({ id: d2.id, name: 'Dev Two' });
    expect(mine.cases.map((c) => c.id)).toContain(held.id);
    expect(mine.cases.every((c) => c.allocatedAmhp?.id === d2.id)).toBe(true);
    const hers = (await dana.get('/api/my-cases').expect(200)).body as MyCasesView;
    expect(hers.cases.map((c) => c.id)).not.toContain(held.id);
    expect((await amhpWorker.get('/api/my-cases').expect(200)).body).toEqual({ amhp: null, cases: [] });
  });

  it('refuses a malformed instant (400 naming at) and an unknown assessment (404); read_only may not ask', async () => {
    const id = assessmentOf(await referral(ids.day));
    const bad = await amhpWorker.get(`/api/assessments/${id}/allocation`).query({ at: 'tomorrow' }).expect(400);
    expect(bad.body.issues.map((i: { field: string }) => i.field)).toEqual(['at']);
    await amhpWorker.get('/api/assessments/6f1c2d4e-1111-4222-8333-944455556666/allocation').expect(404);
    const viewer = await signedInAgent(h, 'read_only');
    await viewer.get(`/api/assessments/${id}/allocation`).expect(403);
  });
});

describe('allocation when a referral is accepted', () => {
  it('in hours: the day team’s on-duty AMHP with the fewest cases, in the same change as the acceptance, audited', async () => {
    // Ash already holds a case, so Ari (no cases) is suggested in hours.
    const busy = await referral(ids.always);
    await give(assessmentOf(busy), a1.id);
    const r = await referral(ids.always);
    const id = assessmentOf(r);
    const { version } = (await amhpWorker.get(`/api/assessments/${id}`).expect(200)).body as AssessmentView;
    const view = await accept(id);
    // The team all day every day is in hours except on a bank holiday (or 23:59–00:00): then EDT is right.
    const responsible = dutyTeamAt(new Date(), teamConfig({ teamId: ids.always, edtTeamId: ids.edt, dayDutyWeekdays: [1, 2, 3, 4, 5, 6, 7], dayDutyStarts: '00:00', dayDutyEnds: '23:59' }));
    const expected = responsible.kind === 'day' ? a2 : e2;
    expect(view.stage).toBe('amhp_allocated');
    expect(view.amhp?.id).toBe(expected.id);
    // One change: the acceptance and the allocation are written together.
    expect(view.version).toBe(version + 1);
    expect(view.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['referral_screened', 'amhp_allocated']));
    const [entry] = (await h.dataSource.query(`SELECT action, after FROM audit_events WHERE entity_id = $1 AND action = 'assessment.auto-allocate'`, [id])) as { action: string; after: { amhpId: string; team: string; outOfHours: boolean } }[];
    expect(entry.after).toMatchObject({ amhpId: expected.id, team: responsible.team, outOfHours: responsible.kind === 'edt' });
    const board = (await amhpWorker.get('/api/referrals').expect(200)).body as ReferralView[];
    expect(board.find((b) => b.id === r.id)).toMatchObject({ teamId: ids.always, dutyTeam: { id: responsible.team, kind: responsible.kind }, allocatedAmhp: { id: expected.id } });
  });

  it('out of hours: a new referral goes to the EDT AMHP on duty', async () => {
    const r = await referral(ids.never);
    const view = await accept(assessmentOf(r));
    expect(view.amhp?.id).toBe(e2.id);
    const read = (await amhpWorker.get(`/api/referrals/${r.id}`).expect(200)).body as ReferralView;
    expect(read).toMatchObject({ teamId: ids.never, dutyTeam: { id: ids.edt, name: 'Test EDT', kind: 'edt' }, allocatedAmhp: { id: e2.id, name: 'Eli EDT now' } });
  });

  it('nobody on duty: the case is accepted and waits unallocated', async () => {
    const r = await referral(ids.lonely);
    const view = await accept(assessmentOf(r));
    expect(view.stage).toBe('screened');
    expect(view.amhp).toBeNull();
  });

  it('a referral not accepted is not allocated', async () => {
    const r = await referral(ids.never);
    const view = await command(assessmentOf(r), 'screen_referral', { decision: 'no_further_action', reason: 'Not needed' });
    expect(view.amhp).toBeNull();
  });
});

describe('the referral’s team at intake', () => {
  it('defaults to the first day team when none is named', async () => {
    const teams = (await rota.lead.get('/api/teams').expect(200)).body as TeamView[];
    const first = teams.filter((t) => t.kind === 'day').map((t) => t.id).sort()[0];
    const r = await referral();
    expect(r.teamId).toBe(first);
    expect(r.dutyTeam?.id).toBeDefined();
    expect(r.allocatedAmhp).toBeNull();
  });

  it('refuses an unknown team, an EDT (referrals belong to a day team) and a malformed id with 400 naming teamId; nothing is saved', async () => {
    const before = (await h.dataSource.query(`SELECT count(*)::int AS n FROM referrals`)) as { n: number }[];
    for (const teamId of ['no-such-team', ids.edt, 'Not A Slug']) {
      const res = await amhpWorker.post('/api/referrals').send(communityReferral({ teamId })).expect(400);
      expect(res.body.issues.map((i: { field: string }) => i.field)).toEqual(['teamId']);
    }
    const after = (await h.dataSource.query(`SELECT count(*)::int AS n FROM referrals`)) as { n: number }[];
    expect(after[0].n).toBe(before[0].n);
  });
});
