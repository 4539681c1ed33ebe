import type { AssessmentView, CommandRefusedBody } from '@amhp/contracts';
import { AssessmentClient } from './support/assessment-client';
import { bootHarness, Harness } from './support/harness';
import { communityReferral, s5_4Referral } from './support/referral-fixtures';

/** The holding-power sequence on one case: s5(4) → s5(2) (s5(5): 72 hours from the s5(4) record) → application or end. */
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
const clock = (view: AssessmentView, kind: string) => view.clocks.find((k) => k.kind === kind);
const report = (id: string, reportFurnishedAt: Date, doctor: { doctorId?: string; doctorName?: string } = { doctorName: 'Dr Ward Doctor' }) =>
  c.record(id, 'POST', '/commands/record-s5-2-report', { reportFurnishedAt: reportFurnishedAt.toISOString(), ...doctor });

describe('s5(4) then s5(2) on one case', () => {
  it('the doctor’s report ends the nurse’s s5(4) clock and runs 72 hours from the s5(4) record (s5(5)); a second report is refused', async () => {
    const nurseRecord = new Date(Date.now() - 2 * HOUR);
    const { assessmentId } = await c.referral(s5_4Referral(nurseRecord));
    const id = assessmentId!;
    const before = await c.view(id);
    expect(before.holdingPowers).toMatchObject({ inPatient: true, s5_2Report: { allowed: true } });
    const doctor = await c.doctor({ name: 'Dr Rowan' });

    const reportedAt = new Date(Date.now() - HOUR);
    const view = await c.expectOk(report(id, reportedAt, { doctorId: doctor.id }));
    expect(clock(view, 's5_4')?.status).toBe('ended');
    expect(clock(view, 's5_2')).toMatchObject({ status: 'running', startsAt: nurseRecord.toISOString(), expiresAt: new Date(nurseRecord.getTime() + 72 * HOUR).toISOString() });
    expect(view.holdingPowers.powers).toEqual([
      expect.objectContaining({ power: 's5_4', startedAt: nurseRecord.toISOString(), endedAt: reportedAt.toISOString(), endedReason: 'Report under s5(2) furnished' }),
      expect.objectContaining({ power: 's5_2', startedAt: reportedAt.toISOString(), doctorName: 'Dr Rowan', countsFromS5_4: true }),
    ]);
    expect(view.holdingPowers.s5_2Report.allowed).toBe(false);
    expect(view.timeline.at(-1)).toMatchObject({ type: 's5_2_report_furnished', summary: expect.stringContaining('s5(5)') });

    // The board shows the s5(2) clock, not the lapsed-looking s5(4) one.
    const referral = await c.expectOk(c.send<{ mostUrgentClock: { kind: string } }>('GET', `/api/referrals/${view.referralId}`));
    expect(referral.mostUrgentClock.kind).toBe('s5_2');

    const again = await report(id, new Date());
    expect(again.status).toBe(422);
    expect((again.body as unknown as CommandRefusedBody).violations).toEqual([expect.objectContaining({ rule: 's5_2.second_report', section: 's5(2)' })]);
  });

  it('a report after the s5(4) six hours ran out starts its own 72 hours', async () => {
    const nurseRecord = new Date(Date.now() - 7 * HOUR);
    const input = s5_4Referral(nurseRecord);
    // The s5(4) has lapsed: a start that old must be confirmed.
    const { assessmentId } = await c.referral({ ...input, legal: { ...input.legal, clockStartConfirmed: true } });
    const reportedAt = new Date(Date.now() - 30 * 60_000);
    const view = await c.expectOk(report(assessmentId!, reportedAt));
    expect(clock(view, 's5_2')).toMatchObject({ startsAt: reportedAt.toISOString(), expiresAt: new Date(reportedAt.getTime() + 72 * HOUR).toISOString() });
    expect(view.holdingPowers.powers[1]).toMatchObject({ power: 's5_2', countsFromS5_4: false });
  });

  it('the s5(4) ends when the doctor arrives without making a report; its clock stops with the reason', async () => {
    const { assessmentId } = await c.referral(s5_4Referral(new Date(Date.now() - HOUR)));
    const ended = await c.expectOk(
      c.record(assessmentId!, 'POST', '/commands/end-holding-power', { power: 's5_4', endedAt: new Date(Date.now() - 10 * 60_000).toISOString(), reason: 'doctor_arrived' }),
    );
    expect(clock(ended, 's5_4')?.status).toBe('ended');
    expect(ended.holdingPowers.powers[0]).toMatchObject({ power: 's5_4', endedReason: 'The doctor or approved clinician arrived and made no report under s5(2)' });
    expect(ended.timeline.at(-1)?.summary).toBe('s5(4) holding power ended: The doctor or approved clinician arrived and made no report under s5(2)');
    const twice = await c.record(assessmentId!, 'POST', '/commands/end-holding-power', { power: 's5_4', endedAt: new Date().toISOString(), reason: 'no_longer_needed' });
    expect(twice.status).toBe(422);
    expect((twice.body as unknown as CommandRefusedBody).message).toContain('s5(4): The s5(4) holding power already ended');
  });

  it('s5(2) is refused for someone who is not an in-patient, quoting s5(2); nothing is recorded', async () => {
    const { assessmentId } = await c.referral(communityReferral());
    const refused = await report(assessmentId!, new Date());
    expect(refused.status).toBe(422);
    expect((refused.body as unknown as CommandRefusedBody).violations).toEqual([expect.objectContaining({ rule: 's5_2.not_in_patient', section: 's5(2)' })]);
    expect((await c.view(assessmentId!)).timeline.map((e) => e.type)).toEqual(['assessment_opened']);
  });

  it('a malformed report is a 400 naming the field, never a 500', async () => {
    const { assessmentId } = await c.referral(s5_4Referral(new Date(Date.now() - HOUR)));
    const bad = await c.record(assessmentId!, 'POST', '/commands/record-s5-2-report', { reportFurnishedAt: 'yesterday' });
    expect(bad.status).toBe(400);
  });
});
