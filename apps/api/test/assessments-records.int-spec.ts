import type { AssessmentUpdatedEvent, BoardRow, CommandRefusedBody, ValidationErrorBody } from '@amhp/contracts';
import { AssessmentClient } from './support/assessment-client';
import { BoardClient } from './support/board-client';
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

async function underWay(): Promise<string> {
  const { assessmentId } = await c.referral(communityReferral());
  const id = assessmentId!;
  const amhp = await c.amhp();
  const doctor = await c.doctor();
  await c.act(id, 'screen_referral', { decision: 'accepted', reason: 'Needs assessment' });
  await c.act(id, 'allocate_amhp', { amhpId: amhp.id });
  await c.act(id, 'arrange_assessment', { scheduledAt: new Date().toISOString(), place: 'Home', doctorIds: [doctor.id] });
  await c.act(id, 'start_assessment', {});
  return id;
}

describe('s13(4): a nearest relative’s request tracked to the written reply', () => {
  it('a case the NR asked for cannot close after a decision not to apply until the written reasons are recorded', async () => {
    const referral = await c.referral(communityReferral({ source: { kind: 'nearest_relative', referrerName: 'Parent', referrerContact: '01632 960001' } }));
    const id = referral.assessmentId!;
    const screened = await c.act(id, 'screen_referral', { decision: 'no_further_action', reason: 'Already under the crisis team; no assessment needed' });
    expect(screened.nearestRelativeRequest).toBe(true);
    expect(screened.nearestRelative.s13_4Request).toMatchObject({ status: 'written_reasons_due' });

    const refused = await c.command(id, 'close', { version: screened.version });
    expect(refused.status).toBe(422);
    expect((refused.body as CommandRefusedBody).message).toMatch(/s13\(4\)/);

    const answered = await c.act(id, 'send_written_reasons_to_nearest_relative', { sentAt: new Date(Date.now() - 60_000).toISOString() });
    expect(answered.nearestRelative.s13_4Request).toMatchObject({ status: 'answered', outstanding: null });
    expect((await c.act(id, 'close', {})).stage).toBe('closed');
  });
});

describe('records', () => {
  it('s26: the relatives are listed and the nearest relative identified with the reason; the AMHP chooses between twins (s26(3))', async () => {
    const id = await underWay();
    const twins = [
      { name: 'Twin A', relationship: 'brother_or_sister', dateOfBirth: '1990-01-01', livesWithOrCaresForPatient: false, ordinarilyResidentInUk: true },
      { name: 'Twin B', relationship: 'brother_or_sister', dateOfBirth: '1990-01-01', livesWithOrCaresForPatient: false, ordinarilyResidentInUk: true },
    ];
    const undetermined = await c.expectOk(c.record(id, 'PUT', '/nearest-relative/relatives', { patientOrdinarilyResidentInUk: true, relatives: twins }));
    expect(undetermined.nearestRelative).toMatchObject({ identification: 'undetermined', nearestRelativeId: null, contact: { status: 'not_known' } });

    const chosen = await c.expectOk(
      c.record(id, 'PUT', '/nearest-relative/relatives', {
        patientOrdinarilyResidentInUk: true,
        relatives: twins,
        appearingNearestRelative: { index: 1, reason: 'Twin B was born first, according to the family' },
      }),
    );
    expect(chosen.nearestRelative).toMatchObject({ chosenByAmhp: true, contact: { status: 'identified' } });
    expect(chosen.nearestRelative.nearestRelativeId).toBe(chosen.nearestRelative.relatives[1].id);
    expect(chosen.nearestRelative.reason).toContain('Twin B was born first');

    const spouse = await c.expectOk(
      c.record(id, 'PUT', '/nearest-relative/relatives', {
        patientOrdinarilyResidentInUk: true,
        relatives: [...twins, { name: 'Spouse', relationship: 'spouse_or_civil_partner', livesWithOrCaresForPatient: true, ordinarilyResidentInUk: true }],
      }),
    );
    expect(spouse.nearestRelative).toMatchObject({ identification: 'identified', chosenByAmhp: false });
    expect(spouse.nearestRelative.nearestRelativeId).toBe(spouse.nearestRelative.relatives[2].id);
    expect(spouse.nearestRelative.reason).toMatch(/s26\(4\)/);
  });

  it('only a registered medical practitioner gives a medical recommendation; a recommendation is signed after the examination', async () => {
    const id = await underWay();
    const unregistered = await c.doctor({ registered: false });
    const examinedAt = new Date(Date.now() - 2 * HOUR).toISOString();
    const res = await c.record(id, 'POST', '/examinations', {
      doctorId: unregistered.id,
      examinedAt,
      previousAcquaintance: false,
      recommendation: { section: 's2', signedAt: new Date(Date.now() - HOUR).toISOString() },
    });
    expect(res.status).toBe(400);
    expect((res.body as unknown as ValidationErrorBody).issues[0]).toMatchObject({ field: 'doctorId', message: expect.stringMatching(/registered medical practitioner/) });

    const doctor = await c.doctor();
    const early = await c.record(id, 'POST', '/examinations', {
      doctorId: doctor.id,
      examinedAt,
      previousAcquaintance: true,
      recommendation: { section: 's2', signedAt: new Date(Date.now() - 3 * HOUR).toISOString() },
    });
    expect((early.body as unknown as ValidationErrorBody).issues.map((i) => i.field)).toEqual(['recommendation.signedAt']);

    // Examined now, signed later: the recommendation is added to the examination.
    const examined = await c.expectOk(c.record(id, 'POST', '/examinations', { doctorId: doctor.id, examinedAt, previousAcquaintance: true }));
    const examination = examined.examinations[0];
    expect(examination.recommendation).toBeNull();
    const signed = await c.expectOk(
      c.record(id, 'POST', `/examinations/${examination.id}/recommendation`, { section: 's4', signedAt: new Date(Date.now() - HOUR).toISOString() }),
    );
    expect(signed.examinations[0].recommendation).toMatchObject({ section: 's4' });
    expect(signed.recommendationChecks).toEqual([expect.objectContaining({ section: 's4', examinationIds: [examination.id] })]);
  });

  it('s11(5): the visit is recorded for the allocated AMHP; a new allocation clears it', async () => {
    const { assessmentId } = await c.referral(communityReferral());
    const id = assessmentId!;
    const early = await c.record(id, 'POST', '/amhp-seen-person', { seenAt: new Date().toISOString() });
    expect(early.status).toBe(422);
    expect((early.body as unknown as CommandRefusedBody).message).toContain('allocate an AMHP first');

    const [first, second] = [await c.amhp({ name: 'First AMHP' }), await c.amhp({ name: 'EDT AMHP' })];
    await c.act(id, 'screen_referral', { decision: 'accepted', reason: 'Needs assessment' });
    await c.act(id, 'allocate_amhp', { amhpId: first.id });
    const seen = await c.expectOk(c.record(id, 'POST', '/amhp-seen-person', { seenAt: new Date(Date.now() - HOUR).toISOString() }));
    expect(seen.amhp?.lastSawPersonAt).not.toBeNull();
    const handedOver = await c.act(id, 'allocate_amhp', { amhpId: second.id });
    expect(handedOver.amhp).toMatchObject({ id: second.id, lastSawPersonAt: null });
  });

  it('an AMHP whose approval has lapsed cannot be allocated (s114)', async () => {
    const { assessmentId } = await c.referral(communityReferral());
    const id = assessmentId!;
    const lapsed = await c.amhp({ approvedOn: '2019-01-01', expiresOn: '2023-12-31' });
    expect(lapsed.approvalCurrent).toBe(false);
    await c.act(id, 'screen_referral', { decision: 'accepted', reason: 'Needs assessment' });
    const res = await c.command(id, 'allocate_amhp', { version: 2, amhpId: lapsed.id });
    expect(res.status).toBe(422);
    expect((res.body as CommandRefusedBody).message).toMatch(/s114/);
  });
});

describe('live board', () => {
  it('an accepted command publishes assessment.updated and the referral with its new stage', async () => {
    const board = await BoardClient.connect(h.baseUrl, { cookie: c.cookie });
    try {
      const { assessmentId } = await c.referral(communityReferral());
      const id = assessmentId!;
      await c.act(id, 'screen_referral', { decision: 'accepted', reason: 'Needs assessment' });
      const updated: AssessmentUpdatedEvent = await board.waitFor('assessment.updated', (e) => e.id === id);
      expect(updated).toMatchObject({ stage: 'screened', version: 2 });
      // The board row goes with it, so that boards need not ask for the referral.
      const row: BoardRow = await board.waitFor('referral.upserted', (r) => r.assessmentId === id && r.stage === 'screened');
      expect(row).toMatchObject({ stage: 'screened', assessmentVersion: 2 });
    } finally {
      board.close();
    }
  });
});

describe('OpenAPI', () => {
  it('documents the command and record routes with their bodies and the 409/422 answers', async () => {
    const doc = (await (await fetch(`${h.baseUrl}/api/docs-json`)).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>> };
    const apply = doc.paths['/api/assessments/{id}/commands/make-application']?.post;
    expect(apply?.requestBody).toBeDefined();
    expect(Object.keys(apply!.responses).sort()).toEqual(['200', '400', '404', '409', '422']);
    for (const path of ['/api/assessments/{id}', '/api/assessments/{id}/examinations', '/api/assessments/{id}/nearest-relative/relatives', '/api/doctors', '/api/amhps']) {
      expect(doc.paths[path]).toBeDefined();
    }
  });
});
