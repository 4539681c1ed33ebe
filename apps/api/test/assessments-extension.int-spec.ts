import type { AssessmentView, CommandRefusedBody, ExtendDetentionInput, ValidationErrorBody } from '@amhp/contracts';
import { EXTEND_DETENTION_PATH } from '@amhp/contracts';
import { AssessmentClient, Reply } from './support/assessment-client';
import { timersOf } from './support/clock-fixtures';
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
const s136Of = (view: AssessmentView) => view.clocks.find((k) => k.kind === 's136')!;

async function s136Case(hoursAgo: number): Promise<string> {
  return (await c.referral(s136Referral(hoursAgo))).assessmentId!;
}

/** Extends with the assessment's current version unless one is given. */
async function extend(id: string, body: Partial<ExtendDetentionInput>, version?: number): Promise<Reply> {
  const v = version ?? (await c.view(id)).version;
  const doctor = body.doctorName ? {} : { doctorId: (await c.doctor()).id };
  return c.send('POST', `/api/assessments/${id}/commands/${EXTEND_DETENTION_PATH}`, {
    version: v,
    authorisedAt: new Date().toISOString(),
    hours: 6,
    reason: 'intoxication',
    ...doctor,
    ...body,
  });
}

function expectRefused(reply: Reply, section: RegExp): void {
  expect(reply.status).toBe(422);
  expect((reply.body as CommandRefusedBody).message).toMatch(section);
}

describe('s136B: recording the extension of a place-of-safety detention', () => {
  it('s136B(1): an extension authorised before the 24 hours expire moves the expiry by its hours and reschedules the timers', async () => {
    const id = await s136Case(20);
    const before = s136Of(await c.view(id));
    expect(before).toMatchObject({ status: 'running', extended: false });

    const reply = (await extend(id, { hours: 6 })) as Reply<AssessmentView>;
    expect(reply.status).toBe(200);
    const after = s136Of(reply.body);
    expect(after).toMatchObject({ id: before.id, status: 'extended', extended: true });
    expect(Date.parse(after.expiresAt) - Date.parse(before.expiresAt)).toBe(6 * HOUR);
    expect(reply.body.timeline.at(-1)).toMatchObject({ type: 'detention_extended', summary: expect.stringMatching(/s136B/) });

    const timers = await timersOf(h, after.id);
    expect(timers.get('expiry')!.data).toEqual({ clockId: after.id, point: 'expiry', dueAt: after.expiresAt });
  });

  it('accepts the doctor by name when they are not on the register', async () => {
    const id = await s136Case(10);
    const reply = (await extend(id, { doctorName: 'Dr Visiting', reason: 'physical_health', hours: 12 })) as Reply<AssessmentView>;
    expect(reply.status).toBe(200);
    expect(s136Of(reply.body).extended).toBe(true);
  });

  it('s136B(1): a second extension is refused', async () => {
    const id = await s136Case(20);
    expect((await extend(id, { hours: 2 })).status).toBe(200);
    const again = await extend(id, { hours: 2 });
    expectRefused(again, /s136B\(1\).*extended once/);
    expect(Date.parse(s136Of(await c.view(id)).expiresAt) - Date.parse(s136Of(await c.view(id)).startsAt)).toBe(26 * HOUR);
  });

  it('s136B(1): an extension authorised after the 24 hours expired is refused; the expiry stands', async () => {
    const id = await s136Case(25);
    expectRefused(await extend(id, {}), /s136B\(1\).*before the 24 hours expire/);
    expect(s136Of(await c.view(id))).toMatchObject({ extended: false });
  });

  it('s136B(2): waiting for a bed, professionals or transport is not the person’s condition', async () => {
    const id = await s136Case(20);
    for (const reason of ['waiting_for_bed', 'waiting_for_professionals', 'waiting_for_conveyance'] as const) {
      expectRefused(await extend(id, { reason }), /s136B\(2\).*not a lawful reason/);
    }
    expect(s136Of(await c.view(id)).extended).toBe(false);
  });

  it('s136B(1): more than 12 hours is refused', async () => {
    const id = await s136Case(20);
    expectRefused(await extend(id, { hours: 13 }), /s136B\(1\).*not more than 12 hours/);
  });

  it('s136B(3): at a police station a superintendent must also approve', async () => {
    const id = await s136Case(20);
    expectRefused(await extend(id, { atPoliceStation: true }), /s136B\(3\).*superintendent/);
    expect((await extend(id, { atPoliceStation: true, superintendentApproved: true })).status).toBe(200);
  });

  it('s136B(1): refused when no s136 or s135(1) detention is running', async () => {
    const id = (await c.referral(communityReferral())).assessmentId!;
    expectRefused(await extend(id, {}), /s136B\(1\).*s136 or s135\(1\)/);
  });

  it('bad input is answered 400 naming each field', async () => {
    const id = await s136Case(20);
    const reply = await extend(id, { hours: 0, reason: 'lunch' as never, authorisedAt: 'yesterday' });
    expect(reply.status).toBe(400);
    const fields = (reply.body as ValidationErrorBody).issues.map((e) => e.field).sort();
    expect(fields).toEqual(['authorisedAt', 'hours', 'reason']);
  });

  it('a stale version is answered 409 and nothing changes', async () => {
    const id = await s136Case(20);
    const { version } = await c.view(id);
    await c.act(id, 'screen_referral', { decision: 'accepted', reason: 'Needs assessment' });
    expect((await extend(id, {}, version)).status).toBe(409);
    expect(s136Of(await c.view(id)).extended).toBe(false);
  });
});
