import type { AssessmentView, CommandRefusedBody } from '@amhp/contracts';
import { addLondonDays, addLondonMonths, londonDateOf, londonInstant } from '@amhp/domain';
import { AssessmentClient } from './support/assessment-client';
import { examinationsApart, prepareCase } from './support/assessment-fixtures';
import { bootHarness, Harness } from './support/harness';
import { communityReferral } from './support/referral-fixtures';

/**
 * Applications judged against the rest of the case: a detention under s2 already running
 * (s2(4)), a second recommendation already there for an s4 (s4(2)), and the AMHP's warrant in
 * force on the date of each act (s114).
 */
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
const DAY = 24 * HOUR;
const clockOf = (view: AssessmentView, kind: string) => view.clocks.filter((k) => k.kind === kind);
const detainedUnderS2 = (admittedAt: Date) =>
  communityReferral({ legal: { situation: 's2_detained', clockStartedAt: admittedAt.toISOString() }, currentLocation: 'Cedar Ward, Example Hospital' });

async function admit(id: string): Promise<{ status: number; body: unknown }> {
  await c.act(id, 'seek_bed', {});
  await c.act(id, 'identify_bed', { hospital: 'Example Hospital', outOfArea: false });
  const { version } = await c.view(id);
  return c.command(id, 'admit', { version, admittedAt: new Date().toISOString() });
}

describe('s2(4): a person already detained under s2', () => {
  it('a second s2 application is refused with s2(4) quoted; an s3 application is accepted and takes over the s2 clock', async () => {
    const [first, second] = examinationsApart(1);
    const s2Admission = new Date(Date.now() - 10 * DAY);
    const prepared = await prepareCase(c, { section: 's2', referral: detainedUnderS2(s2Admission), doctors: [{ examinedAt: first }, { examinedAt: second }] });
    expect(prepared.view.applicationChecks?.s2.violations.map((v) => v.section)).toEqual(['s2(4)']);

    const refused = await c.command(prepared.assessmentId, 'make_application', { version: prepared.view.version, section: 's2', recommendationIds: prepared.examinationIds });
    expect(refused.status).toBe(422);
    const body = refused.body as CommandRefusedBody;
    expect(body.violations).toEqual([expect.objectContaining({ rule: 's2.already_detained', section: 's2(4)' })]);
    expect(body.message).toContain('s2(4): The person is already detained under s2');
    expect((await c.view(prepared.assessmentId)).stage).toBe('assessment_under_way');

    const [a, b] = examinationsApart(1);
    const s3 = await prepareCase(c, { section: 's3', referral: detainedUnderS2(s2Admission), doctors: [{ examinedAt: a }, { examinedAt: b }] });
    await c.act(s3.assessmentId, 'make_application', { section: 's3', recommendationIds: s3.examinationIds });
    const admitted = await admit(s3.assessmentId);
    expect(admitted.status).toBe(200);
    const view = admitted.body as AssessmentView;
    expect(clockOf(view, 's2')).toEqual([expect.objectContaining({ status: 'ended' })]);
    expect(clockOf(view, 's3')).toEqual([expect.objectContaining({ status: 'running' })]);
  });

  it('a case recorded before the rule, with an s2 application on an s2 detention, records its admission (no 500) and keeps one s2 clock from the first admission', async () => {
    const [first, second] = examinationsApart(1);
    const prepared = await prepareCase(c, { section: 's2', doctors: [{ examinedAt: first }, { examinedAt: second }] });
    await c.act(prepared.assessmentId, 'make_application', { section: 's2', recommendationIds: prepared.examinationIds });
    // As such a case was stored before the rule existed: the referral said "detained under s2".
    const s2Admission = new Date(Date.now() - 10 * DAY);
    await h.dataSource.query(`UPDATE referrals SET legal_situation = 's2_detained', clock_started_at = $2 WHERE id = $1`, [prepared.referralId, s2Admission]);

    const admitted = await admit(prepared.assessmentId);
    expect(admitted.status).toBe(200);
    const s2 = clockOf(admitted.body as AssessmentView, 's2');
    expect(s2).toHaveLength(1);
    expect(s2[0]).toMatchObject({ status: 'running', startsAt: s2Admission.toISOString() });
  });
});

describe('s4(2): an emergency application with a second medical recommendation on the case', () => {
  it('is refused quoting s4(2); with the AMHP’s reason it is made and the reason kept', async () => {
    const now = Date.now();
    const prepared = await prepareCase(c, { section: 's4', doctors: [{ examinedAt: new Date(now - 3 * HOUR), previousAcquaintance: true }, { examinedAt: new Date(now - 2 * HOUR) }] });
    const [founding] = prepared.examinationIds;

    const refused = await c.command(prepared.assessmentId, 'make_application', {
      version: prepared.view.version,
      section: 's4',
      recommendationIds: [founding],
      urgentNecessityStatement: 'Serious risk tonight',
    });
    expect(refused.status).toBe(422);
    expect((refused.body as CommandRefusedBody).violations).toEqual([expect.objectContaining({ rule: 's4.second_recommendation_on_case', section: 's4(2)' })]);

    const made = await c.act(prepared.assessmentId, 'make_application', {
      section: 's4',
      recommendationIds: [founding],
      urgentNecessityStatement: 'Serious risk tonight',
      secondRecommendationReason: 'The second doctor turned out to be the person’s cousin',
    });
    expect(made.outcome).toMatchObject({ kind: 'application', application: { section: 's4' } });
    if (made.outcome?.kind !== 'application') throw new Error('no application');
    expect(made.outcome.application.exceptions).toEqual([expect.objectContaining({ section: 's4(2)', reason: 'The second doctor turned out to be the person’s cousin' })]);
  });
});

describe('s114: the warrant in force on the date of each act', () => {
  const today = () => londonDateOf(new Date());
  const council = 'Exampleshire County Council';

  it('after a renewal, an application made while the previous warrant was in force is lawful', async () => {
    const yesterday = addLondonDays(today(), -1);
    const amhp = await c.amhp({ approvingCouncil: council, approvedOn: addLondonMonths(today(), -59), expiresOn: yesterday });
    const renewed = await c.send('PATCH', `/api/amhps/${amhp.id}`, { warrant: { approvingCouncil: council, approvedOn: today(), expiresOn: addLondonMonths(today(), 59) } }, true);
    expect(renewed.status).toBe(200);

    const madeAt = londonInstant(yesterday, '20:00');
    const prepared = await prepareCase(c, {
      section: 's2',
      amhpId: amhp.id,
      seenAt: londonInstant(yesterday, '18:00'),
      doctors: [{ examinedAt: londonInstant(yesterday, '10:00') }, { examinedAt: londonInstant(yesterday, '12:00') }],
    });
    const made = await c.act(prepared.assessmentId, 'make_application', { section: 's2', madeAt: madeAt.toISOString(), recommendationIds: prepared.examinationIds });
    expect(made.outcome).toMatchObject({ kind: 'application', application: { madeAt: madeAt.toISOString() } });
  });

  it('a renewal recorded before it starts does not stop the AMHP being allocated under the warrant still running', async () => {
    const amhp = await c.amhp({ approvingCouncil: council, approvedOn: addLondonMonths(today(), -50), expiresOn: addLondonDays(today(), 10) });
    const start = addLondonDays(today(), 11);
    await c.expectOk(c.send('PATCH', `/api/amhps/${amhp.id}`, { warrant: { approvingCouncil: council, approvedOn: start, expiresOn: addLondonMonths(start, 59) } }, true));
    const { assessmentId } = await c.referral(communityReferral());
    await c.act(assessmentId!, 'screen_referral', { decision: 'accepted', reason: 'Needs assessment' });
    const allocated = await c.act(assessmentId!, 'allocate_amhp', { amhpId: amhp.id });
    expect(allocated.amhp).toMatchObject({ id: amhp.id, approvalCurrent: true });
  });
});
