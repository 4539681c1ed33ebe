import type { AssessmentView } from '@amhp/contracts';
import { AssessmentClient } from './support/assessment-client';
import { bootHarness, Harness } from './support/harness';
import { communityReferral } from './support/referral-fixtures';

/**
 * Two AMHPs acting on one case at the same moment, both having read the same version: exactly
 * one wins, the other gets 409, and the timeline holds one set of events.
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

async function eventCount(assessmentId: string, type: string): Promise<number> {
  const [{ n }] = (await h.dataSource.query('SELECT count(*)::int AS n FROM assessment_events WHERE assessment_id = $1 AND type = $2', [assessmentId, type])) as { n: number }[];
  return n;
}

describe('two requests at once on one assessment with the same version', () => {
  it.each([1, 2, 3, 4, 5])('the same command: exactly one 2xx and one 409, one set of events (round %i)', async () => {
    const { assessmentId: id } = await c.referral(communityReferral());
    const send = () => c.command(id!, 'screen_referral', { version: 1, decision: 'accepted', reason: 'Needs assessment' });
    const replies = await Promise.all([send(), send()]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await eventCount(id!, 'referral_screened')).toBe(1);
    const view = await c.view(id!);
    expect(view.version).toBe(2);
    expect(view.timeline.map((e) => e.sequence)).toEqual([1, 2]);
  });

  it('different commands: one wins, the loser changes nothing', async () => {
    const { assessmentId: id } = await c.referral(communityReferral());
    const [screen, withdraw] = await Promise.all([
      c.command(id!, 'screen_referral', { version: 1, decision: 'accepted', reason: 'Needs assessment' }),
      c.command(id!, 'withdraw', { version: 1, reason: 'Duplicate referral' }),
    ]);
    expect([screen.status, withdraw.status].sort()).toEqual([200, 409]);
    const view = await c.view(id!);
    const winner = (screen.status === 200 ? screen.body : withdraw.body) as AssessmentView;
    expect(view.stage).toBe(winner.stage);
    expect(view.version).toBe(2);
    expect((await eventCount(id!, 'referral_screened')) + (await eventCount(id!, 'assessment_withdrawn'))).toBe(1);
  });

  it('ten at once: one wins', async () => {
    const { assessmentId: id } = await c.referral(communityReferral());
    const replies = await Promise.all(Array.from({ length: 10 }, () => c.command(id!, 'withdraw', { version: 1, reason: 'Duplicate referral' })));
    expect(replies.filter((r) => r.status !== 409)).toEqual([expect.objectContaining({ status: 200 })]);
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(9);
    expect(await eventCount(id!, 'assessment_withdrawn')).toBe(1);
  });
});
