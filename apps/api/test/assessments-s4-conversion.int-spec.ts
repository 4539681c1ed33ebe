import type { AssessmentView, CommandRefusedBody, ConvertS4ToS2Input, ValidationErrorBody } from '@amhp/contracts';
import { CONVERT_S4_TO_S2_PATH } from '@amhp/contracts';
import { S4ConversionService } from '../src/modules/assessments/conversions/s4-conversion.service';
import { AssessmentClient, Reply } from './support/assessment-client';
import { prepareCase } from './support/assessment-fixtures';
import { timersOf } from './support/clock-fixtures';
import { bootHarness, Harness } from './support/harness';
import { communityReferral } from './support/referral-fixtures';

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
const clockOf = (view: AssessmentView, kind: string) => view.clocks.find((k) => k.kind === kind);

interface S4Case {
  id: string;
  admittedAt: Date;
}

/** An s4 emergency application founded on one recommendation (s4(3)), the person admitted under it. */
async function s4Admission(firstS12Approved = true): Promise<S4Case> {
  const prepared = await prepareCase(c, { section: 's4', doctors: [{ examinedAt: new Date(Date.now() - 3 * HOUR), s12Approved: firstS12Approved, previousAcquaintance: true }] });
  const id = prepared.assessmentId;
  await c.act(id, 'make_application', {
    section: 's4',
    recommendationIds: prepared.examinationIds,
    urgentNecessityStatement: 'Waiting for a second doctor would cause undesirable delay',
    hospital: 'Example Hospital',
  });
  await c.act(id, 'seek_bed', {});
  await c.act(id, 'identify_bed', { hospital: 'Example Hospital', outOfArea: false });
  await c.act(id, 'arrange_conveyance', { mode: 'ambulance' });
  const admittedAt = new Date();
  await c.act(id, 'admit', { admittedAt: admittedAt.toISOString() });
  return { id, admittedAt };
}

/** The second doctor's examination with a signed s2 recommendation, recorded through the examinations endpoint. */
async function secondRecommendation(id: string, s12Approved = false): Promise<string> {
  const doctor = await c.doctor({ name: 'Dr Second', s12Approved });
  const examinedAt = new Date(Date.now() - HOUR);
  const view = await c.expectOk(
    c.record(id, 'POST', '/examinations', {
      doctorId: doctor.id,
      examinedAt: examinedAt.toISOString(),
      previousAcquaintance: false,
      recommendation: { section: 's2', signedAt: new Date(examinedAt.getTime() + 30 * 60_000).toISOString() },
    }),
  );
  return view.examinations.find((e) => e.doctor.id === doctor.id)!.id;
}

/** Converts with the assessment's current version unless one is given. */
async function convert(id: string, body: Partial<ConvertS4ToS2Input>, version?: number): Promise<Reply> {
  const v = version ?? (await c.view(id)).version;
  return c.send('POST', `/api/assessments/${id}/commands/${CONVERT_S4_TO_S2_PATH}`, { version: v, receivedAt: new Date().toISOString(), ...body });
}

function expectRefused(reply: Reply, message: RegExp): void {
  expect(reply.status).toBe(422);
  expect((reply.body as CommandRefusedBody).message).toMatch(/s4\(4\)/);
  expect((reply.body as CommandRefusedBody).message).toMatch(message);
}

describe('s4(4): the second medical recommendation converts an s4 admission to s2', () => {
  it('s4(4): received within 72 hours, the s4 clock ends and an s2 clock runs from the s4 admission; timers follow', async () => {
    const { id, admittedAt } = await s4Admission();
    const s4Before = clockOf(await c.view(id), 's4')!;
    expect(s4Before).toMatchObject({ status: 'running' });
    expect((await timersOf(h, s4Before.id)).size).toBeGreaterThan(0);
    const examinationId = await secondRecommendation(id);

    const reply = (await convert(id, { examinationId })) as Reply<AssessmentView>;
    expect(reply.status).toBe(200);
    expect(clockOf(reply.body, 's4')).toMatchObject({ id: s4Before.id, status: 'ended' });
    const s2 = clockOf(reply.body, 's2')!;
    expect(s2).toMatchObject({ status: 'running', section: 's2(4)', startsAt: admittedAt.toISOString() });
    // s2(4): 28 days beginning with the day of the s4 admission, not of the second recommendation.
    expect(Date.parse(s2.expiresAt) - admittedAt.getTime()).toBeGreaterThan(26 * 24 * HOUR);
    expect(Date.parse(s2.expiresAt) - admittedAt.getTime()).toBeLessThanOrEqual(28 * 24 * HOUR + HOUR);
    expect(reply.body.timeline.at(-1)).toMatchObject({ type: 's4_converted_to_s2', summary: expect.stringMatching(/s4\(4\)/), data: expect.objectContaining({ examinationId }) });

    expect((await timersOf(h, s4Before.id)).size).toBe(0);
    const s2Timers = await timersOf(h, s2.id);
    expect(s2Timers.get('expiry')!.data).toEqual({ clockId: s2.id, point: 'expiry', dueAt: s2.expiresAt });

    const audit = (await h.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1`, [id])) as { action: string }[];
    expect(audit.map((a) => a.action)).toContain('assessment.s4_converted_to_s2');
  });

  it('s4(4): a second conversion is refused', async () => {
    const { id } = await s4Admission();
    const examinationId = await secondRecommendation(id);
    expect((await convert(id, { examinationId })).status).toBe(200);
    expectRefused(await convert(id, { examinationId }), /already been converted/);
  });

  it('s4(4)(a): received 72 hours or more after the s4 admission is refused; the s4 clock stands', async () => {
    const { id, admittedAt } = await s4Admission();
    const examinationId = await secondRecommendation(id);
    // The timeline is append-only and HTTP refuses a future receipt, so the service is asked as if 73 hours had passed.
    const later = new Date(admittedAt.getTime() + 73 * HOUR);
    const { version } = await c.view(id);
    const attempt = h.api.get(S4ConversionService).convert(id, { version, examinationId, receivedAt: later.toISOString() }, later);
    await expect(attempt).rejects.toThrow(/s4\(4\)\(a\).*within 72 hours/);
    expect(clockOf(await c.view(id), 's2')).toBeUndefined();
  });

  it('s4(4)(b): the two recommendations together must meet s12 (one doctor s12-approved)', async () => {
    const { id } = await s4Admission(false);
    const examinationId = await secondRecommendation(id, false);
    const reply = await convert(id, { examinationId });
    expectRefused(reply, /s12/);
    expect((reply.body as CommandRefusedBody).violations.length).toBeGreaterThan(0);
    expect(clockOf(await c.view(id), 's4')).toMatchObject({ status: 'running' });
  });

  it('an examination not recorded on this case is answered 404', async () => {
    const id = (await c.referral(communityReferral())).assessmentId!;
    expect((await convert(id, { examinationId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    const { id: s4Id } = await s4Admission();
    const examinationId = await secondRecommendation(s4Id);
    // Another case's examination is not this case's second recommendation.
    expect((await convert(id, { examinationId })).status).toBe(404);
  });

  it('s4(4): refused when the case has no s4 admission', async () => {
    const other = await prepareCase(c, { section: 's2', doctors: [{ examinedAt: new Date(Date.now() - 3 * HOUR) }] });
    expectRefused(await convert(other.assessmentId, { examinationId: other.examinationIds[0] }), /no s4 admission/);
  });

  it('bad input is answered 400 naming each field', async () => {
    const { id } = await s4Admission();
    const reply = await convert(id, { examinationId: 'x', receivedAt: 'yesterday' });
    expect(reply.status).toBe(400);
    expect((reply.body as ValidationErrorBody).issues.map((e) => e.field).sort()).toEqual(['examinationId', 'receivedAt']);
  });

  it('a stale version is answered 409 and nothing changes', async () => {
    const { id } = await s4Admission();
    const examinationId = await secondRecommendation(id);
    const { version } = await c.view(id);
    await c.expectOk(c.record(id, 'POST', '/amhp-seen-person', { seenAt: new Date().toISOString() }));
    expect((await convert(id, { examinationId }, version)).status).toBe(409);
    expect(clockOf(await c.view(id), 's2')).toBeUndefined();
  });
});
