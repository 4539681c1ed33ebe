import type { AssessmentView, CommandRefusedBody, ReferralView, ValidationErrorBody } from '@amhp/contracts';
import { AssessmentClient } from './support/assessment-client';
import { examinationsApart, prepareCase } from './support/assessment-fixtures';
import { bootHarness, Harness } from './support/harness';
import { communityReferral, s136Referral } from './support/referral-fixtures';

let h: Harness;
let c: AssessmentClient;

beforeAll(async () => {
  h = await bootHarness();
  c = await AssessmentClient.connect(h);
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.reset();
});

const HOUR = 3600_000;

async function eventTypes(assessmentId: string): Promise<string[]> {
  const rows = (await h.dataSource.query('SELECT type FROM assessment_events WHERE assessment_id = $1 ORDER BY sequence', [assessmentId])) as { type: string }[];
  return rows.map((r) => r.type);
}

const clockOf = (view: AssessmentView, kind: string) => view.clocks.find((k) => k.kind === kind);

describe('an assessment is opened with its referral', () => {
  it('in the same transaction: one per referral, at stage "referral received", with the s136 clock on the board (s136(2A))', async () => {
    const referral = await c.referral(s136Referral(2));
    expect(referral.assessmentId).toBeDefined();
    expect(referral.stage).toBe('referral_received');
    expect(referral.mostUrgentClock?.kind).toBe('s136');
    expect(Date.parse(referral.mostUrgentClock!.expiresAt) - Date.parse(referral.legal.clockStartedAt!)).toBe(24 * HOUR);

    const view = await c.view(referral.assessmentId!);
    expect(view).toMatchObject({ referralId: referral.id, stage: 'referral_received', version: 1 });
    expect(view.timeline.map((e) => e.type)).toEqual(['assessment_opened']);
    expect(view.allowedCommands.find((a) => a.command === 'screen_referral')?.allowed).toBe(true);

    const board = await c.expectOk(c.send<ReferralView[]>('GET', '/api/referrals'));
    expect(board).toHaveLength(1);
    expect(board[0]).toMatchObject({ assessmentId: view.id, stage: 'referral_received' });
    expect(board[0].mostUrgentClock?.kind).toBe('s136');
  });

  it('GET of an unknown assessment is 404; a malformed id is 400 naming the field', async () => {
    expect((await c.get('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const bad = await c.get('not-a-uuid');
    expect(bad.status).toBe(400);
    expect((bad.body as unknown as ValidationErrorBody).issues.map((i) => i.field)).toEqual(['id']);
  });
});

describe('the full walk: referral to an s2 application to admission, then closed', () => {
  it('takes a case through every stage; the clocks follow the facts (s6(1)(a), s2(4))', async () => {
    // s12(1): the 1st and the 7th are five clear days apart, which is allowed.
    const [first, second] = examinationsApart(5);
    const prepared = await prepareCase(c, { section: 's2', doctors: [{ examinedAt: first, s12Approved: true, previousAcquaintance: true }, { examinedAt: second, s12Approved: false }] });
    const id = prepared.assessmentId;
    expect(prepared.view.stage).toBe('assessment_under_way');
    expect(prepared.view.amhp?.lastSawPersonAt).not.toBeNull();
    expect(prepared.view.nearestRelative).toMatchObject({ identification: 'identified', contact: { status: 'identified' } });
    expect(prepared.view.recommendationChecks).toEqual([expect.objectContaining({ section: 's2', lawful: true })]);
    expect(prepared.view.applicationChecks?.s2).toMatchObject({ lawful: true, violations: [] });

    const applied = await c.act(id, 'make_application', { section: 's2', recommendationIds: prepared.examinationIds, hospital: 'Example Hospital' });
    expect(applied.stage).toBe('outcome_recorded');
    expect(applied.outcome).toMatchObject({ kind: 'application', application: { section: 's2', examinationIds: expect.arrayContaining(prepared.examinationIds) } });
    const window = clockOf(applied, 's6_1a');
    expect(window).toMatchObject({ status: 'running', section: 's6(1)(a)' });

    await c.act(id, 'seek_bed', {});
    await c.act(id, 'identify_bed', { hospital: 'Example Hospital', ward: 'Willow ward', outOfArea: true });
    await c.act(id, 'arrange_conveyance', { mode: 'ambulance', details: 'Booked for 14:00' });
    const admittedAt = new Date().toISOString();
    const admitted = await c.act(id, 'admit', { admittedAt });
    expect(admitted.stage).toBe('admitted');
    expect(clockOf(admitted, 's6_1a')?.status).toBe('ended');
    expect(clockOf(admitted, 's2')).toMatchObject({ status: 'running', section: 's2(4)' });

    const referralWhileAdmitted = await c.expectOk(c.send<ReferralView>('GET', `/api/referrals/${prepared.referralId}`));
    expect(referralWhileAdmitted).toMatchObject({ stage: 'admitted', mostUrgentClock: { kind: 's2' } });

    const closed = await c.act(id, 'close', {});
    expect(closed.stage).toBe('closed');
    expect(closed.allowedCommands.every((a) => !a.allowed)).toBe(true);
    expect(closed.clocks.every((k) => k.status === 'ended')).toBe(true);

    expect(await eventTypes(id)).toEqual([
      'assessment_opened',
      'referral_screened',
      'amhp_allocated',
      'assessment_arranged',
      'assessment_started',
      'amhp_saw_person',
      'examination_recorded',
      'examination_recorded',
      'relatives_recorded',
      'nearest_relative_contact_recorded',
      'application_made',
      'bed_sought',
      'bed_identified',
      'conveyance_arranged',
      'person_admitted',
      'assessment_closed',
    ]);
    if (c.userId) expect(closed.timeline.at(-1)?.by).toBe(c.userId);

    // The denormalised columns agree with the timeline (statistics read them).
    const [row] = (await h.dataSource.query(
      'SELECT stage, version, outcome_kind, application_section, out_of_area, admitted_at, hospital FROM assessments WHERE id = $1',
      [id],
    )) as Array<Record<string, unknown>>;
    expect(row).toMatchObject({ stage: 'closed', version: closed.version, outcome_kind: 'application', application_section: 's2', out_of_area: true, hospital: 'Example Hospital' });
    expect((row.admitted_at as Date).toISOString()).toBe(admittedAt);

    // Closing the assessment closed the referral: it has left the board.
    const referral = await c.expectOk(c.send<ReferralView>('GET', `/api/referrals/${prepared.referralId}`));
    expect(referral.status).toBe('closed');
    expect(await c.expectOk(c.send<ReferralView[]>('GET', '/api/referrals'))).toEqual([]);
  });
});

describe('refusals: nothing is saved', () => {
  async function refusedApplication(id: string, body: object): Promise<CommandRefusedBody> {
    const before = await c.view(id);
    const res = await c.command(id, 'make_application', { section: 's2', ...body, version: before.version } as never);
    expect(res.status).toBe(422);
    const after = await c.view(id);
    expect(after.version).toBe(before.version);
    expect(after.stage).toBe('assessment_under_way');
    expect(after.timeline).toHaveLength(before.timeline.length);
    return res.body as CommandRefusedBody;
  }

  it('a command the stage does not allow is refused with a reason naming the stage', async () => {
    const referral = await c.referral(communityReferral());
    const res = await c.command(referral.assessmentId!, 'seek_bed', { version: 1 });
    expect(res.status).toBe(422);
    expect((res.body as CommandRefusedBody).message).toContain('stage "Referral received"');
    expect(await eventTypes(referral.assessmentId!)).toEqual(['assessment_opened']);
  });

  it('s12(1): s2 with examinations on the 1st and the 8th (six clear days) is refused, quoting s12(1)', async () => {
    const [first, second] = examinationsApart(6);
    const { assessmentId, examinationIds } = await prepareCase(c, { doctors: [{ examinedAt: first }, { examinedAt: second }] });
    const body = await refusedApplication(assessmentId, { recommendationIds: examinationIds });
    expect(body.violations).toEqual([expect.objectContaining({ rule: 'recommendations.examinations_too_far_apart', section: 's12(1)' })]);
    expect(body.message).toMatch(/s12\(1\): No more than five clear days/);
  });

  it('s11(4): an s3 application the nearest relative objects to is refused, quoting s11(4)', async () => {
    const [first, second] = examinationsApart(1);
    const { assessmentId, examinationIds } = await prepareCase(c, {
      section: 's3',
      doctors: [{ examinedAt: first }, { examinedAt: second }],
      nearestRelative: { consulted: true, objects: true },
    });
    const body = await refusedApplication(assessmentId, { section: 's3', recommendationIds: examinationIds });
    expect(body.violations.map((v) => v.section)).toEqual(['s11(4)(a)']);
    expect(body.message).toContain('s11(4)(a): The nearest relative objects');
  });

  it('s12(2): two recommendations with no s12-approved doctor are refused, quoting s12(2)', async () => {
    const [first, second] = examinationsApart(0);
    const { assessmentId, examinationIds } = await prepareCase(c, { doctors: [{ examinedAt: first, s12Approved: false }, { examinedAt: second, s12Approved: false }] });
    const body = await refusedApplication(assessmentId, { recommendationIds: examinationIds });
    expect(body.violations).toEqual([expect.objectContaining({ rule: 'recommendations.no_s12_doctor', section: 's12(2)' })]);
  });

  it('s12(2): without previous acquaintance the reason must be recorded; with it the application is made and the exception kept', async () => {
    const [first, second] = examinationsApart(2);
    const { assessmentId, examinationIds } = await prepareCase(c, {
      doctors: [
        { examinedAt: first, previousAcquaintance: false },
        { examinedAt: second, previousAcquaintance: false },
      ],
    });
    const body = await refusedApplication(assessmentId, { recommendationIds: examinationIds });
    expect(body.violations).toEqual([expect.objectContaining({ rule: 'recommendations.no_previous_acquaintance', section: 's12(2)' })]);

    const reason = 'GP practice closed out of hours; no doctor who knows the person was available';
    const made = await c.act(assessmentId, 'make_application', { section: 's2', recommendationIds: examinationIds, noPreviousAcquaintanceReason: reason });
    expect(made.outcome).toMatchObject({
      kind: 'application',
      application: { noPreviousAcquaintanceReason: reason, exceptions: [{ rule: 'recommendations.no_previous_acquaintance', section: 's12(2)', reason }] },
    });
  });

  it('bad input is 400 with every field named, and nothing is saved', async () => {
    const referral = await c.referral(communityReferral());
    const res = await c.command(referral.assessmentId!, 'screen_referral', { version: 1, decision: 'maybe', reason: '  ' } as never);
    expect(res.status).toBe(400);
    expect((res.body as ValidationErrorBody).issues.map((i) => i.field).sort()).toEqual(['decision', 'reason']);
    const noVersion = await c.command(referral.assessmentId!, 'withdraw', { reason: 'Duplicate' } as never);
    expect((noVersion.body as ValidationErrorBody).issues.map((i) => i.field)).toEqual(['version']);
    expect(await eventTypes(referral.assessmentId!)).toEqual(['assessment_opened']);
  });

  it('an unknown AMHP or doctor is a 400 on that field', async () => {
    const referral = await c.referral(communityReferral());
    const id = referral.assessmentId!;
    await c.act(id, 'screen_referral', { decision: 'accepted', reason: 'Needs assessment' });
    const res = await c.command(id, 'allocate_amhp', { version: 2, amhpId: '00000000-0000-4000-8000-000000000000' });
    expect(res.status).toBe(400);
    expect((res.body as ValidationErrorBody).issues).toEqual([{ field: 'amhpId', message: expect.stringMatching(/No AMHP/) }]);
    expect((await c.view(id)).version).toBe(2);
  });
});

describe('optimistic concurrency', () => {
  it('a stale version is refused with 409 and nothing changes', async () => {
    const referral = await c.referral(communityReferral());
    const id = referral.assessmentId!;
    await c.act(id, 'screen_referral', { decision: 'accepted', reason: 'Needs assessment' });
    const before = await c.view(id);
    const res = await c.command(id, 'withdraw', { version: 1, reason: 'Duplicate referral' });
    expect(res.status).toBe(409);
    expect((res.body as { message: string }).message).toMatch(/you had version 1, it is now 2/);
    const after = await c.view(id);
    expect(after).toMatchObject({ stage: 'screened', version: before.version });
    expect(after.timeline).toHaveLength(before.timeline.length);
    expect((await c.expectOk(c.send<ReferralView>('GET', `/api/referrals/${referral.id}`))).status).toBe('open');
  });
});

describe('withdrawal', () => {
  it('at any open stage, with the reason: the assessment and the referral close, the clocks stop', async () => {
    const referral = await c.referral(s136Referral(1));
    const id = referral.assessmentId!;
    const view = await c.act(id, 'withdraw', { reason: 'Person released by police before assessment' });
    expect(view).toMatchObject({ stage: 'closed', withdrawal: { reason: 'Person released by police before assessment' } });
    expect(clockOf(view, 's136')?.status).toBe('ended');
    const closed = await c.expectOk(c.send<ReferralView>('GET', `/api/referrals/${referral.id}`));
    expect(closed).toMatchObject({ status: 'closed', stage: 'closed', mostUrgentClock: null });
  });
});
